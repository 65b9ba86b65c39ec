import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeStandIn, KEYS, received, standIn, standInEnv } from './provider-stand-in.js';

// `genspend balance` run as a user runs it, against the local provider stand-in.
const BIN = new URL('../packages/cli/bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-balance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(closeStandIn);

function run(args: string[], url: string, keys: Record<string, string> = KEYS): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...keys, ...standInEnv(url) };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'balance', ...args], { cwd: scratch, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 2) : 0, stdout, stderr });
    });
  });
}

describe('genspend balance (binary, local provider stand-ins)', () => {
  it('shows balance, burn rate and days left for all four providers', async () => {
    const url = await standIn({});
    const r = await run(['--format', 'json', '--days', '30'], url);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe('ok');
    const by = Object.fromEntries(j.providers.map((p: { provider: string }) => [p.provider, p]));
    // Runway: 50,000 credits = $500; 3,000 credits ($30) over 30 days = $1/day -> 500 days
    expect(by.runway).toMatchObject({ status: 'ok', balanceUsd: '500', credits: '50000', burnPerDayUsd: '1', daysLeft: '500.0' });
    // fal: 7 s x $0.40 = $2.80 over 30 days; $24.50 lasts 262.5 days
    expect(by.fal).toMatchObject({ status: 'ok', balanceUsd: '24.5', daysLeft: '262.5' });
    expect(by.runware).toMatchObject({ status: 'ok', balanceUsd: '12.34' });
    // Runpod: $30 over 30 days = $1/day; $435.85 -> 435.8 days (rounded down)
    expect(by.runpod).toMatchObject({
      status: 'ok',
      balanceUsd: '435.85',
      daysLeft: '435.8',
      currentSpendPerHourUsd: '0.5',
      spendLimitPerHourUsd: '80',
    });
    // each provider got its own key in its own header style, and nothing else
    expect(received.find((q) => q.url.startsWith('/v1/account/billing'))?.auth).toBe('Key fal-SECRET-3');
    expect(received.find((q) => q.url === '/graphql')?.auth).toBe('Bearer rp-SECRET-4');
  });

  it('exits 1 and says critical when the balance runs out in days', async () => {
    const url = await standIn({ runpodBalance: 2, runpodSpent: 30 });
    const r = await run(['--provider', 'runpod'], url);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^genspend balance: CRITICAL/);
    expect(r.stdout).toMatch(/runpod\s+CRITICAL\s+\$2\.00\s+\$1\.00\s+2\.0/);
    expect(r.stdout).toContain('runpod: 2.0 days left at the observed burn (critical under 3)');
  });

  it('forecasts against a manifest and checks Runway tier headroom', async () => {
    writeFileSync(
      join(scratch, 'genspend.yml'),
      'version: 1\nworkloads:\n  - { name: promo, provider: runway, model: gen4.5, runs: 3000, seconds: 10 }\n',
    );
    const url = await standIn({});
    const r = await run(['--provider', 'runway', '--manifest', 'genspend.yml', '--format', 'json'], url);
    expect(r.code).toBe(1);
    const runway = JSON.parse(r.stdout).providers[0];
    // 3,000 x 10 s x 12 credits = 360,000 credits = $3,600 a month ($118.36 a day) against $500: 4.2 days, low
    expect(runway).toMatchObject({ status: 'low', plannedPerPeriodUsd: '3600', plannedDaysLeft: '4.2', shortfallUsd: '3100' });
    expect(runway.tier).toMatchObject({ maxMonthlyCreditSpend: 10000, fitsMonthlyCap: false, tierNeeded: 4 });
    expect(runway.tier.models[0]).toMatchObject({
      model: 'gen4.5',
      plannedPerDay: '98.6',
      maxDailyGenerations: 50,
      usedLast24h: 12,
      leftToday: 38,
      fits: false,
    });
    expect(runway.reasons).toContain('gen4.5: the plan needs 98.6 generations a day; the tier allows 50');
  });

  it('names a refused fal key as needing an admin key, exits 2, never prints a key', async () => {
    const url = await standIn({ falStatus: 403, falError: { error: { type: 'authorization_error', message: 'Forbidden' } } });
    const r = await run(['--provider', 'fal,runway'], url);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fal /v1/account/billing: this endpoint needs an ADMIN API key');
    expect(r.stdout).toMatch(/^genspend balance: ERROR \(1 of 2 providers could not be read\)/);
    expect(r.stdout).toMatch(/runway\s+OK/);
    for (const key of Object.values(KEYS)) expect(r.stdout + r.stderr).not.toContain(key);
  });

  it('reports a locked fal account as a hard stop, without retrying', async () => {
    const url = await standIn({ falStatus: 403, falError: { detail: 'User is locked. Reason: Exhausted balance. Top up to continue.' } });
    const r = await run(['--provider', 'fal', '--format', 'json'], url);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).providers[0].error).toMatchObject({ kind: 'locked' });
    expect(received.filter((q) => q.url.startsWith('/v1/account/billing'))).toHaveLength(1);
  });

  it('explains which variables to set when no key is present', async () => {
    const url = await standIn({});
    const r = await run([], url, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'genspend: no provider key in the environment (fix: set one or more of RUNWAYML_API_SECRET, RUNWARE_API_KEY, FAL_KEY, RUNPOD_API_KEY)\n',
    );
  });

  it('rejects bad thresholds by name', async () => {
    const url = await standIn({});
    const r = await run(['--critical-days', '30', '--low-days', '7'], url);
    expect(r).toMatchObject({
      code: 2,
      stderr: 'genspend: --critical-days must not be more than --low-days (see `genspend balance --help`)\n',
    });
  });
});
