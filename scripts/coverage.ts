/**
 * How much of what public code calls does the shipped catalog price? Reads the usage sample
 * (test/fixtures/usage-sample.json) and looks every id up with the catalog lookup the estimate uses.
 *
 *   npx tsx scripts/coverage.ts [--json] [--min fal=60,runware=70,runway=95,runpod=85] [--sample FILE]
 *
 * Exit codes: 0 done (and every goal met), 1 a provider is under its --min goal, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCatalog } from '@genspend/core';
import { belowGoal, measure, parseGoals, sampleProblems, UsageSample, type ProviderCoverage } from './usage-sample.js';

const DEFAULT_SAMPLE = fileURLToPath(new URL('../test/fixtures/usage-sample.json', import.meta.url));

function fail(message: string): never {
  console.error(`coverage: ${message}`);
  process.exit(2);
}

function loadSample(path: string): UsageSample {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`cannot read the sample ${path}: ${(e as Error).message}`);
  }
  const parsed = UsageSample.safeParse(json);
  if (!parsed.success) fail(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const problems = sampleProblems(parsed.data);
  if (problems.length) fail(`${path}: ${problems.join('; ')}`);
  return parsed.data;
}

const pct = (p: number | null) => (p === null ? 'n/a' : `${p.toFixed(1)}%`);

function text(report: readonly ProviderCoverage[]): string {
  const lines: string[] = [];
  for (const r of report) {
    lines.push(
      `${r.provider}: ${pct(r.weighted.percent)} weighted by repositories (${r.weighted.priced}/${r.weighted.total}), ` +
        `${pct(r.plain.percent)} of ids (${r.plain.priced}/${r.plain.total}); ${r.repos} repositories, ${r.ids} ids, ` +
        `${r.skippedDynamic} call sites skipped (id built at run time)`,
    );
    if (r.community.ids)
      lines.push(
        `  priceable with \`architecture:\`: ${r.community.repos} repositories (${r.community.ids} community ids the catalog does not know; counted as unpriced)`,
      );
    if (r.topUnpriced.length) {
      lines.push('  unpriced, most used first:');
      for (const u of r.topUnpriced) {
        // names the catalog knows without a price (a Runpod Pods-only GPU) say so
        const known = catalog.unpricedName(r.provider, u.id);
        lines.push(`    ${String(u.repos).padStart(3)}  ${u.id}${known ? `  (known: ${known.reason}, ${known.name})` : ''}`);
      }
    }
  }
  return lines.join('\n');
}

const { values } = (() => {
  try {
    return parseArgs({ options: { json: { type: 'boolean' }, min: { type: 'string' }, sample: { type: 'string' } } });
  } catch (e) {
    fail((e as Error).message);
  }
})();
let goals: ReturnType<typeof parseGoals> = {};
try {
  if (values.min !== undefined) goals = parseGoals(values.min);
} catch (e) {
  fail((e as Error).message);
}

const sample = loadSample(values.sample ?? DEFAULT_SAMPLE);
const catalog = defaultCatalog();
const report = measure(
  sample,
  (provider, id) => catalog.model(provider, id) !== undefined,
  (provider, id) => catalog.isCommunity(provider, id),
);
const missed = belowGoal(report, goals);

if (values.json)
  console.log(JSON.stringify({ collected: sample.collected, providers: report, goals, belowGoal: missed.map((r) => r.provider) }, null, 2));
else {
  console.log(text(report));
  for (const r of missed) console.log(`under goal: ${r.provider} ${pct(r.weighted.percent)} < ${goals[r.provider]}%`);
}
process.exit(missed.length ? 1 : 0);
