import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { money } from '../money.js';
import { estimateWorkload } from './estimate.js';
import { unpricedNameReason } from './gpu-list.js';

const catalog = defaultCatalog();
const job = (model: string) =>
  estimateWorkload({ name: 'w', provider: 'fal', model, attributes: { runs: money(3), seconds: money(8) } }, catalog, 'month');

// fal has no GPU pools: its known-unpriced names are endpoints, and the reason must say so
describe('fal names the catalog knows without a price', () => {
  it('an app id that fits several endpoints names them instead of a GPU', () => {
    const result = job('fal-ai/sora-2');
    expect(result.cost).toBeNull();
    expect(result.unpriced).toBe(
      '`fal-ai/sora-2` does not say which endpoint (Sora 2, text or image to video, standard or pro); write one of: ' +
        '`fal-ai/sora-2/text-to-video`, `fal-ai/sora-2/image-to-video`, `fal-ai/sora-2/text-to-video/pro`',
    );
  });

  it('a compute-billed endpoint whose rate fal does not publish is unpriced by its id, not a pool', () => {
    expect(job('fal-ai/stable-audio').unpriced).toBe(
      'no published price for `fal-ai/stable-audio` (Stable Audio Open, billed per compute second)',
    );
    expect(job('fal-ai/whisper').unpriced).toBe('no published price for `fal-ai/whisper` (Whisper, billed per compute second)');
  });

  it('every endpoint an ambiguous name points to is a priced model', () => {
    const fal = catalog.provider('fal')!;
    for (const entry of fal.unpricedNames.filter((e) => e.reason === 'ambiguous'))
      for (const id of entry.instead ?? []) expect(catalog.model('fal', id), id).toBeDefined();
  });

  it('a name fal does not offer says so, without a list of GPU pools', () => {
    const fal = catalog.provider('fal')!;
    expect(
      unpricedNameReason('fal-ai/old', { id: 'fal-ai/old', name: 'an endpoint fal removed', reason: 'not-offered' } as never, fal),
    ).toBe('`fal-ai/old` is not offered by fal.ai (an endpoint fal removed)');
    expect(
      unpricedNameReason('fal-ai/old', { id: 'fal-ai/old', name: 'renamed', reason: 'not-offered', instead: ['fal-ai/new'] } as never, fal),
    ).toBe('`fal-ai/old` is not offered by fal.ai (renamed); use `fal-ai/new`');
  });
});
