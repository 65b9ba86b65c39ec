import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../test/fixtures/price-file';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { context, rejection, type Param } from './context';

const node = new GenSpend();
const run = (params: Record<string, Param>) => node.execute.call(context({ params: { attributes: {}, options: {}, ...params } }).ctx);

// the workloads of test/fixtures/price-file.ts's MANIFEST, as node parameters
const thumbs = { provider: 'fal', model: 'fal-ai/flux/dev', attributes: { runs: 1000, width: 1024, height: 1024 } };
const trailer = { provider: 'runway', model: 'gen4.5', attributes: { runs: 10, seconds: 5 } };
const costOf = async (params: Record<string, Param>) => {
  const [[item]] = await run(params);
  return item!.json.genspend as IDataObject;
};

describe('GenSpend: the Price File option', () => {
  it('prices from the built-in catalog without it: the CLI and Action figures', async () => {
    expect((await costOf(thumbs)).costUsd).toBe('25');
    expect((await costOf(trailer)).costUsd).toBe('6');
  });

  it('prices contract rates and a discount from the same text as genspend.prices.yml, naming it on every line', async () => {
    const thumbsCost = await costOf({ ...thumbs, options: { prices: CONTRACT } });
    expect(thumbsCost).toMatchObject({ costUsd: '11', basis: 'contract' });
    expect((thumbsCost.lines as IDataObject[]).map((l) => l.priceSource)).toEqual(['Price File (YAML or JSON)']);
    const trailerCost = await costOf({ ...trailer, options: { prices: CONTRACT } });
    expect(trailerCost.costUsd).toBe('5.4');
    expect((trailerCost.lines as IDataObject[])[0]).toMatchObject({ discount: '10%' });
  });

  it('accepts the same overrides as JSON', async () => {
    const json = JSON.stringify({ version: 1, providers: { fal: { discount: '50%' } } });
    expect((await costOf({ ...thumbs, options: { prices: json } })).costUsd).toBe('12.5');
  });

  it('refuses a bad price file naming the field, the line and the key', async () => {
    const error = await rejection(run({ ...thumbs, options: { prices: CONTRACT.replace("amount: '0.011'", "amount: '-1'") } }));
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toBe(
      'Item 0: "Price File (YAML or JSON)" line 10: providers.fal.models[0].rates[0].amount: expected a non-negative decimal string such as "0.00116", got "-1"',
    );
  });
});
