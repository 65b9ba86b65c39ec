import { exact, money, sum } from '@genspend/core';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import dataset from '../../test/fixtures/estimates.json';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { context, rejection, type Param } from './context';

interface Case {
  name: string;
  period?: string;
  workload: Record<string, string | boolean>;
  expected: { cost: string; credits?: string; basis: string; lines?: { label: string; billedQuantity: string; amount: string }[] };
}

const node = new GenSpend();
const run = (params: Record<string, Param>, items?: IDataObject[], continueOnFail = false) =>
  node.execute.call(context({ params: { attributes: {}, options: {}, ...params }, items, continueOnFail }).ctx);
const genspend = (item: INodeExecutionData | undefined) => item?.json.genspend as IDataObject;

/** A fixture workload as node parameters: the attributes as the item's JSON would give them (strings, booleans). */
function paramsOf(c: Case): Record<string, Param> {
  const { provider, model, gpu, ...attributes } = c.workload;
  return { provider, model: gpu ?? model, attributes, options: c.period ? { period: c.period } : {} };
}

describe('GenSpend: the shared hand-worked dataset', () => {
  for (const c of dataset.cases as Case[]) {
    it(c.name, async () => {
      const [[item]] = await run(paramsOf(c));
      const cost = genspend(item);
      expect(cost.costUsd).toBe(c.expected.cost);
      expect(cost.basis).toBe(c.expected.basis);
      expect(cost.credits).toBe(c.expected.credits);
      if (c.expected.lines) {
        const lines = cost.lines as IDataObject[];
        expect(lines.map((l) => ({ label: l.label, billedQuantity: l.billedQuantity, amount: l.amount }))).toEqual(c.expected.lines);
      }
    });
  }
});

describe('GenSpend: retired models', () => {
  it('prices a retired model at its last rate and says when it was retired and what replaces it', async () => {
    const [[item]] = await run({ provider: 'runway', model: 'gen4_aleph', attributes: { runs: '2', seconds: '5' } });
    expect(genspend(item)).toMatchObject({ costUsd: '1.5', credits: '150' });
    expect(genspend(item).warnings).toEqual(['gen4_aleph was retired by Runway API on 2026-06-10; use aleph2']);
  });
});

describe('GenSpend: items', () => {
  const flux = { provider: 'runware', model: 'runware:101@1' };

  it('adds the estimate to each item, keeps its data and pairs it with its input', async () => {
    const [out] = await run({ ...flux, attributes: { width: 1024, height: 1024, steps: 28 } }, [{ prompt: 'a cat' }, { prompt: 'a dog' }]);
    expect(out).toHaveLength(2);
    expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(out[1]!.json.prompt).toBe('a dog');
    // the measured run at 1024x1024, 28 steps is Runware's published $0.0038
    expect(genspend(out[0])).toMatchObject({
      provider: 'runware',
      model: 'runware:101@1',
      runs: '1',
      costUsd: '0.0038',
      basis: 'measured',
    });
  });

  it('reads parameters per item, as expressions over the item give them', async () => {
    const steps = [14, 28, '56'];
    const [out] = await run({ ...flux, attributes: (i: number) => ({ width: 1024, height: 1024, steps: steps[i] }) }, [{}, {}, {}]);
    // cost scales with steps from the measured 28-step run: 14 -> half, 56 -> double
    expect(out.map((o) => genspend(o).costUsd)).toEqual(['0.0019', '0.0038', '0.0076']);
  });

  it('takes decimals exactly as given: 2.3 s on Runpod is billed 3 s', async () => {
    const [[item]] = await run({ provider: 'runpod', model: 'H100 PRO', attributes: { seconds: 2.3 } });
    expect(genspend(item)).toMatchObject({ costUsd: '0.00348' });
    expect((genspend(item).lines as IDataObject[])[0]).toMatchObject({ quantity: '2.3', billedQuantity: '3' });
  });

  it('gives Runway costs in credits too', async () => {
    const [[item]] = await run({ provider: 'runway', model: 'gen4.5', attributes: { seconds: 10 } });
    expect(genspend(item)).toMatchObject({ credits: '120', costUsd: '1.2' });
  });
});

describe('GenSpend: Max Cost per Item', () => {
  const veo = (seconds: number[]) =>
    run(
      {
        provider: 'runway',
        model: 'veo3.1_fast',
        attributes: (i: number) => ({ seconds: seconds[i], audio: false }),
        options: { maxCostPerItem: 0.6 },
      },
      seconds.map(() => ({})),
    );

  it('routes each item to Within Budget or Over Budget, in order', async () => {
    // 10 credits a second = $0.10 (veo3.1_fast takes 4, 6 or 8 s): 4 s = $0.40, 8 s = $0.80, 6 s = $0.60 (at the limit is within)
    const [within, over] = await veo([4, 8, 6]);
    expect(within!.map((o) => [o.pairedItem, genspend(o).costUsd])).toEqual([
      [{ item: 0 }, '0.4'],
      [{ item: 2 }, '0.6'],
    ]);
    expect(over!.map((o) => [o.pairedItem, genspend(o).costUsd])).toEqual([[{ item: 1 }, '0.8']]);
  });

  it('has one output without the option', async () => {
    const outputs = await run({ provider: 'runway', model: 'gen4.5', attributes: { seconds: 5 } });
    expect(outputs).toHaveLength(1);
  });

  it('rejects a maximum that is not a number of dollars', async () => {
    const error = await rejection(
      run({ provider: 'runway', model: 'gen4.5', attributes: { seconds: 5 }, options: { maxCostPerItem: 'cheap' } }),
    );
    expect(error.message).toContain('"Max Cost per Item (USD)" must be a number');
  });
});

describe('GenSpend: Output Total', () => {
  it('outputs one item with the sum and the sum per provider, paired with every input', async () => {
    const jobs = [
      { provider: 'runway', model: 'gen4.5', attributes: { seconds: 10 } },
      { provider: 'runpod', model: 'H100 PRO', attributes: { seconds: 2.3 } },
      { provider: 'runway', model: 'gen4_turbo', attributes: { seconds: 5 } },
    ];
    const perItem = {
      provider: (i: number) => jobs[i]!.provider,
      model: (i: number) => jobs[i]!.model,
      attributes: (i: number) => jobs[i]!.attributes,
    };
    const [items] = await run(perItem, [{}, {}, {}]);
    const [[total], extra] = await run({ ...perItem, options: { total: true } }, [{}, {}, {}]);
    expect(extra).toBeUndefined();
    const expected = exact(sum(items!.map((o) => money(genspend(o).costUsd as string))));
    expect(total!.json.genspend).toEqual({
      items: 3,
      costUsd: expected,
      byProvider: {
        runpod: { items: 1, costUsd: '0.00348' },
        runway: { items: 2, costUsd: '1.45', credits: '145' },
      },
    });
    expect(total!.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
  });

  it('totals each output apart when routing by budget', async () => {
    const [[within], [over]] = await run(
      {
        provider: 'runway',
        model: 'gen4.5',
        attributes: (i: number) => ({ seconds: [2, 10, 3][i] }),
        options: { maxCostPerItem: 0.5, total: true },
      },
      [{}, {}, {}],
    );
    expect(within!.json.genspend).toMatchObject({ items: 2, costUsd: '0.6' });
    expect(over!.json.genspend).toMatchObject({ items: 1, costUsd: '1.2' });
  });
});

describe('GenSpend: bad input', () => {
  it('names the item and suggests the model on an unknown model', async () => {
    const error = await rejection(
      run({ provider: 'runway', model: (i: number) => ['gen4.5', 'gen4.6'][i], attributes: { seconds: 5 } }, [{}, {}]),
    );
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toMatch(
      /^Item 1: "Model Name or ID": cannot price: unknown Runway API model `gen4\.6` \(did you mean `gen4\.5`\?\)/,
    );
    expect((error as unknown as NodeOperationError).context.itemIndex).toBe(1);
  });

  it('names the missing attribute as the node shows it, with how to fix it', async () => {
    const error = await rejection(run({ provider: 'runway', model: 'gen4_image', attributes: {} }));
    expect(error.message).toBe('Item 0: "Resolution": Runway API gen4_image needs `resolution` (one of: 720p, 1080p)');
    expect(error.description).toBe('Fix: add "Resolution" under "Job Attributes", or map it from the item with an expression');
  });

  it('checks values against the core bounds', async () => {
    const error = await rejection(run({ provider: 'runware', model: 'runware:101@1', attributes: { width: -5, height: 1024, steps: 28 } }));
    expect(error.message).toBe('Item 0: "Width": expected a whole number from 1 to 100000, got -5');
  });

  it('refuses an item without a model', async () => {
    const error = await rejection(run({ provider: 'runpod', model: '' }));
    expect(error.message).toBe('Item 0: "Model Name or ID": no GPU given');
  });

  it('with Continue On Fail, puts an error item on the last output and prices the rest', async () => {
    const models = ['gen4.5', 'nope', 'gen4_turbo'];
    const [within, over] = await run(
      { provider: 'runway', model: (i: number) => models[i], attributes: { seconds: 2 }, options: { maxCostPerItem: 1 } },
      [{ n: 0 }, { n: 1 }, { n: 2 }],
      true,
    );
    expect(within!.map((o) => [o.pairedItem, genspend(o).costUsd])).toEqual([
      [{ item: 0 }, '0.24'],
      [{ item: 2 }, '0.1'],
    ]);
    expect(over).toHaveLength(1);
    expect(over![0]!.pairedItem).toEqual({ item: 1 });
    expect(over![0]!.json).toMatchObject({
      n: 1,
      error: expect.stringMatching(/^Item 1: "Model Name or ID": cannot price: unknown Runway API model `nope`/),
    });
  });
});

describe('GenSpend: Period', () => {
  const active = { provider: 'runpod', model: 'H100 PRO', attributes: { worker: 'active', activeWorkers: 1 } };

  it('prices always-on workers for the period chosen, a month when it is left out', async () => {
    const cost = async (options: IDataObject) => genspend((await run({ ...active, options }))[0]![0]).costUsd;
    const [day, week, month] = [await cost({ period: 'day' }), await cost({ period: 'week' }), await cost({ period: 'month' })];
    expect(
      money(week as string)
        .dividedBy(day as string)
        .toString(),
    ).toBe('7');
    expect(await cost({})).toBe(month);
  });

  it('refuses a period outside day, week and month, naming the field and the values it takes', async () => {
    for (const [period, shown] of [
      ['year', '"year"'],
      ['Month', '"Month"'],
      ['', '""'],
      [30, '30'],
      [null, 'null'],
    ] as const) {
      const error = await rejection(run({ ...active, options: { period } }));
      expect(error).toBeInstanceOf(NodeOperationError);
      expect(error.message).toBe(`Item 0: "Period" must be one of day, week, month, got ${shown}`);
      expect(error.description).toBe('Fix: choose a "Period" under "Options", or make its expression give one of day, week, month');
      expect((error as unknown as NodeOperationError).context.itemIndex).toBe(0);
    }
  });

  it('checks the period of each item, also for jobs it does not change', async () => {
    const periods = ['week', 'fortnight'];
    const error = await rejection(
      run({ provider: 'runway', model: 'gen4.5', attributes: { seconds: 5 }, options: (i: number) => ({ period: periods[i] }) }, [{}, {}]),
    );
    expect(error.message).toBe('Item 1: "Period" must be one of day, week, month, got "fortnight"');
  });
});

describe('GenSpend: Continue On Fail keeps the input order', () => {
  // items [ok, bad, ok, bad]: 2 s of gen4.5 costs $0.24, 10 s $1.20
  const jobs = [
    { model: 'gen4.5', seconds: 2 },
    { model: 'nope', seconds: 2 },
    { model: 'gen4.5', seconds: 10 },
    { model: 'gen4.5', seconds: -1 },
  ];
  const params = {
    provider: 'runway',
    model: (i: number) => jobs[i]!.model,
    attributes: (i: number) => ({ seconds: jobs[i]!.seconds }),
  };
  const items = jobs.map((_, n) => ({ n }));
  const shape = (out: INodeExecutionData[] | undefined) =>
    out!.map((o) => [o.pairedItem, o.json.n, o.json.error === undefined ? genspend(o).costUsd : 'error']);

  it('with one output, error items sit where their inputs were', async () => {
    const [out] = await run(params, items, true);
    expect(shape(out)).toEqual([
      [{ item: 0 }, 0, '0.24'],
      [{ item: 1 }, 1, 'error'],
      [{ item: 2 }, 2, '1.2'],
      [{ item: 3 }, 3, 'error'],
    ]);
    expect(out![3]!.json.error).toBe('Item 3: "Seconds": expected a number from 0 to 1e7, got -1');
  });

  it('routed by Max Cost per Item, Over Budget holds the over-budget and the error items in input order', async () => {
    const [within, over] = await run({ ...params, options: { maxCostPerItem: 1 } }, items, true);
    expect(shape(within)).toEqual([[{ item: 0 }, 0, '0.24']]);
    expect(shape(over)).toEqual([
      [{ item: 1 }, 1, 'error'],
      [{ item: 2 }, 2, '1.2'],
      [{ item: 3 }, 3, 'error'],
    ]);
  });

  it('with Output Total, the error items come before the total, in input order', async () => {
    const [out] = await run({ ...params, options: { total: true } }, items, true);
    expect(out!.map((o) => o.pairedItem)).toEqual([{ item: 1 }, { item: 3 }, [{ item: 0 }, { item: 2 }]]);
    expect(genspend(out![2])).toMatchObject({ items: 2, costUsd: '1.44' });
  });
});

describe('GenSpend: model list', () => {
  const models = (provider: string) => {
    const field = node.description.properties.find((p) => p.name === 'model' && p.displayOptions?.show?.provider?.includes(provider));
    return (field?.options ?? []) as Array<{ name: string; value: string }>;
  };

  it("one Model field per provider, each listing that provider's catalog models", () => {
    expect(models('runpod').map((o) => o.value)).toContain('H100 PRO');
    expect(models('runware').map((o) => o.value)).toContain('runware:101@1');
    expect(models('runware').map((o) => o.value)).not.toContain('H100 PRO');
    for (const provider of ['fal', 'runpod', 'runware', 'runway']) {
      const names = models(provider).map((o) => o.name);
      expect(names.length, provider).toBeGreaterThan(3);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    }
  });

  it('shows the id once, and only when the name does not already say it', () => {
    const names = new Map(models('runpod').map((o) => [o.value, o.name]));
    expect(names.get('6000s PRO')).toBe('RTX PRO 6000 (6000s PRO)');
    expect(names.get('A100')).toBe('A100 (80 GB)');
    expect(new Map(models('runware').map((o) => [o.value, o.name])).get('runware:101@1')).toBe('FLUX.1 [dev] (runware:101@1)');
    for (const provider of ['fal', 'runpod', 'runware', 'runway'])
      for (const { name, value } of models(provider)) expect(name.split(`(${value})`).length - 1, name).toBeLessThanOrEqual(1);
  });

  it('marks a Runpod network volume as storage, not a GPU', () => {
    const volume = models('runpod').find((o) => o.value === 'network-volume');
    expect(volume?.name).toBe('Network volume (network-volume): storage, not a GPU');
  });
});
