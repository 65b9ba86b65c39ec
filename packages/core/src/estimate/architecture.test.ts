import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog/catalog.js';
import { checkCatalog } from '../catalog/check.js';
import { isGenspendError } from '../errors.js';
import { exact, money } from '../money.js';
import { estimateWorkload } from './estimate.js';
import type { Attributes } from './types.js';

// A catalog with one priced architecture and one community model a source states is of it.
const measured = {
  unit: 'image' as const,
  measured: [{ width: 1024, height: 1024, steps: 28, amount: '0.0038' }],
  source: 'https://example.com/flux-dev',
  checkedAt: '2026-12-01',
  effectiveFrom: '2026-12-01',
  basis: 'measured' as const,
};
const base = {
  provider: 'hosted',
  name: 'Hosted',
  currency: 'USD' as const,
  billingSource: 'https://example.com/b',
  models: [{ id: 'partner:1@1', name: 'Partner', kind: 'image' as const, rates: [{ ...measured, measured: undefined, amount: '0.05' }] }],
  communitySources: ['civitai'],
  architectures: [
    {
      id: 'flux1-dev' as const,
      name: 'FLUX.1 [dev] architecture',
      rates: [measured],
      models: [{ id: 'civitai:1@2', name: 'Known Flux', source: 'https://example.com/civitai-1', checkedAt: '2026-12-01' }],
    },
  ],
};
const catalog = buildCatalog([base]);
const job = (model: string, extra: Attributes = {}) =>
  estimateWorkload(
    {
      name: 'w',
      provider: 'hosted',
      model,
      attributes: { runs: money(10), width: money(1024), height: money(1024), steps: money(28), ...extra },
    },
    catalog,
    'month',
  );

describe('community models priced by architecture', () => {
  it('an unknown community AIR with `architecture:` prices at that architecture and says so', () => {
    const e = job('civitai:9@9', { architecture: 'flux1-dev' });
    expect(e.unpriced).toBeUndefined();
    expect(e.cost && exact(e.cost)).toBe('0.038');
    expect(e.architecture).toBe('flux1-dev');
    expect(e.assumptions).toContain(
      'architecture: priced as FLUX.1 [dev] architecture (`flux1-dev`) from `architecture: flux1-dev` in the workload',
    );
    expect(e.warnings).toEqual([]);
  });

  it('a community AIR the catalog lists prices at its stated architecture, naming the source', () => {
    const e = job('civitai:1@2');
    expect(e.cost && exact(e.cost)).toBe('0.038');
    expect(e.assumptions[0]).toContain('the catalog lists Known Flux as flux1-dev (https://example.com/civitai-1)');
    const disagree = job('civitai:1@2', { architecture: 'sdxl' });
    expect(disagree.cost && exact(disagree.cost)).toBe('0.038');
    expect(disagree.warnings).toEqual([
      '`architecture: sdxl` ignored: the catalog lists civitai:1@2 as flux1-dev (https://example.com/civitai-1)',
    ]);
  });

  it('without `architecture:` a community AIR stays unpriced and says how to price it', () => {
    expect(job('civitai:9@9').unpriced).toBe(
      "Hosted community model `civitai:9@9` is billed by its architecture: add `architecture:` (one of sd1.5, sdxl, sd3, flux1-dev, flux1-schnell) to price it from Hosted's measured runs",
    );
    expect(job('other:9@9').unpriced).toMatch(/^unknown Hosted model `other:9@9`.*; if it is a community model, add `architecture:`/);
  });

  it('an architecture the catalog has no measured runs for is unpriced, naming the priced ones', () => {
    expect(job('civitai:9@9', { architecture: 'sdxl' }).unpriced).toBe(
      'no Hosted price for architecture `sdxl` yet (the catalog prices flux1-dev)',
    );
  });

  it('`architecture:` on a model the catalog prices itself changes nothing and is reported as ignored', () => {
    const e = job('partner:1@1', { architecture: 'sdxl' });
    expect(e.cost && exact(e.cost)).toBe('0.5');
    expect(e.warnings.some((w) => w.startsWith('`architecture` does not change the price of partner:1@1'))).toBe(true);
  });

  it('a community model listed twice, or also as a model, is a catalog error', () => {
    const [flux] = base.architectures;
    const twice = { ...base, architectures: [{ ...flux!, models: [...flux!.models, ...flux!.models] }] };
    try {
      buildCatalog([twice]);
      expect.unreachable();
    } catch (e) {
      expect(isGenspendError(e) && e.message).toBe('catalog hosted: community model `civitai:1@2` is also a model name or listed twice');
    }
  });

  it('stale architecture rates and community entries are flagged like any price', () => {
    expect(
      checkCatalog(catalog, '2027-06-01')
        .map((f) => f.path)
        .filter((p) => p.startsWith('architectures')),
    ).toEqual(['architectures[0].rates[0] (flux1-dev)', 'architectures[0].models[0] (civitai:1@2)']);
  });
});
