import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createFetchTransport } from '../../providers/src/index.js';
import { gitIn } from '../src/base.js';
import { readReconcileInputs } from '../src/reconcile.js';
import { runMode, type ActionDeps } from '../src/mode.js';
import { closeStandIn, KEYS, received, standIn, standInEnv, type World } from '../../../test/provider-stand-in.js';
import { billsWorld, dailyChart, dailySeries, fixture } from '../../../test/reconcile-world.js';
import { fakeApi, fakeToolkit } from './fakes.js';
import { ACTION_YML, runAction, scratch } from './harness.js';

// `mode: reconcile`: in-process with the toolkit injected, then the committed bundle run as a
// scheduled workflow runs it, against the provider stand-in answering the shared fixture's bills
// (the same figures `genspend reconcile` is tested with).
const tmp = scratch('action-reconcile');
afterAll(() => tmp.cleanup());
afterEach(closeStandIn);

const WINDOW = { from: fixture.window.startDate, to: '2026-11-30' };
const NOW = new Date('2026-12-02T06:00:00Z');

function workspace(files: Record<string, string> = { 'genspend.yml': fixture.manifest }): string {
  const dir = tmp.dir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function inProcess(world: World, inputs: Record<string, string>, files?: Record<string, string>) {
  const url = await standIn(world);
  const dir = workspace(files);
  const { toolkit, record } = fakeToolkit({ mode: 'reconcile', ...inputs });
  const asked = new Set<string>();
  const getInput = toolkit.getInput;
  toolkit.getInput = (name) => (asked.add(name), getInput(name));
  const deps: ActionDeps = {
    toolkit,
    env: { ...KEYS, ...standInEnv(url), GITHUB_WORKSPACE: dir, RUNNER_TEMP: tmp.dir(), GITHUB_EVENT_NAME: 'schedule' },
    cwd: dir,
    readFile: (p) => readFileSync(p, 'utf8'),
    exists: () => true,
    git: gitIn,
    github: () => fakeApi().api,
    transport: createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) }),
    uuid: randomUUID,
    now: () => NOW,
  };
  const result = await runMode(deps);
  return { result, record, asked };
}

/** The manifest line of each workload, as the fixture's manifest has them. */
const lineOf = (name: string) => fixture.manifest.split('\n').findIndex((l: string) => l.includes(`name: ${name},`)) + 1;

describe('reconcile mode (in-process)', () => {
  it('sets the fixture against the plan: verdict, outputs, the CLI contract as the report, annotations on the manifest lines', async () => {
    const t = await inProcess(billsWorld(), WINDOW);
    expect(t.result).toEqual({
      verdict: 'fail',
      message: expect.stringMatching(/^genspend: reconcile: 2 of 5 over the variance: thumbnails \(unit price billed 0\.035 per megapixel/),
    });
    expect(t.record.outputs).toMatchObject({ verdict: 'fail', 'unplanned-usd': '16.3' });
    const report = JSON.parse(readFileSync(t.record.outputs['report-path']!, 'utf8'));
    expect(report).toMatchObject({ version: 2, status: 'fail', window: { ...fixture.window, days: 30 }, totals: fixture.expected.totals });
    expect(report.daily).toEqual(dailySeries());
    fixture.expected.workloads.forEach((want: object, i: number) => expect(report.workloads[i]).toMatchObject(want));
    expect(report.unplanned).toEqual(fixture.expected.unplanned);
    expect(t.record.errors.map((e) => e.properties)).toEqual([
      { title: 'genspend reconcile: over the variance', file: 'genspend.yml', startLine: lineOf('thumbnails') },
      { title: 'genspend reconcile: over the variance', file: 'genspend.yml', startLine: lineOf('banners') },
    ]);
    expect(lineOf('banners')).toBe(8);
    expect(t.record.errors[1]!.message).toBe(
      'banners: billed $400.00 against $280.80 planned for the window: +42.5%, more than the 25% allowed',
    );
    expect(t.record.warnings).toEqual([]);
    const summary = t.record.summary.join('');
    expect(summary).toContain('### Reconcile: OVER (2 of 5 over the variance); 2026-11-01 to 2026-12-01 (exclusive), 30 days');
    expect(summary).toContain('| OVER | banners | runware | google:4@1 | $280.80 | $400.00 | +$119.20 | +42.5% |');
    expect(summary).toContain(`line: the plan spread evenly, $13.78 a day):\n\n${dailyChart()}\n`);
    expect(t.record.secrets.sort()).toEqual(Object.values(KEYS).sort());
  });

  it('reads and declares only what action.yml declares', async () => {
    const t = await inProcess(billsWorld(), { ...WINDOW, 'max-variance': '45%' });
    for (const name of t.asked) expect(ACTION_YML.inputs, `input ${name}`).toHaveProperty([name]);
    for (const name of Object.keys(t.record.outputs)) expect(ACTION_YML.outputs, `output ${name}`).toHaveProperty([name]);
    expect(t.result).toEqual({ verdict: 'pass' });
    expect(t.record.outputs.verdict).toBe('pass');
    expect(t.record.errors).toEqual([]);
  });

  it('`days` reads the last full UTC days before the run', async () => {
    const t = await inProcess(billsWorld(), { days: '7', 'max-variance': '1000' });
    const report = JSON.parse(readFileSync(t.record.outputs['report-path']!, 'utf8'));
    expect(report.window).toEqual({ startDate: '2026-11-25', beforeDate: '2026-12-02', days: 7 });
    // only fal's 2026-12-01 line falls in this window: 100 megapixels, unplanned nowhere
    expect(report.totals.billedUsd).toBe('3.5');
    expect(received.find((q) => q.url.startsWith('/v1/models/usage'))!.url).toContain(
      'start=2026-11-25T00:00:00Z&end=2026-12-02T00:00:00Z',
    );
  });

  it('a 61-day window reads Runware in 30-day parts (its API refuses more) and counts each billed day once', async () => {
    const t = await inProcess(billsWorld(), { from: '2026-10-01', to: '2026-11-30', 'max-variance': '1000' });
    expect(t.result).toEqual({ verdict: 'pass' });
    const spans = received
      .filter((q) => q.method === 'POST' && q.url === '/v1')
      .map((q) => q.body)
      .map((b) => JSON.parse(b).find((task: { operation: string }) => task.operation === 'getUsageActivity'))
      .map((a: { startDate: string; endDate: string }) => `${a.startDate}..${a.endDate}`);
    expect(spans).toEqual(['2026-10-01..2026-10-30', '2026-10-31..2026-11-29', '2026-11-30..2026-11-30']);
    const report = JSON.parse(readFileSync(t.record.outputs['report-path']!, 'utf8'));
    expect(report.window).toEqual({ startDate: '2026-10-01', beforeDate: '2026-12-01', days: 61 });
    // the fixture's one Runware bill, $400 on 2026-11-05; the plan of $284.70 a month for 1,464 of 730 hours: $570.96
    expect(report.workloads.find((w: { model: string }) => w.model === 'google:4@1')).toMatchObject({
      billedUsd: '400',
      plannedUsd: '570.96',
    });
  });

  it('every bad input value at once, each by name', () => {
    const inputs: Record<string, string> = { from: '2026-11-31', to: '2026-11-30', 'max-variance': 'a lot', providers: 'openai' };
    expect(() => readReconcileInputs((n) => inputs[n] ?? '', '2026-12-02')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /input `providers`: unknown provider "openai"[\s\S]*input `from` must be a UTC date as YYYY-MM-DD, got "2026-11-31"[\s\S]*input `max-variance` must be a percent such as 25%, got "a lot"/,
        ),
      }),
    );
    expect(() => readReconcileInputs((n) => ({ days: '7', from: '2026-11-01' })[n] ?? '', '2026-12-02')).toThrow(
      'give either input `days` or input `from` and input `to`, not both',
    );
    expect(() => readReconcileInputs((n) => ({ from: '2026-11-01', to: '2026-12-02' })[n] ?? '', '2026-12-02')).toThrow(
      "input `to` (2026-12-02) must be before today (2026-12-02): a day's bill is complete only after it ends",
    );
    expect(() => readReconcileInputs((n) => ({ days: '91' })[n] ?? '', '2026-12-02')).toThrow(
      'input `days` must be a whole number from 1 to 90, got "91"',
    );
    expect(readReconcileInputs(() => '', '2026-12-02').window).toEqual({ startDate: '2026-11-02', beforeDate: '2026-12-02' });
  });
});

/** A scheduled run of the bundle with the keys in the step's env. */
async function scheduled(world: World, inputs: Record<string, string>, options: { keys?: Record<string, string> } = {}) {
  const url = await standIn(world);
  return runAction({
    workspace: workspace(),
    eventName: 'schedule',
    event: { schedule: '0 6 * * 1' },
    inputs: { mode: 'reconcile', ...inputs },
    env: { ...(options.keys ?? KEYS), ...standInEnv(url) },
  });
}

describe('reconcile mode (the committed bundle, scheduled run)', () => {
  it('over the variance: exit 1, outputs, summary, error annotations at the manifest lines, no key anywhere', async () => {
    const r = await scheduled(billsWorld(), WINDOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'unplanned-usd': '16.3' });
    expect(JSON.parse(r.outputs.report!)).toMatchObject({ version: 2, status: 'fail', totals: fixture.expected.totals });
    expect(r.summary).toContain(dailyChart());
    expect(r.commands).toContain(
      `::error title=genspend reconcile%3A over the variance,file=genspend.yml,line=${lineOf('banners')}::banners: billed $400.00 against $280.80 planned for the window: +42.5%25, more than the 25%25 allowed`, // `%` escaped in the command
    );
    expect(r.commands.find((c) => c.startsWith('::error::'))).toMatch(
      /^::error::genspend: reconcile: 2 of 5 over the variance: thumbnails/,
    );
    expect(r.summary).toContain('**Unplanned spend**');
    const masked = r.commands.filter((c) => c.startsWith('::add-mask::')).map((c) => c.slice('::add-mask::'.length));
    expect(masked.sort()).toEqual(Object.values(KEYS).sort());
    const visible =
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n') +
      r.summary +
      r.outputs.report +
      r.stderr;
    for (const key of Object.values(KEYS)) expect(visible).not.toContain(key);
  });

  it('within the variance: exit 0', async () => {
    const r = await scheduled(billsWorld(), { ...WINDOW, 'max-variance': '45' });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
  });

  it('a provider that cannot be read fails the step as "could not read", never ok, and its workloads are not judged', async () => {
    const world = billsWorld();
    world.replies!['POST /v1'] = {
      status: 401,
      body: { errors: [{ code: 'invalidApiKey', message: `Invalid key ${KEYS.RUNWARE_API_KEY}` }] },
    };
    const r = await scheduled(world, { ...WINDOW, 'max-variance': '45' });
    expect(r.code).toBe(2);
    expect(r.outputs.verdict).toBe('error');
    const report = JSON.parse(r.outputs.report!);
    expect(report.status).toBe('error');
    expect(report.workloads.map((w: { provider: string }) => w.provider)).not.toContain('runware');
    expect(r.summary).toContain('Reconcile: ERROR (1 of 4 providers could not be read: runware)');
    expect(r.commands.find((c) => c.startsWith('::error::'))).toMatch(
      /^::error::genspend could not read the usage of runware, so its workloads are not judged: runware /,
    );
    expect(r.commands.some((c) => c.startsWith('::error title=genspend reconcile::runware: could not read the usage: '))).toBe(true);
    for (const key of Object.values(KEYS)) expect(r.stdout.replace(/^::add-mask::.*$/gm, '') + r.summary).not.toContain(key);
  });

  it('a provider the manifests use without its key: says which variable to pass, exit 2, nothing read', async () => {
    const { RUNPOD_API_KEY: _, ...keys } = KEYS;
    const r = await scheduled(billsWorld(), WINDOW, { keys });
    expect(r.code).toBe(2);
    expect(r.commands).toContain(
      "::error::genspend could not run: no key for runpod, which the manifests use (fix: add to the step's `env:` RUNPOD_API_KEY: ${{ secrets.RUNPOD_API_KEY }}, or leave the provider out with the `providers` input)",
    );
    expect(received).toHaveLength(0);
    expect(r.outputs.verdict).toBeUndefined();
  });
});
