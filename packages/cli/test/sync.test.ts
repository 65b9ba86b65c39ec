import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStandIn, runpodGpu, standIn, type World } from '../../../test/provider-stand-in.js';

// `genspend prices sync` against local stand-ins of the three live price APIs, on a copy of the
// catalog; Runpod's GPU catalog comes from the shared provider stand-in.
const ROOT = new URL('../../..', import.meta.url).pathname;
const BIN = join(ROOT, 'packages/cli/bin/genspend.js');
const scratch = mkdtempSync(join(tmpdir(), 'genspend-sync-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let server: Server;
let url = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url!, 'http://x');
    let status = 200;
    let body: unknown = { error: 'no route' };
    if (u.pathname === '/v1/models/pricing') {
      const prices = [
        { endpoint_id: 'fal-ai/flux/dev', unit_price: 0.025, unit: 'image', currency: 'USD' },
        { endpoint_id: 'fal-ai/nano-banana', unit_price: 0.0398, unit: 'image', currency: 'USD' },
      ].filter((p) => (u.searchParams.get('endpoint_id') ?? '').split(',').includes(p.endpoint_id));
      body = { prices, next_cursor: null, has_more: false };
    } else if (u.pathname.startsWith('/models/')) {
      const id = decodeURIComponent(u.pathname.split('/')[2]!);
      const published: Record<string, unknown> = {
        'bytedance:5@0': { air: 'bytedance:5@0', pricingExamples: [{ configuration: '1024x1024', price: '$0.03' }] },
        'runware:101@1': { air: 'runware:101@1', pricingExamples: [{ configuration: '1024x1024, 28 steps', price: '$0.0038' }] },
      };
      if (published[id]) body = published[id];
      else status = 404;
    } else status = 404;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dir = '';
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeStandIn();
});

async function run(
  args: string[],
  extraEnv: Record<string, string> = {},
  world: World = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  dir = mkdtempSync(join(scratch, 'cat-'));
  const runpod = await standIn(world);
  cpSync(join(ROOT, 'packages/core/catalog'), dir, { recursive: true });
  const env = {
    PATH: process.env.PATH ?? '',
    FAL_KEY: 'fal-SECRET',
    RUNPOD_API_KEY: 'rp-SECRET',
    GENSPEND_FAL_BASE_URL: url,
    GENSPEND_RUNWARE_CONTENT_BASE_URL: url,
    GENSPEND_RUNPOD_BASE_URL: runpod,
    ...extraEnv,
  };
  return new Promise((resolve) =>
    execFile(process.execPath, [BIN, 'prices', 'sync', ...args, '--dir', dir], { env, timeout: 60_000 }, (e, stdout, stderr) =>
      resolve({ code: e ? Number((e as { code?: number }).code ?? 2) : 0, stdout, stderr }),
    ),
  );
}

describe('genspend prices sync (binary)', () => {
  it('reports matches, drift and unpublished prices, and exits 1 on drift without writing', async () => {
    const r = await run(['--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const f = (provider: string, model: string) =>
      j.findings.find((x: { provider: string; model: string }) => x.provider === provider && x.model === model);
    expect(f('fal', 'fal-ai/flux/dev')).toMatchObject({ status: 'match' });
    expect(f('fal', 'fal-ai/nano-banana')).toMatchObject({ status: 'drift', catalog: ['$0.039/image'], live: ['$0.0398/image'] });
    expect(f('fal', 'fal-ai/veo3')).toMatchObject({ status: 'missing' });
    expect(f('runware', 'bytedance:5@0')).toMatchObject({ status: 'match' });
    expect(f('runware', 'runware:101@1')).toMatchObject({ status: 'match' });
    // 0.00116 x 3,600 = $4.176 an hour
    expect(f('runpod', 'H100 PRO')).toMatchObject({ status: 'match' });
    expect(f('runpod', 'L4')).toMatchObject({ status: 'drift', note: 'several rates or live prices: update by hand' });
    expect(f('runway', 'gen4.5')).toMatchObject({ status: 'skipped' });
    expect(readFileSync(join(dir, 'fal.yml'), 'utf8')).toBe(readFileSync(join(ROOT, 'packages/core/catalog/fal.yml'), 'utf8'));
  });

  it('names a base URL with a user name and password by its variable, exit 2, and prints neither', async () => {
    const r = await run(['fal'], { GENSPEND_FAL_BASE_URL: url.replace('http://', 'http://admin:hunter22@') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `genspend: fal: GENSPEND_FAL_BASE_URL must be an http(s) URL without a user name or password, got "${url.replace('http://', 'http://[redacted]@')}" (fix: remove the "user:password@" part; genspend sends the API key in the provider's own header)\n`,
    );
    expect(r.stdout + r.stderr).not.toMatch(/hunter22|admin/);
  });

  it('--write takes an unambiguous live price and dates what it compared, keeping comments', async () => {
    const r = await run(['fal', '--write']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fal fal-ai/nano-banana: amount 0.0398');
    const text = readFileSync(join(dir, 'fal.yml'), 'utf8');
    expect(text).toContain("amount: '0.0398'");
    expect(text).not.toContain("amount: '0.039'\n");
    expect(text).toContain('# --- other models: a flat rate per request');
    // only the edited values change: every other line, comment and blank line stays as it was
    const before = readFileSync(join(ROOT, 'packages/core/catalog/fal.yml'), 'utf8').split('\n');
    const after = text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line).toMatch(/^\s*(?:- )?(?:checkedAt|effectiveFrom|amount): /);
    const today = new Date().toISOString().slice(0, 10);
    expect(text.match(new RegExp(`checkedAt: ${today}`, 'g'))!.length).toBeGreaterThanOrEqual(2);
    // the written file is still a valid catalog
    const check = await new Promise<number>((resolve) =>
      execFile(process.execPath, [BIN, 'catalog', 'check', '--dir', dir], (e) => resolve(e ? 1 : 0)),
    );
    expect(check).toBe(0);
  });
});

describe('genspend prices sync: Runpod Serverless pools (binary)', () => {
  const finding = (stdout: string, model: string) =>
    JSON.parse(stdout).findings.find((x: { provider: string; model: string }) => x.provider === 'runpod' && x.model === model);

  it('compares a pool once, however many GPU types it holds', async () => {
    const r = await run(['runpod', '--format', 'json']);
    // 0.00116 x 3,600 = $4.176 an hour, on all three H100 types of ADA_80_PRO
    expect(finding(r.stdout, 'H100 PRO')).toEqual({
      provider: 'runpod',
      model: 'H100 PRO',
      status: 'match',
      catalog: ['$0.00116/gpu_second', '$0.00093/gpu_second'],
      live: ['$4.176/gpu-hour (pool ADA_80_PRO: NVIDIA H100 80GB HBM3, NVIDIA H100 PCIe, NVIDIA H100 NVL)'],
    });
  });

  it('reports a changed pool price as drift, once for the pool', async () => {
    const r = await run(
      ['runpod', '--format', 'json'],
      {},
      {
        runpodGpus: [
          runpodGpu('NVIDIA H100 80GB HBM3', 'H100 SXM', 'ADA_80_PRO', 4.5),
          runpodGpu('NVIDIA H100 PCIe', 'H100 PCIe', 'ADA_80_PRO', 4.5),
        ],
      },
    );
    expect(r.code).toBe(1);
    expect(finding(r.stdout, 'H100 PRO')).toMatchObject({
      status: 'drift',
      catalog: ['$0.00116/gpu_second', '$0.00093/gpu_second'],
      live: ['$4.5/gpu-hour (pool ADA_80_PRO: NVIDIA H100 80GB HBM3, NVIDIA H100 PCIe)'],
    });
  });

  it('ignores a GPU in no pool, even when it carries a price and a catalog name', async () => {
    const r = await run(
      ['runpod', '--format', 'json'],
      {},
      {
        runpodGpus: [
          runpodGpu('NVIDIA H200', 'H200 SXM', null, 9.99),
          runpodGpu('NVIDIA RTX A4000', 'RTX A4000', null, 0.9),
          // 0.00016 x 3,600 = $0.576 an hour
          runpodGpu('NVIDIA RTX A4500', 'RTX A4500', 'AMPERE_16', 0.576),
        ],
      },
    );
    expect(r.code).toBe(0);
    expect(finding(r.stdout, 'H200 PRO')).toMatchObject({
      status: 'missing',
      live: [],
      note: 'no live price published for pool HOPPER_141',
    });
    expect(finding(r.stdout, 'A4000')).toMatchObject({ status: 'match', live: ['$0.576/gpu-hour (pool AMPERE_16: NVIDIA RTX A4500)'] });
  });

  it('names the GPUs of a pool that disagree on its price', async () => {
    // 0.00019 x 3,600 = $0.684 an hour: two GPUs match, the RTX 3090 does not
    const runpodGpus = [
      runpodGpu('NVIDIA L4', 'L4', 'AMPERE_24', 0.684),
      runpodGpu('NVIDIA RTX A5000', 'RTX A5000', 'AMPERE_24', 0.684),
      runpodGpu('NVIDIA GeForce RTX 3090', 'RTX 3090', 'AMPERE_24', 0.72),
    ];
    const r = await run(['runpod', '--format', 'json'], {}, { runpodGpus });
    expect(r.code).toBe(1);
    expect(finding(r.stdout, 'L4')).toMatchObject({
      status: 'drift',
      live: ['$0.684/gpu-hour (NVIDIA L4)', '$0.684/gpu-hour (NVIDIA RTX A5000)', '$0.72/gpu-hour (NVIDIA GeForce RTX 3090)'],
      note: 'live GPUs in pool AMPERE_24 disagree on the price: NVIDIA L4 $0.684/gpu-hour, NVIDIA RTX A5000 $0.684/gpu-hour, NVIDIA GeForce RTX 3090 $0.72/gpu-hour: update by hand',
    });
    expect(finding(r.stdout, 'L4').checked).toBeUndefined();
    const table = await run(['runpod'], {}, { runpodGpus });
    expect(table.stdout).toMatch(
      /^runpod\s+L4\s+DRIFT\s.*live GPUs in pool AMPERE_24 disagree on the price: .*NVIDIA GeForce RTX 3090 \$0\.72\/gpu-hour/m,
    );
  });
});
