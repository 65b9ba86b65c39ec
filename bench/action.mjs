// The GitHub Action's bundle, run as the runner runs it: `node bench/action.mjs` (also the end of
// `npm run bench`). Prints the bundle size and, in one run, the wall time of the bundle on a
// 1,000-workload base/head pair (pull_request event, base read with git, comment: off) next to
// `node -e 0`. Goal: under 300 ms over bare Node start. Asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const bundle = join(root, 'packages/action/dist/index.js');
const WORKLOADS = 1000;
const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// a repository with a base and a head commit: the head raises usage on every 10th workload and adds 10
const dir = join(root, '.bench/action');
rmSync(dir, { recursive: true, force: true });
const repo = join(dir, 'repo');
mkdirSync(repo, { recursive: true });
const fixtures = JSON.parse(readFileSync(join(root, 'test/fixtures/estimates.json'), 'utf8')).cases.filter(
  (c) => (c.period ?? 'month') === 'month',
);
function manifest(count, bump) {
  const lines = ['version: 1', 'period: month', 'budget: { maxIncrease: 100000, unpriced: warn }', 'workloads:'];
  for (let i = 0; i < count; i++) {
    const c = fixtures[i % fixtures.length];
    const fields = Object.entries(c.workload).map(([k, v]) => {
      const value = k === 'runs' && bump && i % 10 === 0 ? Number(v) * 2 : v;
      return `${k}: ${typeof value === 'string' && !/^[\d.]+$/.test(value) ? JSON.stringify(value) : value}`;
    });
    lines.push(`  - { name: "w${i}", ${fields.join(', ')} }`);
  }
  return lines.join('\n') + '\n';
}
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: repo })
    .toString()
    .trim();
git('init', '-q', '-b', 'main');
writeFileSync(join(repo, 'genspend.yml'), manifest(WORKLOADS - 10, false));
git('add', '.');
git('commit', '-q', '-m', 'base');
const baseSha = git('rev-parse', 'HEAD');
writeFileSync(join(repo, 'genspend.yml'), manifest(WORKLOADS, true));
git('commit', '-q', '-am', 'head');
const event = join(dir, 'event.json');
writeFileSync(
  event,
  JSON.stringify({
    pull_request: {
      number: 1,
      base: { sha: baseSha, repo: { full_name: 'o/r' } },
      head: { sha: git('rev-parse', 'HEAD'), repo: { full_name: 'o/r' } },
    },
  }),
);

function wall(args, env = {}) {
  const times = [];
  let last;
  for (let r = 0; r < RUNS; r++) {
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    const t0 = performance.now();
    last = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
    times.push(performance.now() - t0);
    if (last.status !== 0) throw new Error(`${args.join(' ')} exited ${last.status}: ${last.stdout}${last.stderr}`);
  }
  return { ms: median(times), last };
}
const bare = wall(['-e', '0']);
const action = wall([bundle], {
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: event,
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_WORKSPACE: repo,
  GITHUB_RUN_ID: '1',
  GITHUB_OUTPUT: join(dir, 'output'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  RUNNER_TEMP: dir,
  INPUT_COMMENT: 'off',
});
const outputs = readFileSync(join(dir, 'output'), 'utf8');
const verdict = /verdict<<\S+\n(\w+)/.exec(outputs)?.[1];
const kib = (path) => (statSync(path).size / 1024).toFixed(0);

console.log('');
const github = join(root, 'packages/action/dist/github.js');
console.log(`GitHub Action bundle: packages/action/dist/index.js ${kib(bundle)} KiB (sourcemap ${kib(`${bundle}.map`)} KiB)`);
console.log(`  and github.js ${kib(github)} KiB (Octokit, loaded only to call GitHub; not in this run)`);
console.log(`  and balance.js ${kib(join(root, 'packages/action/dist/balance.js'))} KiB (mode: balance only; not in this run)`);
console.log(
  `Action on a ${WORKLOADS.toLocaleString('en-US')}-workload base/head pair (pull_request, base via git, comment off; median of ${RUNS}):`,
);
console.log(`  node packages/action/dist/index.js: ${action.ms.toFixed(0)} ms wall (verdict ${verdict})`);
console.log(`  node -e 0:                          ${bare.ms.toFixed(0)} ms wall`);
console.log(`  over bare Node start:               ${(action.ms - bare.ms).toFixed(0)} ms (goal: under 300 ms)`);
