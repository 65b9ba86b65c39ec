import { describe, expect, it } from 'vitest';
import { catalogSchemas } from '../catalog/schema.js';
import { defaultCatalog } from '../catalog/default.js';
import { GenspendError } from '../errors.js';
import { exact, money } from '../money.js';
import { estimateWorkload } from './estimate.js';
import type { Attributes, WorkloadSpec } from './types.js';

const { Rate } = catalogSchemas();

const catalog = defaultCatalog();
const location = { file: 'genspend.yml', line: 4 };

function spec(model: string, given: Record<string, number>): WorkloadSpec {
  const attributes: Attributes = {};
  for (const [k, v] of Object.entries(given)) (attributes as Record<string, unknown>)[k] = money(v);
  return { name: 'clips', provider: 'fal', model, attributes, location };
}

describe('allowed values', () => {
  it('a duration the model does not accept is an input error naming the allowed ones', () => {
    let error: unknown;
    try {
      estimateWorkload(spec('fal-ai/minimax/hailuo-2.3/standard/text-to-video', { runs: 1, seconds: 8 }), catalog, 'month');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GenspendError);
    const e = error as GenspendError;
    expect(e.where).toEqual(location);
    expect(e.detail).toEqual({ workload: 'clips', attribute: 'seconds', value: '8', allowed: ['6', '10'] });
    expect(e.format()).toBe(
      'genspend.yml:4: workload "clips": fal.ai fal-ai/minimax/hailuo-2.3/standard/text-to-video does not accept `seconds` 8 (allowed: 6, 10) (fix: write `seconds:` as one of 6, 10)',
    );
  });

  it('an allowed value written differently still matches (6.0 is 6)', () => {
    const r = estimateWorkload(spec('fal-ai/minimax/hailuo-2.3/standard/text-to-video', { runs: 2, seconds: 6.0 }), catalog, 'month');
    expect(r.cost && exact(r.cost)).toBe('0.56');
  });
});

describe('a first block billed flat, then a rate per unit', () => {
  it('bills each request its block, so two 5 s clips are not one 10 s clip', () => {
    const r = estimateWorkload(spec('fal-ai/kling-video/v2.5-turbo/pro/image-to-video', { runs: 2, seconds: 5 }), catalog, 'month');
    expect(r.cost && exact(r.cost)).toBe('0.7');
  });

  it('is refused on a tiered rate, where the block would be ambiguous', () => {
    const parsed = Rate.safeParse({
      unit: 'video_second',
      tiers: [{ amount: '0.07' }],
      included: { quantity: '5', amount: '0.35' },
      source: 'https://fal.ai/pricing',
      checkedAt: '2026-12-01',
      effectiveFrom: '2026-12-01',
      basis: 'published',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('included');
  });
});

describe('fal Serverless runner time', () => {
  it('has no worker types: a `worker` is reported as not changing the price, never billed as flex', () => {
    const s = spec('fal-gpu/H100', { runs: 1, seconds: 2 });
    s.attributes.worker = 'spot';
    const r = estimateWorkload(s, catalog, 'month');
    expect(r.warnings).toContain('`worker` does not change the price of fal-gpu/H100; ignored');
  });

  it('needs setup and keep-alive seconds once the runner wakes up', () => {
    expect(() => estimateWorkload(spec('fal-gpu/H200', { runs: 10, seconds: 3, coldStarts: 2 }), catalog, 'month')).toThrow(
      /needs `setupSeconds`; also missing: `keepAlive`/,
    );
  });
});
