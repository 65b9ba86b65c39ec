import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeStandIn, KEYS, received, standIn, standInEnv } from '../../../test/provider-stand-in.js';
import { billsWorld, dailyChart, dailySeries, fixture } from '../../../test/reconcile-world.js';

// `genspend reconcile` run as a user runs it, against the local provider stand-in answering the
// shared fixture's bills in each provider's own shapes.
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-reconcile-'));
writeFileSync(join(scratch, 'genspend.yml'), fixture.manifest);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(closeStandIn);

const WINDOW = ['--from', fixture.window.startDate, '--to', '2026-11-30'];

function run(args: string[], url: string, keys: Record<string, string> = KEYS): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...keys, ...standInEnv(url) };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'reconcile', ...args], { cwd: scratch, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 2) : 0, stdout, stderr });
    });
  });
}

describe('genspend reconcile (binary, local provider stand-ins)', () => {
  it('sets all four providers against the plan: paginated fal usage, a Runway refund, an alias, fal unit price drift', async () => {
    const url = await standIn(billsWorld());
    const r = await run(['--manifest', 'genspend.yml', ...WINDOW, '--format', 'json'], url);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ version: 2, status: 'fail', window: { ...fixture.window, days: 30 }, totals: fixture.expected.totals });
    expect(j.daily).toEqual(dailySeries());
    fixture.expected.workloads.forEach((want: object, i: number) => expect(j.workloads[i]).toMatchObject(want));
    expect(j.unplanned).toEqual(fixture.expected.unplanned);
    expect(j.providers.map((p: { provider: string; status: string }) => `${p.provider} ${p.status}`).sort()).toEqual([
      'fal ok',
      'runpod ok',
      'runware ok',
      'runway ok',
    ]);
    // both fal pages were read, and each provider got the window in its own terms
    const fal = received.filter((q) => q.url.startsWith('/v1/models/usage'));
    expect(fal).toHaveLength(2);
    expect(fal[0]!.url).toContain('start=2026-11-01T00:00:00Z&end=2026-12-01T00:00:00Z');
    expect(fal[1]!.url).toContain('cursor=page-2');
    // no balance was read: a reconcile needs only usage
    expect(received.some((q) => q.url.startsWith('/v1/account/billing') || q.url === '/graphql')).toBe(false);
  });

  it('judges the fal unit price by the variance: at 41% only the +42.45% spend fails, at 45% nothing does', async () => {
    const url = await standIn(billsWorld());
    const at41 = await run(['--manifest', 'genspend.yml', ...WINDOW, '--max-variance', '41%', '--format', 'json'], url);
    expect(at41.code).toBe(1);
    const verdicts = JSON.parse(at41.stdout).workloads.map((w: { model: string; verdict: string }) => `${w.model} ${w.verdict}`);
    expect(verdicts).toEqual(['fal-ai/flux/dev pass', 'fal-ai/ovi pass', 'gen4.5 pass', 'google:4@1 fail', 'ep-1 pass']);
    const at45 = await run(['--manifest', 'genspend.yml', ...WINDOW, '--max-variance', '45'], url);
    expect(at45.code).toBe(0);
    expect(at45.stdout).toMatch(/^genspend reconcile: OK; 2026-11-01 to 2026-12-01 \(exclusive\), 30 days = 720\/730 of a month/);
    expect(at45.stdout).toContain('fal-ai/ovi (billed as fal-ai/ovi/image-to-video)');
    expect(at45.stdout).toContain('$0.035/megapixel vs $0.025/megapixel (+40.0%)');
  });

  it('shows markdown with the unplanned spend, largest first', async () => {
    const url = await standIn(billsWorld());
    const r = await run(['--manifest', 'genspend.yml', ...WINDOW, '--format', 'markdown'], url);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| runway | veo3.1\\_fast | $12.00 |\n| fal | fal-ai/veo3 | $2.80 |\n| runpod | ep-2 | $1.50 |');
    expect(r.stdout).toContain(dailyChart());
  });

  it('exits 2 naming a provider that could not be read, never ok, and prints no key', async () => {
    const world = billsWorld();
    world.replies!['POST /v1'] = {
      status: 401,
      body: { errors: [{ code: 'invalidApiKey', message: `Invalid key ${KEYS.RUNWARE_API_KEY}` }] },
    };
    const url = await standIn(world);
    const r = await run(['--manifest', 'genspend.yml', ...WINDOW, '--max-variance', '45', '--format', 'json'], url);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^genspend: runware /);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe('error');
    expect(j.providers.find((p: { provider: string }) => p.provider === 'runware')).toMatchObject({ status: 'error' });
    // the unread provider's workload is not judged against nothing
    expect(j.workloads.map((w: { provider: string }) => w.provider)).not.toContain('runware');
    for (const key of Object.values(KEYS)) expect(r.stdout + r.stderr).not.toContain(key);
    const text = await run(['--manifest', 'genspend.yml', ...WINDOW], url);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/^genspend reconcile: ERROR \(1 of 4 providers could not be read: runware\)/);
  });

  it('refuses to leave a planned provider unread for want of its key', async () => {
    const url = await standIn(billsWorld());
    const { RUNPOD_API_KEY: _, ...keys } = KEYS;
    const r = await run(['--manifest', 'genspend.yml', ...WINDOW], url, keys);
    expect(r).toMatchObject({
      code: 2,
      stderr: 'genspend: no key for runpod, which the manifests use (fix: set RUNPOD_API_KEY, or leave the provider out with --provider)\n',
    });
    expect(received).toHaveLength(0);
    // named providers only: runpod is left out on purpose
    const some = await run(['--manifest', 'genspend.yml', ...WINDOW, '--provider', 'runway,fal', '--format', 'json'], url, keys);
    expect(JSON.parse(some.stdout).workloads.map((w: { provider: string }) => w.provider)).toEqual(['fal', 'fal', 'runway']);
  });

  it.each([
    [['--from', '2026-11-31', '--to', '2026-12-01'], '--from must be a UTC date as YYYY-MM-DD, got "2026-11-31"'],
    [['--from', '2026-11-10', '--to', '2026-11-01'], '--to (2026-11-01) is before --from (2026-11-10)'],
    [['--days', '7', '--from', '2026-11-01', '--to', '2026-11-02'], 'give either --days or --from and --to, not both'],
    [['--max-variance', 'a lot'], '--max-variance must be a percent such as 25%, got "a lot"'],
  ])('rejects %j by name', async (args, message) => {
    const url = await standIn({});
    const r = await run(['--manifest', 'genspend.yml', ...args], url);
    expect(r).toMatchObject({ code: 2, stderr: `genspend: ${message} (see \`genspend reconcile --help\`)\n` });
    expect(received).toHaveLength(0);
  });
});
