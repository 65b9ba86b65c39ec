import { describe, expect, it } from 'vitest';
import { defaultCatalog } from './default.js';
import { catalogDrift } from './drift.js';

const catalog = defaultCatalog();
const modelOf = (provider: string, id: string) => {
  const models = catalog.provider(provider)!.models;
  const index = models.findIndex((m) => m.id === id);
  return { model: models[index]!, index };
};

describe('catalogDrift', () => {
  it('matches a live price equal to the catalog rate, and rewrites a single flat rate that drifted exactly', () => {
    const { model, index } = modelOf('fal', 'fal-ai/flux/schnell'); // $0.003 per megapixel
    const at = (amountUsd: string) => catalogDrift('fal', model, index, [{ model: model.id, unit: 'megapixels', amountUsd }]);
    expect(at('0.003')).toMatchObject({ status: 'match', checked: { model: index, rates: [0] } });
    expect(at('0.0035')).toMatchObject({ status: 'drift', write: { model: index, rate: 0, amount: '0.0035' } });
    expect(catalogDrift('fal', model, index, [])).toMatchObject({ status: 'missing', note: 'no live price published for this id' });
  });

  it("converts Runpod's per-GPU-hour price to the catalog's per-GPU-second, by name", () => {
    const { model, index } = modelOf('runpod', 'H200 PRO'); // $0.00155 flex, $0.00124 active per GPU-second
    // $5.58 per GPU-hour = $0.00155 per GPU-second: a match
    expect(
      catalogDrift('runpod', model, index, [{ model: 'NVIDIA H200', name: 'H200 PRO', unit: 'gpu-hour', amountUsd: '5.58' }]).status,
    ).toBe('match');
    // two rates: drift is reported, never rewritten
    const drift = catalogDrift('runpod', model, index, [{ model: 'H200 PRO', unit: 'gpu-hour', amountUsd: '6' }]);
    expect(drift).toMatchObject({ status: 'drift', note: 'several rates or live prices: update by hand' });
    expect(drift.write).toBeUndefined();
  });
});
