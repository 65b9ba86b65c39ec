import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default.js';
import { lockPrices, renderPriceFile, withLockedModels, type ProviderLive } from './lock.js';
import { parsePriceFile } from './price-file.js';

const catalog = defaultCatalog();
const fal = (unit: string, amount: string): ProviderLive => ({
  sourceOf: (m) => `https://api.fal.ai/v1/models/pricing?endpoint_id=${m}`,
  prices: [{ model: 'fal-ai/flux/dev', unit, amountUsd: amount }],
});
const one = (provider: string, model: string, live: ProviderLive) =>
  lockPrices({ catalog, used: [{ provider, model }], live: { [provider]: live }, fetchedAt: '2026-12-02' });

describe('lockPrices', () => {
  it('never compares prices in different units: a per-image figure against a per-megapixel rate is by hand', () => {
    expect(one('fal', 'fal-ai/flux/dev', fal('image', '0.025')).findings[0]).toMatchObject({ status: 'by-hand' });
    expect(one('fal', 'fal-ai/flux/dev', fal('megapixels', '0.025')).findings[0]).toMatchObject({ status: 'same' });
    // fal's vague "units" is taken as the built-in unit
    expect(one('fal', 'fal-ai/flux/dev', fal('units', '0.025')).findings[0]).toMatchObject({ status: 'same' });
  });

  it('keeps a per-hour price exact: $2.09 per GPU-hour is 2.09 per 3,600 GPU-seconds, not a rounded per-second figure', () => {
    const live: ProviderLive = {
      sourceOf: () => 'https://api.runpod.io/v2/catalog/gpus',
      prices: [{ model: 'NVIDIA L4', unit: 'gpu-hour', amountUsd: '2.09', pool: 'AMPERE_24' }],
    };
    const r = one('runpod', 'L4', live);
    expect(r.findings[0]).toMatchObject({ status: 'locked', live: '$2.09/gpu-hour' });
    const flex = r.models.runpod![0]!.rates.find((x) => x.when.worker === 'flex')!;
    expect([flex.amount, flex.per, flex.basis, flex.checkedAt, flex.source]).toEqual([
      '2.09',
      '3600',
      'account',
      '2026-12-02',
      'https://api.runpod.io/v2/catalog/gpus',
    ]);
    // the active rate is not what the catalog lists: it stays as built in
    expect(r.models.runpod![0]!.rates.find((x) => x.when.worker === 'active')!.basis).toBe('published');
  });

  it('a provider without a price API is skipped with its reason, and the written file parses back', () => {
    const r = lockPrices({
      catalog,
      used: [
        { provider: 'runway', model: 'gen4_turbo' },
        { provider: 'fal', model: 'fal-ai/flux/dev' },
      ],
      live: { fal: fal('megapixels', '0.02') },
      skipped: { runway: 'Runway publishes no price API' },
      fetchedAt: '2026-12-02',
    });
    expect(r.findings.map((f) => f.status)).toEqual(['skipped', 'locked']);
    const text = renderPriceFile(withLockedModels(undefined, r.models), 'https://example.com/prices.schema.json');
    expect(parsePriceFile(text, 'genspend.prices.yml').providers.fal!.models[0]!.rates[0]!.amount).toBe('0.02');
  });
});
