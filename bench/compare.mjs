// This build next to a previous one, in one run on the same inputs, runs alternating so that
// load on the machine falls on both alike: `GENSPEND_BENCH_BASELINE=<dir> npm run bench`, or
// `node bench/compare.mjs <dir>`, where <dir> is a built checkout of the previous version (its
// packages/cli/bin/genspend.js and packages/action/dist/index.js). Prints medians and ratios
// (this / previous); asserts nothing. Goals: the Action at most 1.2x on a 50-workload pull
// request and 1.35x on a 1,000-workload one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const baseline = process.argv[2] ?? process.env.GENSPEND_BENCH_BASELINE;
const RUNS = 9;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const builds = baseline && {
  previous: {
    cli: join(resolve(baseline), 'packages/cli/bin/genspend.js'),
    action: join(resolve(baseline), 'packages/action/dist/index.js'),
  },
  this: { cli: join(root, 'packages/cli/bin/genspend.js'), action: join(root, 'packages/action/dist/index.js') },
};

if (!builds) {
  console.log('');
  console.log('Comparison with a previous build skipped: set GENSPEND_BENCH_BASELINE to a built checkout of it.');
} else if (!existsSync(builds.previous.cli) || !existsSync(builds.previous.action)) {
  console.log('');
  console.log(`Comparison skipped: ${baseline} holds no built CLI and Action bundle (run \`npm ci\` there).`);
} else {
  const cases = (dir) => JSON.parse(readFileSync(join(dir, 'test/fixtures/estimates.json'), 'utf8')).cases;
  // the same inputs for both: workloads both datasets hold unchanged, which both builds can read
  // (a newer build may add attributes the previous one refuses, or refuse a value it priced)
  const previousDataset = join(resolve(baseline), 'test/fixtures/estimates.json');
  const shared = existsSync(previousDataset) ? new Set(cases(resolve(baseline)).map((c) => JSON.stringify(c.workload))) : undefined;
  const fixtures = cases(root).filter((c) => (c.period ?? 'month') === 'month' && (!shared || shared.has(JSON.stringify(c.workload))));
  console.log(`inputs: ${fixtures.length} workload shapes both builds read`);
  /** The bench's manifest shape: every 10th workload's runs doubled when `bump`, a block-style one every 7th. */
  const manifest = (count, bump) => {
    const lines = ['version: 1', 'period: month', 'budget: { maxIncrease: 100000, unpriced: warn }', 'workloads:'];
    for (let i = 0; i < count; i++) {
      const c = fixtures[i % fixtures.length];
      const fields = Object.entries(c.workload).map(([k, v]) => {
        const value = k === 'runs' && bump && i % 10 === 0 ? Number(v) * 2 : v;
        return [k, typeof value === 'string' && !/^[\d.]+$/.test(value) ? JSON.stringify(value) : value];
      });
      if (i % 7 === 0) lines.push(`  - name: "w${i}"`, ...fields.map(([k, v]) => `    ${k}: ${v}`));
      else lines.push(`  - { name: "w${i}", ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
    }
    return lines.join('\n') + '\n';
  };

  /** A repository whose head changes a base of `count - count/100` workloads; the pull_request event for it. */
  const pullRequest = (count) => {
    const dir = join(root, `.bench/compare-${count}`);
    rmSync(dir, { recursive: true, force: true });
    const repo = join(dir, 'repo');
    mkdirSync(repo, { recursive: true });
    const git = (...args) =>
      execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: repo })
        .toString()
        .trim();
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'genspend.yml'), manifest(count - Math.ceil(count / 100), false));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(repo, 'genspend.yml'), manifest(count, true));
    git('commit', '-q', '-am', 'head');
    const event = join(dir, 'event.json');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 1, base: { sha: base, repo: { full_name: 'o/r' } }, head: { sha, repo: { full_name: 'o/r' } } },
      }),
    );
    const env = {
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
    };
    return { repo, env, dir };
  };

  const once = (args, cwd, env) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
    const rss = Number(/GENSPEND_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    return { ms, rss, out: r.stdout };
  };

  /** Runs each build's command in turn, RUNS times; the medians, and whether both printed the same. */
  const alternate = (command) => {
    const times = { previous: [], this: [] };
    const rss = { previous: [], this: [] };
    const outs = {};
    for (let r = 0; r < RUNS; r++) {
      for (const which of r % 2 === 0 ? ['previous', 'this'] : ['this', 'previous']) {
        const res = command(builds[which]);
        times[which].push(res.ms);
        rss[which].push(res.rss);
        outs[which] = res.out;
      }
    }
    return {
      previous: median(times.previous),
      this: median(times.this),
      rss: Math.max(...rss.this),
      same: outs.previous === outs.this,
    };
  };

  const rows = [];
  const row = (label, m, goal) =>
    rows.push(
      `  ${label.padEnd(44)} ${m.previous.toFixed(0).padStart(6)} ms  ${m.this.toFixed(0).padStart(6)} ms  ${(m.this / m.previous).toFixed(2)}x${goal ? ` (goal: at most ${goal}x)` : ''}${m.same ? '' : '  OUTPUT DIFFERS'}`,
    );

  for (const [count, goal] of [
    [50, 1.2],
    [1000, 1.35],
  ]) {
    const { repo, env, dir } = pullRequest(count);
    const m = alternate((build) => {
      writeFileSync(join(dir, 'output'), '');
      writeFileSync(join(dir, 'summary.md'), '');
      const res = once([build.action], repo, env);
      return { ...res, out: readFileSync(join(dir, 'output'), 'utf8').replace(/ghadelimiter_[\w-]+|genspend-\w+/g, '') };
    });
    row(`Action, ${count.toLocaleString('en-US')}-workload pull request (git base)`, m, goal);
  }
  for (const count of [50, 1000, 10_000]) {
    const dir = join(root, '.bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `compare-${count}.yml`), manifest(count, false));
    const m = alternate((build) =>
      once(['--require', join(root, 'bench/maxrss.cjs'), build.cli, 'estimate', `compare-${count}.yml`, '--format', 'json'], dir, {}),
    );
    row(`CLI estimate, ${count.toLocaleString('en-US')} workloads, --format json`, m);
    if (count === 10_000) {
      rows.push(`    this build: ${m.this.toFixed(0)} ms, peak RSS ${m.rss.toFixed(0)} MiB (goal: under 1 s and 200 MiB)`);
    }
  }

  console.log('');
  console.log(`This build next to ${baseline} (median of ${RUNS}, runs alternating):`);
  console.log(`  ${''.padEnd(44)} ${'previous'.padStart(9)}  ${'this'.padStart(9)}  ratio`);
  for (const line of rows) console.log(line);
}
