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

  it("converts Runpod's per-GPU-hour price to the catalog's per-GPU-second, by pool", () => {
    const { model, index } = modelOf('runpod', 'H200 PRO'); // pool HOPPER_141: $0.00155 flex, $0.00124 active per GPU-second
    const gpu = (amountUsd: string, pool: string | null = 'HOPPER_141') => ({ model: 'NVIDIA H200', unit: 'gpu-hour', amountUsd, pool });
    // $5.58 per GPU-hour = $0.00155 per GPU-second: a match
    expect(catalogDrift('runpod', model, index, [gpu('5.58')]).status).toBe('match');
    // two rates: drift is reported, never rewritten
    const drift = catalogDrift('runpod', model, index, [gpu('6')]);
    expect(drift).toMatchObject({ status: 'drift', note: 'several rates or live prices: update by hand' });
    expect(drift.write).toBeUndefined();
    // the GPU's own id names the model, but a GPU in no pool is not Serverless
    expect(catalogDrift('runpod', model, index, [gpu('6', null)])).toMatchObject({ status: 'missing', live: [] });
  });

  it("takes a pooled model's price from its pool, once, and names GPUs that disagree", () => {
    const { model, index } = modelOf('runpod', '4090 PRO'); // pool ADA_24, $0.00031 flex = $1.116 an hour
    const gpu = (id: string, amountUsd: string) => ({ model: id, unit: 'gpu-hour', amountUsd, pool: 'ADA_24' });
    // a GPU type the aliases do not list still prices as its pool
    const agree = catalogDrift('runpod', model, index, [gpu('NVIDIA GeForce RTX 4090', '1.116'), gpu('NVIDIA RTX 4000 Ada', '1.116')]);
    expect(agree).toMatchObject({ status: 'match', live: ['$1.116/gpu-hour (pool ADA_24: NVIDIA GeForce RTX 4090, NVIDIA RTX 4000 Ada)'] });
    const split = catalogDrift('runpod', model, index, [gpu('NVIDIA GeForce RTX 4090', '1.116'), gpu('NVIDIA RTX 4000 Ada', '1.2')]);
    expect(split).toMatchObject({
      status: 'drift',
      note: 'live GPUs in pool ADA_24 disagree on the price: NVIDIA GeForce RTX 4090 $1.116/gpu-hour, NVIDIA RTX 4000 Ada $1.2/gpu-hour: update by hand',
    });
    expect(split.checked).toBeUndefined();
  });
});
