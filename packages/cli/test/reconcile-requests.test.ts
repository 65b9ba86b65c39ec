import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeStandIn, KEYS, received, standIn, standInEnv, type World } from '../../../test/provider-stand-in.js';

// `genspend reconcile --requests` run as a user runs it, against the local provider stand-in
// answering the shared fixture's jobs in each provider's documented shape.
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
type Job = {
  provider: string;
  id: string;
  quoted: string;
  endpointId?: string;
  gpu?: string;
  answer?: unknown;
  result?: { cost: number };
  expect: Record<string, unknown>;
};
const fixture: { jobs: Job[] } = JSON.parse(readFileSync(new URL('../../../test/fixtures/reconcile-jobs.json', import.meta.url), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'genspend-requests-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(closeStandIn);

function jobsWorld(): World {
  const of = (p: string) => fixture.jobs.filter((j) => j.provider === p);
  return {
    runwayTasks: Object.fromEntries(of('runway').map((j) => [j.id, j.answer])),
    falBillingEvents: Object.fromEntries(of('fal').map((j) => [j.id, j.answer])),
    runpodJobs: Object.fromEntries(of('runpod').map((j) => [`${j.endpointId}/${j.id}`, j.answer])),
  };
}

/** The fixture's jobs as a requests file: objects with their quotes; Runware with the cost its result carried. */
const requestsFile = JSON.stringify(
  fixture.jobs.map((j) => ({
    provider: j.provider,
    id: j.id,
    quoted: j.quoted,
    ...(j.endpointId ? { endpointId: j.endpointId, gpu: j.gpu } : {}),
    ...(j.result ? { cost: j.result.cost } : {}),
  })),
);

function run(args: string[], url: string, keys: Record<string, string> = KEYS): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...keys, ...standInEnv(url) };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'reconcile', ...args], { cwd: scratch, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 2) : 0, stdout, stderr });
    });
  });
}

const write = (name: string, text: string) => (writeFileSync(join(scratch, name), text), name);

describe('genspend reconcile --requests (binary, local provider stand-ins)', () => {
  it('reads each job from its provider and sets it against its quote: the figures worked by hand', async () => {
    const url = await standIn(jobsWorld());
    const r = await run(['--requests', write('jobs.json', requestsFile), '--format', 'json'], url);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ version: 1, status: 'fail', totals: { jobs: 7, over: 3, pending: 1, failed: 0 } });
    fixture.jobs.forEach((job, i) =>
      expect(j.jobs[i]).toMatchObject({ provider: job.provider, id: job.id, quotedUsd: job.quoted, ...job.expect }),
    );
    // one call per job, except Runware, whose cost came with its result
    const urls = received.map((q) => q.url.split('?')[0]).sort();
    expect(urls).toEqual([
      '/v1/models/billing-events',
      '/v1/models/billing-events',
      '/v1/tasks/task-gen45',
      '/v1/tasks/task-refunded',
      '/v1/tasks/task-running',
      '/v2/ep-abc123/status/job-sdxl-1',
    ]);
    expect(received.find((q) => q.url.startsWith('/v1/models/billing-events'))!.auth).toBe(`Key ${KEYS.FAL_KEY}`);
    expect(received.find((q) => q.url.startsWith('/v2/'))!.auth).toBe(`Bearer ${KEYS.RUNPOD_API_KEY}`);
  });

  it('exits 0 when every finished job is within the variance, in the table', async () => {
    const url = await standIn(jobsWorld());
    const r = await run(['--requests', write('ids.txt', '# Runway tasks\ntask-gen45\n\ntask-running\n'), '--provider', 'runway'], url);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^genspend reconcile: OK; 2 jobs, quoted against billed/);
    expect(r.stdout).toContain('runway task-running: not finished (RUNNING): its bill is not final yet');
    // without quotes the bills are shown, not judged
    expect(r.stdout).toMatch(/no quote\s+runway\s+task-gen45\s+-\s+\$0\.60/);
  });

  it('judges with --max-variance: the Runpod job at +8.33% fails at 5%, in markdown', async () => {
    const url = await standIn(jobsWorld());
    const runpod = fixture.jobs.find((j) => j.provider === 'runpod')!;
    const file = write(
      'runpod.json',
      JSON.stringify([{ provider: 'runpod', id: runpod.id, endpointId: runpod.endpointId, gpu: 'ADA_24', quoted: runpod.quoted }]),
    );
    const r = await run(['--requests', file, '--max-variance', '5%', '--format', 'markdown'], url);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| OVER | runpod | job-sdxl-1 | $0.00372 | $0.00403 (up to $0.00465) | +$0.00031 | +8.3% |');
  });

  it('exits 2 naming a job that could not be read, and prints no key', async () => {
    const world = jobsWorld();
    world.replies = { 'GET /v1/tasks/task-gen45': { status: 401, body: { error: `bad key ${KEYS.RUNWAYML_API_SECRET}` } } };
    const url = await standIn(world);
    const r = await run(
      [
        '--requests',
        write('two.json', '[{"provider":"runway","id":"task-gen45","quoted":"0.6"},{"provider":"fal","id":"req-unknown"}]'),
        '--format',
        'json',
      ],
      url,
    );
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe('error');
    expect(j.jobs.map((x: { id: string; verdict: string; error?: { kind: string } }) => `${x.id} ${x.verdict} ${x.error?.kind}`)).toEqual([
      'task-gen45 error auth',
      'req-unknown error not-found',
    ]);
    expect(r.stderr).toContain('genspend: fal /v1/models/billing-events: no billing event for request "req-unknown"');
    for (const key of Object.values(KEYS)) expect(r.stdout + r.stderr).not.toContain(key);
  });

  it.each([
    [
      'bare.txt',
      'task-1\n',
      [],
      'bare.txt:1: the id "task-1" names no provider (fix: give the provider with --provider, or write { "provider": ..., "id": ... } objects)',
    ],
    ['rp.json', '[{"provider":"runpod","id":"j"}]', [], 'rp.json: [0]: a Runpod job needs endpointId and gpu'],
    ['rw.json', '[{"provider":"runware","id":"u"}]', [], 'rw.json: [0]: a Runware job carries its `cost`'],
    [
      'q.json',
      '[{"provider":"fal","id":"r","quoted":"-1"}]',
      [],
      'q.json: [0]: expected `quoted` to be a USD amount of 0 or more, got "-1"',
    ],
    ['x.json', '[{"provider":"fal","id":"r","quote":"1"}]', [], 'x.json: [0]: unknown field `quote`'],
    ['k.txt', 'task-1\n', ['--provider', 'runway'], 'no key for runway, whose jobs the file lists'],
  ])('refuses %s by name, before any call', async (name, text, args, message) => {
    const url = await standIn({});
    const { RUNWAYML_API_SECRET: _, ...keys } = KEYS;
    const r = await run(['--requests', write(name, text), ...args], url, keys);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(received).toHaveLength(0);
  });

  it('takes --requests or --manifest, not both, and no window', async () => {
    const url = await standIn({});
    expect((await run(['--requests', 'a', '--manifest', 'b'], url)).stderr).toContain(
      'give either --manifest (usage over a window) or --requests (per job), not both',
    );
    expect((await run(['--requests', 'a', '--days', '7'], url)).stderr).toContain('--days does not apply to --requests');
  });
});
