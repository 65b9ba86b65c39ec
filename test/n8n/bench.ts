/**
 * Benchmark (not a timed test): in one real n8n run, 10,000 items through GenSpend next to the
 * same items through a built-in Set node with as many expressions, and the ratio of the two
 * nodes' execution times as n8n records them. Every priced item is checked against the CLI's
 * figure for its workload first, so a fast wrong answer cannot pass.
 * Usage: npx tsx test/n8n/bench.ts [runs=3] [items=10000]  (after `npm --prefix nodes run build`)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { N8n, outputOf } from './n8n.js';
import { ensureRuntime } from './runtime.js';
import { genSpendFromItem, manualTrigger, node, workflow } from './workflows.js';

const RUNS = Number(process.argv[2] ?? 3);
const ITEMS = Number(process.argv[3] ?? 10_000);
const ATTRIBUTES = ['width', 'height', 'steps', 'seconds'];
/** Jobs on the four providers, taken in turn; each carries every attribute the nodes read. */
const KINDS = [
  { provider: 'runware', model: 'runware:101@1' },
  { provider: 'runway', model: 'gen4.5' },
  { provider: 'fal', model: 'fal-ai/flux/dev' },
  { provider: 'runpod', model: 'H100 PRO' },
].map((k) => ({ ...k, width: 1024, height: 1024, steps: 30, seconds: 2.3 }));

/** The CLI's cost of one job of each kind. */
function referenceCosts(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'genspend-bench-'));
  try {
    const workloads = KINDS.map(({ provider, model, ...attributes }, i) =>
      JSON.stringify({ name: `kind ${i}`, provider, [provider === 'runpod' ? 'gpu' : 'model']: model, runs: 1, ...attributes }),
    );
    writeFileSync(join(dir, 'genspend.yml'), `version: 1\nworkloads:\n${workloads.map((w) => `  - ${w}`).join('\n')}\n`);
    const cli = join(import.meta.dirname, '../../packages/cli/bin/genspend.js');
    const out = JSON.parse(
      execFileSync(process.execPath, [cli, 'estimate', 'genspend.yml', '--format', 'json'], { cwd: dir, encoding: 'utf8' }),
    );
    return out.workloads.map((w: { cost: string }) => w.cost);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kinds = JSON.stringify(KINDS);
const bench = workflow(
  'benchGenSpendSet',
  'benchmark: GenSpend next to Set',
  [
    manualTrigger(),
    node(
      'Jobs List',
      'n8n-nodes-base.set',
      {
        mode: 'raw',
        jsonOutput: `={{ { jobs: Array.from({ length: ${ITEMS} }, (_, i) => (${kinds})[i % ${KINDS.length}]) } }}`,
        options: {},
      },
      { typeVersion: 3.4 },
    ),
    node('Jobs', 'n8n-nodes-base.splitOut', { fieldToSplitOut: 'jobs', options: {} }),
    genSpendFromItem('GenSpend', ATTRIBUTES),
    node(
      'Set',
      'n8n-nodes-base.set',
      {
        mode: 'manual',
        // as many expressions as GenSpend reads: provider, model and the four attributes
        assignments: {
          assignments: ['provider', 'model', ...ATTRIBUTES].map((name, i) => ({
            id: `a${i}`,
            name: `copy_${name}`,
            value: `={{ $json.${name} }}`,
            type: name === 'provider' || name === 'model' ? 'string' : 'number',
          })),
        },
        includeOtherFields: true,
        options: {},
      },
      { typeVersion: 3.4 },
    ),
  ],
  [
    ['Start', 'Jobs List'],
    ['Jobs List', 'Jobs'],
    ['Jobs', 'GenSpend'],
    ['Jobs', 'Set'],
  ],
);

const expected = referenceCosts();
const n8n = await N8n.start(ensureRuntime());
try {
  await n8n.importWorkflows([bench]);
  const rows: Array<{ genspend: number; set: number }> = [];
  for (let r = 0; r < RUNS; r++) {
    const execution = await n8n.execute(bench.id);
    if (execution.exitCode !== 0) throw new Error(`the benchmark workflow failed:\n${execution.output.slice(-3000)}`);
    const priced = outputOf(execution, 'GenSpend');
    const set = outputOf(execution, 'Set');
    if (priced.length !== ITEMS || set.length !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${priced.length} and ${set.length}`);
    priced.forEach((item, i) => {
      const cost = (item.json.genspend as { costUsd: string }).costUsd;
      if (cost !== expected[i % KINDS.length]) throw new Error(`item ${i}: ${cost}, the CLI says ${expected[i % KINDS.length]}`);
    });
    rows.push({ genspend: execution.runData.GenSpend![0]!.executionTime, set: execution.runData.Set![0]!.executionTime });
    const row = rows.at(-1)!;
    process.stdout.write(`run ${r + 1}: GenSpend ${row.genspend} ms, Set ${row.set} ms, ratio ${(row.genspend / row.set).toFixed(2)}\n`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const g = median(rows.map((r) => r.genspend));
  const s = median(rows.map((r) => r.set));
  process.stdout.write(
    `${ITEMS} items, median of ${RUNS}: GenSpend ${g} ms, Set ${s} ms, ratio ${(g / s).toFixed(2)} (goal: within 1.5)\n`,
  );
} finally {
  await n8n.stop();
}
