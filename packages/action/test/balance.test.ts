import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createFetchTransport } from '../../providers/src/index.js';
import { gitIn } from '../src/base.js';
import { readBalanceInputs } from '../src/balance.js';
import { runMode, type ActionDeps } from '../src/mode.js';
import { closeStandIn, KEYS, rawNumber, standIn, standInEnv, type World } from '../../../test/provider-stand-in.js';
import { fakeApi, fakeToolkit } from './fakes.js';
import { ACTION_YML, runAction, scratch } from './harness.js';

// `mode: balance`: in-process with the toolkit injected (golden summary, every input and output
// declared in action.yml), then the committed bundle run as a scheduled workflow runs it,
// against the local provider stand-in.
const tmp = scratch('action-balance');
afterAll(() => tmp.cleanup());
afterEach(closeStandIn);

const PROMO = 'version: 1\nworkloads:\n  - { name: promo, provider: runway, model: gen4.5, runs: 3000, seconds: 10 }\n';

function workspace(files: Record<string, string> = {}): string {
  const dir = tmp.dir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function inProcess(world: World, inputs: Record<string, string>, files: Record<string, string> = {}, keys = KEYS) {
  const url = await standIn(world);
  const dir = workspace(files);
  const { toolkit, record } = fakeToolkit({ mode: 'balance', ...inputs });
  const asked = new Set<string>();
  const getInput = toolkit.getInput;
  toolkit.getInput = (name) => (asked.add(name), getInput(name));
  const deps: ActionDeps = {
    toolkit,
    env: { ...keys, ...standInEnv(url), GITHUB_WORKSPACE: dir, RUNNER_TEMP: tmp.dir(), GITHUB_EVENT_NAME: 'schedule' },
    cwd: dir,
    readFile: (p) => readFileSync(p, 'utf8'),
    exists: () => true,
    git: gitIn,
    github: () => fakeApi().api,
    transport: createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) }),
    uuid: randomUUID,
    now: () => new Date('2026-11-21T06:00:00Z'),
  };
  const result = await runMode(deps);
  return { result, record, asked };
}

describe('balance mode (in-process)', () => {
  it('forecasts every provider with the plan: golden summary, outputs, annotations, verdict', async () => {
    const t = await inProcess({}, {}, { 'genspend.yml': PROMO });
    // Runway's plan needs $3,600 a month against $500: 4.2 days at the planned spend, and more
    // generations a day than the tier allows: low, which fails at the default fail-on: low
    expect(t.result).toEqual({
      verdict: 'fail',
      message: expect.stringMatching(/^genspend: balance low: runway low \(4\.2 days left at the planned spend \(low under 14\);/),
    });
    await expect(t.record.summary.join('')).toMatchFileSnapshot('golden/balance-summary.md');
    expect(t.record.outputs).toMatchObject({
      status: 'low',
      'days-left': '4.2',
      'runway-balance': '500',
      'runware-balance': '12.34',
      'fal-balance': '24.5',
      'runpod-balance': '435.85',
    });
    expect(JSON.parse(t.record.outputs.balances!)).toEqual({ runway: '500', runware: '12.34', fal: '24.5', runpod: '435.85' });
    const report = JSON.parse(readFileSync(t.record.outputs['report-path']!, 'utf8'));
    expect(report).toMatchObject({ version: 2, asOf: '2026-11-21', status: 'low', daysLeft: '4.2', burnWindowDays: 30 });
    // 500.0 days at the observed $1.00 a day: 2026-11-21 + 500 = 2028-04-04 (2028 is a leap year); 4.2 at the plan: 11-25
    const runway = report.providers.find((p: { provider: string }) => p.provider === 'runway');
    expect(runway).toMatchObject({ runsOutOn: '2028-04-04', plannedRunsOutOn: '2026-11-25' });
    // the whole window, $0 on days without usage: 3,000 credits ($30) on 2026-11-01 only
    expect(runway.daily).toHaveLength(30);
    expect(runway.daily[0]).toEqual({ date: '2026-10-22', amountUsd: '0' });
    expect(runway.daily.filter((d: { amountUsd: string }) => d.amountUsd !== '0')).toEqual([{ date: '2026-11-01', amountUsd: '30' }]);
    expect(t.record.warnings.map((w) => `${w.properties?.title}: ${w.message.split(';')[0]}`)).toEqual([
      'genspend balance: low: runway: 4.2 days left at the planned spend (low under 14)',
    ]);
    expect(t.record.secrets.sort()).toEqual(Object.values(KEYS).sort());
  });

  it('reads and declares only what action.yml declares', async () => {
    const t = await inProcess({}, {});
    for (const name of t.asked) expect(ACTION_YML.inputs, `input ${name}`).toHaveProperty([name]);
    for (const name of Object.keys(t.record.outputs)) expect(ACTION_YML.outputs, `output ${name}`).toHaveProperty([name]);
    expect(t.result).toEqual({ verdict: 'pass' });
  });

  it('without manifests: days left at the observed burn only', async () => {
    const t = await inProcess({}, { providers: 'runpod' });
    expect(t.result).toEqual({ verdict: 'pass' });
    expect(t.record.outputs).toMatchObject({ status: 'ok', 'days-left': '435.8', 'runway-balance': '', 'runpod-balance': '435.85' });
    expect(t.record.info).toContain('genspend: no manifest matches **/genspend.yml: days left at the observed burn only');
  });

  it('every bad input value at once, each by name', () => {
    const inputs: Record<string, string> = {
      days: '0',
      'low-days': 'two weeks',
      'critical-days': '3',
      'low-balance': '-5',
      'fail-on': 'sometimes',
      providers: 'runway, openai',
      deadline: '0',
    };
    expect(() => readBalanceInputs((n) => inputs[n] ?? '')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /input `days` must be a whole number from 1 to 90, got "0"[\s\S]*input `low-days` must be a whole number from 0 to 3650, got "two weeks"[\s\S]*input `low-balance` must be a non-negative number[\s\S]*input `providers`: unknown provider "openai" \(use runway, runware, fal, runpod\)[\s\S]*input `fail-on` must be one of low, critical, never, got "sometimes"/,
        ),
      }),
    );
    expect(() => readBalanceInputs((n) => inputs[n] ?? '')).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('input `deadline` must be a whole number of seconds from 1 to 3600, got "0"'),
      }),
    );
    expect(readBalanceInputs(() => '').deadlineMs).toBe(120_000);
    expect(readBalanceInputs((n) => (n === 'deadline' ? ' 45 ' : '')).deadlineMs).toBe(45_000);
    expect(() => readBalanceInputs((n) => (n === 'deadline' ? '2 minutes' : ''))).toThrow(
      'input `deadline` must be a whole number of seconds from 1 to 3600, got "2 minutes"',
    );
    expect(() => readBalanceInputs((n) => ({ 'low-days': '2', 'critical-days': '5' })[n] ?? '')).toThrow(
      'input `critical-days` (5) must not be more than `low-days` (2)',
    );
  });

  it('ends each account read at the `deadline` input: the usage still loading makes the account low, with why', async () => {
    const started = Date.now();
    const t = await inProcess({ delays: { 'GET /v1/billing/endpoints': 10_000 } }, { providers: 'runpod', deadline: '1' });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(t.result).toMatchObject({ verdict: 'fail', message: expect.stringContaining('runpod low (usage history could not be read: ') });
    expect(t.record.outputs).toMatchObject({ status: 'low', 'runpod-balance': '435.85' });
    expect(t.record.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^runpod: usage history could not be read: runpod \/v1\/billing\/endpoints: took longer than 1 s \(the deadline for one account read\)/,
      ),
    ]);
  });

  it('balances keep every digit in the outputs', async () => {
    const t = await inProcess({ runpodBalance: rawNumber('12345678901234567.89') }, { providers: 'runpod' });
    expect(t.record.outputs['runpod-balance']).toBe('12345678901234567.89');
    expect(JSON.parse(t.record.outputs.balances!)).toEqual({ runpod: '12345678901234567.89' });
  });
});

/** A scheduled run of the bundle with the keys in the step's env. */
async function scheduled(
  world: World,
  inputs: Record<string, string>,
  options: { keys?: Record<string, string>; files?: Record<string, string> } = {},
) {
  const url = await standIn(world);
  const dir = workspace(options.files);
  return runAction({
    workspace: dir,
    eventName: 'schedule',
    event: { schedule: '0 6 * * *' },
    inputs: { mode: 'balance', ...inputs },
    env: { ...(options.keys ?? KEYS), ...standInEnv(url) },
  });
}

describe('balance mode (the committed bundle, scheduled run)', () => {
  it('all four providers ok: exit 0, outputs, summary table, no key anywhere but the mask commands', async () => {
    const r = await scheduled({}, {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // the fewest days: Runware's $12.34 at $1.75 over 30 days
    expect(r.outputs).toMatchObject({ status: 'ok', 'days-left': '211.5', 'runway-balance': '500', 'fal-balance': '24.5' });
    expect(JSON.parse(r.outputs.report!)).toMatchObject({
      status: 'ok',
      providers: expect.arrayContaining([expect.objectContaining({ provider: 'fal', daysLeft: '262.5' })]),
    });
    expect(r.summary).toContain('## genspend balance check');
    expect(r.summary).toMatch(/\| runpod \| :green_circle: ok \| \$435\.85 \| \$1\.00 \| 435\.8 \|/);
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

  it('a critical account fails the step, names the provider and why, with an error annotation', async () => {
    const r = await scheduled({ runpodBalance: 2, runpodSpent: 30 }, { providers: 'runpod,fal' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'critical', 'days-left': '2.0', 'runpod-balance': '2', 'runway-balance': '' });
    expect(r.commands).toContain(
      '::error title=genspend balance%3A critical::runpod: 2.0 days left at the observed burn (critical under 3)',
    );
    expect(r.commands).toContain(
      '::error::genspend: balance critical: runpod critical (2.0 days left at the observed burn (critical under 3))',
    );
  });

  it('fail-on: critical lets a low account pass with a warning', async () => {
    const r = await scheduled({ runpodBalance: 10, runpodSpent: 30 }, { providers: 'runpod', 'fail-on': 'critical' });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('low');
    expect(r.commands).toContain('::warning title=genspend balance%3A low::runpod: 10.0 days left at the observed burn (low under 14)');
  });

  it('thresholds in USD catch a balance with no steady burn', async () => {
    const r = await scheduled({ runwareBalance: 4 }, { providers: 'runware', 'low-balance': '20', 'critical-balance': '5' });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('critical');
    expect(r.summary).toContain('runware: balance $4.00 is under $5.00');
  });

  it('an unreadable account is a distinct "could not read" failure, never ok; the others are still reported', async () => {
    const r = await scheduled(
      { falStatus: 403, falError: { detail: 'User is locked. Reason: Exhausted balance. Top up to continue.' } },
      { providers: 'fal,runway' },
    );
    expect(r.code).toBe(2);
    expect(r.outputs).toMatchObject({ status: 'error', 'fal-balance': '', 'runway-balance': '500' });
    expect(r.summary).toMatch(/\*\*Status: ERROR \(1 of 2 providers could not be read\)\*\*/);
    expect(r.commands.find((c) => c.startsWith('::error::'))).toMatch(/^::error::genspend could not read an account: fal: .*locked/);
  });

  it('the `deadline` input bounds each account read; a usage history cut off there makes the account low', async () => {
    const r = await scheduled({ delays: { 'POST /v1/organization/usage': 10_000 } }, { providers: 'runway', deadline: '1' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'low', 'runway-balance': '500' });
    expect(r.commands.find((c) => c.startsWith('::warning'))).toMatch(
      /^::warning title=genspend balance%3A low::runway: usage history could not be read: runway \/v1\/organization\/usage: took longer than 1 s/,
    );
  });

  it('no key in the env: says which variables to pass, exit 2', async () => {
    const r = await scheduled({}, { providers: 'runway,runpod' }, { keys: { RUNWAYML_API_SECRET: 'rw-SECRET-1' } });
    expect(r.code).toBe(2);
    expect(r.commands).toContain(
      "::error::genspend could not run: no key for runpod, named in the `providers` input (fix: add to the step's `env:` RUNPOD_API_KEY: ${{ secrets.RUNPOD_API_KEY }})",
    );
    expect(r.summary).toContain('## genspend could not run');
  });

  it('an unknown mode is named, exit 2', async () => {
    const r = await scheduled({}, { mode: 'balances' });
    expect(r.code).toBe(2);
    expect(r.commands).toContain('::error::genspend could not run: input `mode` must be one of gate, balance, reconcile, got "balances"');
  });
});
