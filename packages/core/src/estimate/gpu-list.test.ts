import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog/catalog.js';
import { checkCatalog } from '../catalog/check.js';
import { defaultCatalog } from '../catalog/default.js';
import { isGenspendError } from '../errors.js';
import { exact, money } from '../money.js';
import { estimateWorkload } from './estimate.js';
import type { Attributes } from './types.js';

const catalog = defaultCatalog();
const runpod = catalog.provider('runpod')!;
const job = (gpu: string, extra: Attributes = {}) =>
  estimateWorkload(
    { name: 'w', provider: 'runpod', model: gpu, attributes: { runs: money(10), seconds: money(1), ...extra } },
    catalog,
    'month',
  );

describe('Runpod GPU names as code and endpoint configs write them', () => {
  // Runpod's pool table (docs.runpod.io/references/gpu-types) and Flash pool list
  const pools: Record<string, string> = {
    AMPERE_16: 'A4000',
    AMPERE_24: 'L4',
    ADA_24: '4090 PRO',
    AMPERE_48: 'A6000',
    ADA_48_PRO: 'L40',
    AMPERE_80: 'A100',
    ADA_80_PRO: 'H100 PRO',
    HOPPER_141: 'H200 PRO',
    BLACKWELL_96: '6000s PRO',
    BLACKWELL_180: 'B200',
  };

  it('every Serverless pool is one model, found by its pool id in any case', () => {
    const withPools = runpod.models.filter((m) => m.pool).map((m) => [m.pool!.id, m.id]);
    expect(Object.fromEntries(withPools)).toEqual(pools);
    for (const [pool, id] of Object.entries(pools)) {
      expect(catalog.model('runpod', pool)?.model.id).toBe(id);
      expect(catalog.model('runpod', pool.toLowerCase())?.model.id).toBe(id);
    }
  });

  it.each([
    ['NVIDIA GeForce RTX 4090', '4090 PRO'],
    ['nvidia geforce rtx 4090', '4090 PRO'],
    ['NVIDIA RTX A4000', 'A4000'],
    ['NVIDIA RTX A4500', 'A4000'],
    ['NVIDIA L4', 'L4'],
    ['NVIDIA RTX A5000', 'L4'],
    ['NVIDIA GeForce RTX 3090', 'L4'],
    ['NVIDIA A40', 'A6000'],
    ['NVIDIA RTX A6000', 'A6000'],
    ['NVIDIA L40', 'L40'],
    ['NVIDIA L40S', 'L40'],
    ['NVIDIA RTX 6000 Ada Generation', 'L40'],
    ['NVIDIA A100 80GB PCIe', 'A100'],
    ['NVIDIA A100-SXM4-80GB', 'A100'],
    ['NVIDIA H100 80GB HBM3', 'H100 PRO'],
    ['NVIDIA H200', 'H200 PRO'],
    ['NVIDIA RTX PRO 6000 Blackwell Server Edition', '6000s PRO'],
    ['NVIDIA B200', 'B200'],
  ])('GPU type %s prices as the %s pool', (name, id) => {
    expect(catalog.model('runpod', name)?.model.id).toBe(id);
  });

  it('a Pods-only GPU is unpriced, says so, and names the pools to pick from', () => {
    const r = job('NVIDIA GeForce RTX 3080');
    expect(r.cost).toBeNull();
    expect(r.unpriced).toBe(
      '`NVIDIA GeForce RTX 3080` is a Pods GPU, not in any Runpod Serverless pool; pick one of: ' +
        'HOPPER_141, ADA_80_PRO, AMPERE_80, BLACKWELL_180, BLACKWELL_96, ADA_48_PRO, AMPERE_48, ADA_24, AMPERE_24, AMPERE_16',
    );
    for (const id of ['AMD Instinct MI300X OAM', 'NVIDIA A30', 'NVIDIA A100-SXM4-40GB', 'nvidia geforce rtx 4080'])
      expect(job(id).unpriced).toContain('is a Pods GPU');
  });

  it('the RTX 5090 pool is known, without a published price', () => {
    expect(job('ADA_32_PRO').unpriced).toBe('no published price for pool ADA_32_PRO (RTX 5090)');
    expect(job('NVIDIA GeForce RTX 5090').unpriced).toBe('no published price for pool ADA_32_PRO (RTX 5090)');
  });

  it('an unknown name is still unknown, with a suggestion', () => {
    expect(job('ADA_42').unpriced).toMatch(/^unknown Runpod Serverless GPU `ADA_42` \(did you mean/);
  });
});

describe('a Runpod GPU fallback list', () => {
  it('prices at the dearest GPU and says which and why', () => {
    // ADA_24: 10 s x $0.00031 = $0.0031; AMPERE_24: 10 s x $0.00019 = $0.0019
    for (const [list, read] of [
      ['AMPERE_24,ADA_24', 'AMPERE_24, ADA_24'],
      ['ADA_24, AMPERE_24', 'ADA_24, AMPERE_24'],
      [' AMPERE_24 , ADA_24 ,', 'AMPERE_24, ADA_24'],
    ] as const) {
      const r = job(list);
      expect(exact(r.cost!)).toBe('0.0031');
      expect(r.model).toBe(list);
      expect(r.assumptions[0]).toBe(
        `gpu: priced at ADA_24 (4090 PRO), the dearest of ${read}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`,
      );
    }
  });

  it('the dearest depends on the worker type when rates differ by it', () => {
    // active: always-on workers, 730 h x 3,600 s = 2,628,000 s; A6000 active $0.00024 vs 4090 PRO $0.00021
    const r = job('ADA_24,AMPERE_48', { worker: 'active', activeWorkers: money(1), runs: money(0) });
    expect(r.assumptions[0]).toMatch(/^gpu: priced at AMPERE_48 \(A6000\)/);
    expect(exact(r.cost!)).toBe('630.72');
  });

  it('gpuPick: first prices the first GPU of the list', () => {
    const r = job('AMPERE_24,ADA_24', { gpuPick: 'first' });
    expect(exact(r.cost!)).toBe('0.0019');
    expect(r.assumptions[0]).toBe('gpu: priced at AMPERE_24 (L4), the first of AMPERE_24, ADA_24 (gpuPick: first)');
    expect(r.warnings).toEqual([]);
  });

  it('gpuPick on one GPU changes nothing and says so', () => {
    expect(job('ADA_24', { gpuPick: 'first' }).warnings).toEqual([
      '`gpuPick` does not change the price of 4090 PRO with `worker: flex`; ignored',
    ]);
  });

  it('only a provider with pools reads a comma as a list', () => {
    const fal = estimateWorkload(
      { name: 'w', provider: 'fal', model: 'fal-ai/flux/dev,fal-ai/flux/schnell', attributes: { runs: money(1) } },
      catalog,
      'month',
    );
    expect(fal.unpriced).toMatch(/^unknown fal\.ai model `fal-ai\/flux\/dev,fal-ai\/flux\/schnell`/);
  });

  it('a GPU in the list that cannot be priced leaves the workload unpriced', () => {
    expect(job('ADA_24,NVIDIA A30').unpriced).toMatch(/^`NVIDIA A30` in the GPU list ADA_24, NVIDIA A30: `NVIDIA A30` is a Pods GPU/);
    expect(job('ADA_24,ADA_32_PRO').unpriced).toBe(
      '`ADA_32_PRO` in the GPU list ADA_24, ADA_32_PRO: no published price for pool ADA_32_PRO (RTX 5090)',
    );
    // 6000s PRO publishes no active-worker rate
    expect(job('ADA_24,BLACKWELL_96', { worker: 'active', activeWorkers: money(1), runs: money(0) }).cost).toBeNull();
  });
});

describe('catalog rules for pools and unpriced names', () => {
  const base = {
    provider: 'acme',
    name: 'Acme',
    currency: 'USD',
    billingSource: 'https://example.com/b',
  } as const;
  const rate = {
    unit: 'gpu_second' as const,
    amount: '1',
    source: 'https://example.com/p',
    checkedAt: '2026-12-01',
    effectiveFrom: '2026-12-01',
    basis: 'published' as const,
  };
  const pool = (id: string) => ({ id, source: 'https://example.com/p', checkedAt: '2026-12-01' });
  const gpu = (id: string, poolId: string) => ({
    id,
    name: id,
    kind: 'gpu' as const,
    aliases: [poolId],
    pool: pool(poolId),
    rates: [rate],
  });
  const names = (ids: string[]) => [
    {
      reason: 'outside-pools' as const,
      name: 'Pods',
      ids,
      source: 'https://example.com/p',
      checkedAt: '2026-12-01',
      verified: false,
      note: 'derived',
    },
  ];

  it('a name cannot be both a model and an unpriced name', () => {
    try {
      buildCatalog([{ ...base, models: [gpu('g1', 'P1')], unpricedNames: names(['p1']) }]);
      expect.unreachable();
    } catch (e) {
      expect(isGenspendError(e) && e.message).toBe('catalog acme: unpriced name `p1` is also a model name or listed twice');
    }
  });

  it('two models with one pool are an error', () => {
    const c = buildCatalog([{ ...base, models: [gpu('g1', 'P1'), { ...gpu('g2', 'P2'), pool: pool('P1') }] }]);
    expect(checkCatalog(c, '2026-12-01')).toEqual([
      {
        level: 'error',
        provider: 'acme',
        path: 'models[1].pool',
        message: "pool P1 is also models[0]'s: one pool has one price; merge the two models",
      },
    ]);
  });

  it('a stale pool or unpriced-name entry is flagged like a stale price', () => {
    const c = buildCatalog([{ ...base, models: [gpu('g1', 'P1')], unpricedNames: names(['x']) }]);
    expect(checkCatalog(c, '2027-06-01').map((f) => f.path)).toEqual([
      'models[0].rates[0] (g1)',
      'models[0].pool (P1)',
      'unpricedNames[0] (Pods)',
    ]);
  });
});
