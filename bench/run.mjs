// genspend benchmark: `npm run bench`. Prints figures for the README; asserts nothing.
//  1. estimates per second over a generated 100,000-workload set (exact decimals)
//  1b. quotes per second: provider request bodies (the providers' doc examples) priced by
//     quoteRequest, next to estimates per second of the same jobs as workloads, timed in turn
//  2. @pydantic/genai-prices calcPrice per second over 100,000 equivalent lookups
//     (model lookup + unit price x quantity), and the ratio
//  3. CLI wall time and peak memory on a 10,000-workload manifest, next to `node -e 0`
//  4. the Action bundle (action.mjs), and this build next to a previous one (compare.mjs)
//  5. genspend scan on a generated 10,000-file tree, next to grep -rE (scan.mjs)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { calcPrice } from '@pydantic/genai-prices';
import { defaultCatalog, estimateWorkload, money, quoteRequest, sum } from '@genspend/core';

const root = new URL('..', import.meta.url).pathname;
const N = 100_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A realistic mix: every workload of the hand-worked dataset, with varied usage.
const fixtures = JSON.parse(readFileSync(new URL('../test/fixtures/estimates.json', import.meta.url), 'utf8')).cases;
const TEXT = new Set(['resolution', 'quality', 'format', 'worker', 'architecture', 'gpuPick']);
function spec(c, i) {
  const { provider, model, gpu, ...rest } = c.workload;
  const attributes = {};
  for (const [k, v] of Object.entries(rest)) attributes[k] = typeof v === 'boolean' || TEXT.has(k) ? v : money(v);
  if (attributes.runs) attributes.runs = money(1 + (i % 5000));
  return { name: `w${i}`, provider, model: gpu ?? model, attributes };
}
const workloads = Array.from({ length: N }, (_, i) => spec(fixtures[i % fixtures.length], i));
const catalog = defaultCatalog();

function timeIt(label, fn, rounds = 5) {
  fn(); // warm-up
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { label, ms, perSecond: (N / ms) * 1000 };
}

let genspendTotal;
const ours = timeIt('genspend estimateWorkload', () => {
  genspendTotal = sum(workloads.map((w) => estimateWorkload(w, catalog, w.period ?? 'month').cost));
});

// Quotes: the request examples of the providers' docs (the quote fixtures), every one priced.
const quoteCases = ['fal', 'runway', 'runware', 'runpod'].flatMap((provider) =>
  JSON.parse(readFileSync(new URL(`../packages/core/src/quote/fixtures/${provider}.json`, import.meta.url), 'utf8'))
    .cases.filter((c) => c.cost !== null)
    .map((c) => ({ provider, target: c.target, body: c.body, options: c.options ?? {} })),
);
const requests = Array.from({ length: N }, (_, i) => quoteCases[i % quoteCases.length]);
let quoteTotal;
const quoteAll = () => {
  quoteTotal = sum(requests.map((r) => quoteRequest(r.provider, r.target, r.body, { ...r.options, catalog }).cost));
};
const quotedJobs = requests.map((r) => quoteRequest(r.provider, r.target, r.body, { ...r.options, catalog }).jobs[0].workload);
let sameJobsTotal;
const estimateAll = () => {
  sameJobsTotal = sum(quotedJobs.map((w) => estimateWorkload(w, catalog, 'month').cost));
};
// the two in turn, round by round, so a slow moment of the machine slows both: the ratio is the
// median of the rounds' ratios
function pairIt(a, b, rounds = 9) {
  a();
  b();
  const as = [];
  const bs = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    a();
    as.push(performance.now() - t0);
    t0 = performance.now();
    b();
    bs.push(performance.now() - t0);
    ratios.push(as[r] / bs[r]);
  }
  const [a1, b1] = [median(as), median(bs)];
  return {
    a: { ms: a1, perSecond: (N / a1) * 1000 },
    b: { ms: b1, perSecond: (N / b1) * 1000 },
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
  };
}
const paired = pairIt(quoteAll, estimateAll);
const quotes = paired.a;
const sameJobs = paired.b;
if (!quoteTotal.equals(sameJobsTotal)) throw new Error(`quotes total ${quoteTotal} differs from estimates total ${sameJobsTotal}`);

// The peer prices LLM tokens; the equivalent work is a model lookup and unit price x quantity.
const peerModels = [
  ['openai', 'gpt-4o'],
  ['openai', 'gpt-4o-mini'],
  ['anthropic', 'claude-3-5-sonnet-latest'],
  ['anthropic', 'claude-3-haiku-20240307'],
  ['google', 'gemini-1.5-pro'],
  ['google', 'gemini-1.5-flash'],
  ['mistral', 'mistral-large-latest'],
  ['groq', 'llama3-70b-8192'],
];
const lookups = Array.from({ length: N }, (_, i) => {
  const [providerId, model] = peerModels[i % peerModels.length];
  return { providerId, model, usage: { input_tokens: 1000 + (i % 5000), output_tokens: 100 + (i % 700) } };
});
let peerFloatTotal = 0;
const peer = timeIt('@pydantic/genai-prices calcPrice', () => {
  peerFloatTotal = 0;
  for (const l of lookups) peerFloatTotal += calcPrice(l.usage, l.model, { providerId: l.providerId }).total_price;
});

// CLI on a 10,000-workload manifest
const dir = new URL('../.bench/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const lines = ['version: 1', 'period: month', 'workloads:'];
const monthly = fixtures.filter((c) => (c.period ?? 'month') === 'month');
for (let i = 0; i < 10_000; i++) {
  const c = monthly[i % monthly.length];
  const fields = Object.entries(c.workload).map(
    ([k, v]) => `${k}: ${typeof v === 'string' && !/^[\d.]+$/.test(v) ? JSON.stringify(v) : v}`,
  );
  lines.push(`  - { name: "w${i}", ${fields.join(', ')} }`);
}
const manifestPath = `${dir}10k.yml`;
writeFileSync(manifestPath, lines.join('\n') + '\n');
const count = lines.length - 3;

function wall(args, env = {}) {
  const times = [];
  let stderr = '';
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
    if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} failed: ${res.stderr}`);
    stderr = res.stderr;
  }
  return { ms: median(times), stderr };
}
const bare = wall(['-e', '0']);
const cliJson = wall(['--require', './bench/maxrss.cjs', 'packages/cli/bin/genspend.js', 'estimate', '.bench/10k.yml', '--format', 'json']);
const cliTable = wall(['packages/cli/bin/genspend.js', 'estimate', '.bench/10k.yml']);
const rssKb = Number(/GENSPEND_BENCH_MAXRSS_KB=(\d+)/.exec(cliJson.stderr)?.[1] ?? NaN);

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`genspend benchmark on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}`);
console.log('');
console.log(
  `estimates/s   genspend (exact decimals, ${N.toLocaleString('en-US')} workloads, all 4 providers): ${fmt(ours.perSecond)}  (${ours.ms.toFixed(1)} ms)`,
);
console.log(
  `lookups/s     @pydantic/genai-prices calcPrice (floats, ${N.toLocaleString('en-US')} lookups): ${fmt(peer.perSecond)}  (${peer.ms.toFixed(1)} ms)`,
);
console.log(
  `quotes/s      genspend quoteRequest (${N.toLocaleString('en-US')} request bodies from the providers' docs, all 4 providers): ${fmt(quotes.perSecond)}  (${quotes.ms.toFixed(1)} ms)`,
);
console.log(
  `              the same jobs as workloads: ${fmt(sameJobs.perSecond)} estimates/s; quote / estimate: ${paired.ratio.toFixed(2)}x, median of 9 rounds in turn (${paired.spread.map((x) => x.toFixed(2)).join('–')}; same total ${quoteTotal.toFixed()})`,
);
console.log(`ratio         genspend / genai-prices: ${(ours.perSecond / peer.perSecond).toFixed(2)}x`);
console.log(`              genspend total ${genspendTotal.toFixed()} (exact); peer float total ${peerFloatTotal}`);
console.log('');
console.log(`CLI on a ${count.toLocaleString('en-US')}-workload manifest (median of 7 runs):`);
console.log(`  genspend estimate --format json: ${cliJson.ms.toFixed(0)} ms wall, peak RSS ${(rssKb / 1024).toFixed(1)} MiB`);
console.log(`  genspend estimate (table):       ${cliTable.ms.toFixed(0)} ms wall`);
console.log(`  node -e 0:                       ${bare.ms.toFixed(0)} ms wall`);

// the GitHub Action's bundle on a 1,000-workload base/head pair
await import('./action.mjs');

// this build next to a previous one (GENSPEND_BENCH_BASELINE), when given
await import('./compare.mjs');

// genspend scan on a generated 10,000-file tree, next to grep
await import('./scan.mjs');
