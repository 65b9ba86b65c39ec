import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeStandIn, KEYS, rawNumber, received, standIn, standInEnv } from '../../../test/provider-stand-in.js';

// `genspend balance` run as a user runs it, against the local provider stand-in.
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-balance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(closeStandIn);

function run(
  args: string[],
  url: string,
  keys: Record<string, string> = KEYS,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...keys, ...standInEnv(url), ...extraEnv };
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

  it('does not call a plan the held credits cover low because of the purchase cap; says when the cap binds', async () => {
    writeFileSync(
      join(scratch, 'genspend.yml'),
      'version: 1\nworkloads:\n  - { name: promo, provider: runway, model: gen4.5, runs: 100, seconds: 10 }\n  - { name: other, provider: runway, model: gen4_turbo, runs: 10, seconds: 5 }\n',
    );
    const url = await standIn({});
    const r = await run(['--provider', 'runway', '--manifest', 'genspend.yml', '--format', 'json'], url);
    const runway = JSON.parse(r.stdout).providers[0];
    // 100 x 10 s x 12 + 10 x 5 s x 5 = 12,250 credits a month = 12,082 per 30 days, over the 10,000 cap;
    // the 50,000 held last 50,000 / 402.7 a day = 124.1 days, longer than the month
    expect(runway.tier).toMatchObject({ fitsMonthlyCap: false, capBindsInDays: '124.1' });
    expect(runway.status).toBe('ok');
    expect(r.code).toBe(0);
    expect(runway.reasons).toContain(
      'the held credits cover the plan for 124.1 days; after that the monthly purchase cap of 10000 credits falls short of the plan',
    );
    expect(runway.reasons.join('\n')).not.toContain('caps purchases');
    // gen4_turbo is not in the stand-in's tier.models: unknown, never unlimited
    const turbo = runway.tier.models.find((m: { model: string }) => m.model === 'gen4_turbo');
    expect(turbo).toMatchObject({ limitKnown: false, maxDailyGenerations: null });
    expect(runway.reasons).toContain("gen4_turbo: not in the tier's live limits; its daily limit is unknown");
    const text = await run(['--provider', 'runway', '--manifest', 'genspend.yml'], url);
    expect(text.stdout).toContain(
      'runway gen4_turbo: plan 0.3 generations/day; limit unknown/day, unknown left in the last 24 h; concurrency unknown',
    );
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

  it('ends each account read at --deadline: a usage history still loading then makes the account low, not ok', async () => {
    const url = await standIn({ delays: { 'POST /v1/organization/usage': 10_000 } });
    const started = Date.now();
    const r = await run(['--provider', 'runway', '--deadline', '1', '--format', 'json'], url);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(r.code).toBe(1);
    const runway = JSON.parse(r.stdout).providers[0];
    expect(runway).toMatchObject({ status: 'low', balanceUsd: '500', burnPerDayUsd: null });
    expect(runway.reasons).toEqual([
      expect.stringMatching(
        /^usage history could not be read: runway \/v1\/organization\/usage: took longer than 1 s \(the deadline for one account read\): no response within the \d+ ms that were left$/,
      ),
    ]);
  });

  it.each(['0', '3601', '2m', '1.5'])('rejects --deadline %s by name', async (value) => {
    const url = await standIn({});
    const r = await run(['--deadline', value], url);
    expect(r).toMatchObject({
      code: 2,
      stderr: `genspend: --deadline must be a whole number of seconds from 1 to 3600, got "${value}" (see \`genspend balance --help\`)\n`,
    });
    expect(received).toHaveLength(0);
  });

  it('a balance whose usage history could not be read is low, with the reason, never ok', async () => {
    const url = await standIn({ replies: { 'GET /v1/billing/endpoints': { status: 400, body: { error: 'startTime is out of range' } } } });
    const r = await run(['--provider', 'runpod'], url);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^genspend balance: LOW/);
    expect(r.stdout).toMatch(/runpod\s+LOW\s+\$435\.85\s+unknown/);
    expect(r.stdout).toContain(
      'runpod: usage history could not be read: runpod /v1/billing/endpoints: the request was rejected (HTTP 400): startTime is out of range',
    );
  });

  it('keeps every digit of a balance a double cannot hold', async () => {
    const url = await standIn({
      runpodBalance: rawNumber('12345678901234567.89'),
      falBalance: rawNumber('0.1000000000000000055511151231257827'),
      runwayCredits: rawNumber('12345678901234567.89'),
    });
    const r = await run(['--provider', 'runpod,fal,runway', '--format', 'json'], url);
    const by = Object.fromEntries(JSON.parse(r.stdout).providers.map((p: { provider: string }) => [p.provider, p]));
    expect(by.runpod.balanceUsd).toBe('12345678901234567.89');
    expect(by.fal.balanceUsd).toBe('0.1000000000000000055511151231257827');
    expect(by.runway).toMatchObject({ credits: '12345678901234567.89', balanceUsd: '123456789012345.6789' });
  });

  it('refuses a base URL with a user name and password, and prints neither', async () => {
    const url = await standIn({});
    const withLogin = url.replace('http://', 'http://admin:hunter22@');
    const r = await run(['--provider', 'fal,runway'], url, KEYS, { GENSPEND_FAL_BASE_URL: withLogin });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `genspend: fal: GENSPEND_FAL_BASE_URL must be an http(s) URL without a user name or password, got "${url.replace('http://', 'http://[redacted]@')}" (fix: remove the "user:password@" part; genspend sends the API key in the provider's own header)\n`,
    );
    expect(r.stdout + r.stderr).not.toMatch(/hunter22|admin/);
    expect(received.some((q) => q.url.startsWith('/v1/account/billing'))).toBe(false);
  });

  it('never prints a key the provider echoes back upper- or lower-cased', async () => {
    const echoed = `key ${KEYS.FAL_KEY.toUpperCase()} (${KEYS.FAL_KEY.toLowerCase()}) is not an admin key`;
    const url = await standIn({ falStatus: 403, falError: { error: { type: 'authorization_error', message: echoed } } });
    const r = await run(['--provider', 'fal', '--format', 'json'], url);
    expect(r.code).toBe(2);
    // "key FAL-SECRET-3" matches the whole header value "Key fal-SECRET-3", scheme and all
    expect(r.stderr).toContain('(HTTP 403): [redacted] ([redacted]) is not an admin key');
    for (const key of Object.values(KEYS)) expect((r.stdout + r.stderr).toLowerCase()).not.toContain(key.toLowerCase());
  });
});
