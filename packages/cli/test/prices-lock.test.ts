import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { closeStandIn, KEYS, received, standIn, standInEnv, type World } from '../../../test/provider-stand-in.js';
import { schemaErrors, schemaLine, schemaOf } from './schema.js';

// `genspend prices lock` through the built binary against the local stand-ins of fal's pricing
// API, Runware's public pricing and model search, and Runpod's GPU catalog.
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => closeStandIn());

const MANIFEST = `version: 1
budget: { unpriced: warn }
workloads:
  - { name: heroes, provider: fal, model: fal-ai/flux/dev, runs: 1000, width: 1024, height: 1024 }
  - { name: drafts, provider: fal, model: fal-ai/flux/schnell, runs: 1000, width: 1024, height: 1024 }
  - { name: stickers, provider: fal, model: fal-ai/acme-stickers, runs: 200 }
  - { name: lora, provider: runware, model: "civitai:618692@691639", runs: 100, width: 1024, height: 1024, steps: 28 }
  - { name: pony, provider: runware, model: "civitai:257749@290640", runs: 10, width: 1024, height: 1024, steps: 28 }
  - { name: upscale, provider: runpod, gpu: L4, runs: 1000, seconds: 2 }
  - { name: render, provider: runpod, gpu: H100 PRO, runs: 10, seconds: 10 }
  - { name: clips, provider: runway, model: gen4_turbo, runs: 10, seconds: 5 }
`;

const WORLD: World = {
  falPrices: [
    { endpoint_id: 'fal-ai/flux/dev', unit_price: 0.02, unit: 'megapixels' }, // the account's discount
    { endpoint_id: 'fal-ai/flux/schnell', unit_price: 0.003, unit: 'megapixels' }, // as built in
    { endpoint_id: 'fal-ai/acme-stickers', unit_price: 0.05, unit: 'image' }, // not in the catalog
  ],
  runwareModels: [
    { air: 'civitai:618692@691639', name: 'FLUX fine-tune', architecture: 'flux1d' },
    { air: 'civitai:257749@290640', name: 'Pony Diffusion V6 XL', architecture: 'pony' },
  ],
};

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env }, timeout: 60_000 },
      (e, stdout, stderr) => resolve({ code: e ? Number((e as { code?: number }).code ?? 2) : 0, stdout, stderr }),
    ),
  );
}

async function lock(files: Record<string, string> = {}, world: World = WORLD, keys: Record<string, string> = KEYS, args: string[] = []) {
  const dir = mkdtempSync(join(scratch, 'p-'));
  for (const [name, text] of Object.entries({ 'genspend.yml': MANIFEST, ...files })) writeFileSync(join(dir, name), text);
  const url = await standIn(world);
  const env = { ...keys, ...standInEnv(url) };
  const r = await run(['prices', 'lock', ...args], dir, env);
  return { ...r, dir, env, read: (f = 'genspend.prices.yml') => readFileSync(join(dir, f), 'utf8') };
}

describe('genspend prices lock (binary)', () => {
  it('locks exactly the used models the catalog lacks or prices differently, with date and source, and the estimate uses them', async () => {
    const r = await lock({}, WORLD, KEYS, ['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      file: string;
      fetchedAt: string;
      findings: { provider: string; model: string; status: string }[];
    };
    expect(out.file).toBe('genspend.prices.yml');
    expect(out.findings.map((f) => `${f.provider} ${f.model} ${f.status}`)).toEqual([
      'fal fal-ai/flux/dev locked',
      'fal fal-ai/flux/schnell same',
      'fal fal-ai/acme-stickers locked',
      'runware civitai:618692@691639 locked',
      'runware civitai:257749@290640 by-hand',
      'runpod L4 locked',
      'runpod H100 PRO same',
      'runway gen4_turbo skipped',
    ]);

    const text = r.read();
    expect(schemaLine(text)).toBe(schemaOf('prices.schema.json').$id);
    expect(schemaErrors('prices.schema.json', text)).toEqual([]);
    for (const key of Object.values(KEYS)) expect(text + r.stdout + r.stderr).not.toContain(key);
    expect(text).toContain(`checkedAt: '${out.fetchedAt}'`);
    expect(text).toContain('source: https://api.fal.ai/v1/models/pricing?endpoint_id=fal-ai%2Fflux%2Fdev');
    expect(text).toContain('source: https://api.runpod.io/v2/catalog/gpus');
    expect(text).not.toContain('fal-ai/flux/schnell');
    expect(text).not.toContain('H100');

    const e = await run(['estimate', 'genspend.yml', '--format', 'json'], r.dir, {});
    expect(e.stderr).toBe('');
    const cost = Object.fromEntries(
      (JSON.parse(e.stdout) as { workloads: { name: string; cost: string | null; basis: string }[] }).workloads.map((w) => [
        w.name,
        [w.cost, w.basis],
      ]),
    );
    // 1,000 x 1 MP x $0.02 (the account's price, not the built-in $0.025)
    expect(cost.heroes).toEqual(['20', 'account']);
    expect(cost.drafts).toEqual(['3', 'published']);
    expect(cost.stickers).toEqual(['10', 'account']);
    // priced as FLUX.1 [dev] by Runware's measured run (1024x1024, 28 steps: $0.0038), with no `architecture:` in the workload
    expect(cost.lora).toEqual(['0.38', 'measured']);
    expect(cost.pony![0]).toBeNull(); // no architecture genspend prices: still unpriced, never $0
    expect(r.read()).toContain('civitai:618692@691639');
    // 1,000 x 2 s at $0.72 per 3,600 GPU-s, exactly: $0.4
    expect(cost.upscale).toEqual(['0.4', 'account']);
  });

  it("keeps the team's contract rates and discounts, and replaces its own earlier lock", async () => {
    const first = await lock();
    const earlier = first.read().replace("amount: '0.02'", "amount: '0.021'");
    const contract = `version: 1
providers:
  fal:
    discount: 5%
    models:
      - id: fal-ai/acme-stickers
        name: stickers (our contract)
        kind: image
        rates:
          - { unit: image, amount: '0.04', source: https://example.com/contract, checkedAt: 2026-11-01, effectiveFrom: 2026-11-01, basis: contract }
`;
    const kept = await lock({ 'genspend.prices.yml': contract }, WORLD, KEYS, ['--format', 'json']);
    expect(kept.code).toBe(0);
    const findings = (JSON.parse(kept.stdout) as { findings: { model: string; status: string }[] }).findings;
    expect(findings.find((f) => f.model === 'fal-ai/acme-stickers')!.status).toBe('kept');
    const text = kept.read();
    expect(text).toContain('discount: 5%');
    expect(text).toContain("amount: '0.04'");
    expect(text).not.toContain("amount: '0.05'");

    const again = await lock({ 'genspend.prices.yml': earlier }, WORLD, KEYS, ['--format', 'json']);
    expect(again.code).toBe(0);
    // a locked model keeps built-in rates beside its locked one (Runpod's active rate): still a lock, replaced
    expect(
      (JSON.parse(again.stdout) as { findings: { model: string; status: string }[] }).findings
        .filter((f) => f.status === 'locked')
        .map((f) => f.model),
    ).toEqual(['fal-ai/flux/dev', 'fal-ai/acme-stickers', 'civitai:618692@691639', 'L4']);
    expect(again.read().match(/- id: L4$/gm)).toHaveLength(1);
    expect(again.read()).toContain("amount: '0.02'");
    expect(again.read()).not.toContain("amount: '0.021'");
  });

  it('a refused key stops that provider with a redacted error; the others are still locked', async () => {
    const r = await lock(
      {},
      { ...WORLD, replies: { 'GET /v1/models/pricing': { status: 401, body: { detail: `bad key ${KEYS.FAL_KEY}` } } } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^genspend: fal/m);
    for (const key of Object.values(KEYS)) expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.read()).toContain("amount: '0.72'");
    expect(r.read()).not.toContain('fal-ai/flux/dev');
  });

  it("without keys it says which to set, reads Runware's public prices, and writes nothing when nothing differs", async () => {
    const r = await lock({}, WORLD, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('set FAL_KEY');
    expect(r.stdout).toContain('set RUNPOD_API_KEY');
    expect(r.stdout).toContain('nothing to lock: no file written');
    expect(received.some((q) => q.url.startsWith('/models/'))).toBe(false); // the community model needs model search, not pricing
  });
});

describe('genspend prices lock: progress', () => {
  it('shows one line per provider on a terminal, and none in CI', async () => {
    const dir = mkdtempSync(join(scratch, 'tty-'));
    writeFileSync(join(dir, 'genspend.yml'), MANIFEST);
    const url = await standIn(WORLD);
    const lines = (env: Record<string, string>) => {
      const err: string[] = [];
      const io = {
        cwd: dir,
        env: { ...KEYS, ...standInEnv(url), ...env },
        stdout: { write: () => true },
        stderr: { isTTY: true, write: (s: string) => err.push(s) },
      };
      return main(['prices', 'lock'], io).then((code) => ({ code, err: err.join('') }));
    };
    const tty = await lines({});
    expect(tty.code).toBe(0);
    expect(tty.err).toContain('genspend: fal: reading prices for 3 model(s)...\ngenspend: fal: done\n');
    expect(tty.err).toContain('genspend: runway: skipped (Runway publishes no price API)');
    expect((await lines({ CI: 'true' })).err).toBe('');
  });
});
