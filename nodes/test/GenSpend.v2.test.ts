import { ATTRIBUTE_NAMES } from '@genspend/core';
import type { IDataObject, ILoadOptionsFunctions, INodeExecutionData, ResourceMapperField } from 'n8n-workflow';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { context, rejection, type Param } from './context';

const node = new GenSpend();
const mapper = (value: IDataObject | null, extra: IDataObject = {}) => ({ mappingMode: 'defineBelow', value, ...extra });

async function run(params: Record<string, Param>, options: { items?: IDataObject[]; version?: number } = {}) {
  const { ctx, hints } = context({
    params: { options: {}, simplify: true, ...params },
    items: options.items,
    version: options.version ?? 2,
  });
  const outputs = await node.execute.call(ctx);
  return { outputs, hints };
}
const genspend = (item: INodeExecutionData | undefined) => item?.json.genspend as IDataObject;
const veo = { provider: 'runway', model: 'veo3.1_fast', jobAttributes: mapper({ seconds: 8, audio: false }) };

afterEach(() => vi.useRealTimers());

describe('GenSpend version 2: output that n8n comparison nodes take', () => {
  it('gives the cost as a number beside its exact text, and only cost, credits, basis and warnings by default', async () => {
    const { outputs } = await run(veo);
    expect(genspend(outputs[0]![0])).toEqual({
      provider: 'runway',
      model: 'veo3.1_fast',
      runs: 1,
      costUsd: 0.8,
      costUsdExact: '0.8',
      credits: 80,
      creditsExact: '80',
      basis: 'published',
      warnings: [],
    });
  });

  it('keeps every digit in the Exact field where the number cannot', async () => {
    const { outputs } = await run({
      provider: 'runware',
      model: 'runware:101@1',
      jobAttributes: mapper({ width: 512, height: 512, steps: 20 }),
    });
    const cost = genspend(outputs[0]![0]);
    expect(cost.costUsdExact).toBe('0.001357142857142857142857142857142857142857');
    expect(cost.costUsd).toBe(Number(cost.costUsdExact));
    expect(typeof cost.costUsd).toBe('number');
  });

  it('adds the line items and assumptions with Simplify Output off', async () => {
    const { outputs } = await run({ ...veo, simplify: false });
    const cost = genspend(outputs[0]![0]);
    expect(cost).toMatchObject({ costUsd: 0.8, costUsdExact: '0.8', credits: 80, creditsExact: '80', runs: 1 });
    expect((cost.lines as IDataObject[])[0]).toMatchObject({ label: expect.any(String), billedQuantity: '8' });
    expect(cost.assumptions).toEqual([]);
  });

  it('gives the total and each provider as numbers with exact text', async () => {
    const { outputs } = await run({ ...veo, options: { total: true } }, { items: [{}, {}, {}] });
    expect(outputs[0]![0]!.json.genspend).toEqual({
      items: 3,
      costUsd: 2.4,
      costUsdExact: '2.4',
      byProvider: { runway: { items: 3, costUsd: 2.4, costUsdExact: '2.4', credits: 240, creditsExact: '240' } },
    });
  });

  it('leaves version 1 as it was: decimal text and the full line items', async () => {
    const { outputs } = await run({ provider: 'runway', model: 'veo3.1_fast', attributes: { seconds: 8, audio: false } }, { version: 1 });
    const cost = genspend(outputs[0]![0]);
    expect(cost).toMatchObject({ runs: '1', costUsd: '0.8', credits: '80' });
    expect(cost).not.toHaveProperty('costUsdExact');
    expect(cost.lines).toHaveLength(1);
  });

  it('refuses a Simplify Output expression that is not true or false', async () => {
    const error = await rejection(run({ ...veo, simplify: 'yes' }));
    expect(error.message).toBe('Item 0: "Simplify Output" must be true or false, got "yes"');
  });
});

describe('GenSpend: warnings as execution hints and in the output', () => {
  it('shows an unverified price as a hint naming the items, and in warnings', async () => {
    const flux = { provider: 'fal', model: 'fal-ai/flux/dev', jobAttributes: mapper({ width: 1536, height: 1024 }) };
    const { outputs, hints } = await run(flux, { items: [{}, {}] });
    const [warning] = genspend(outputs[0]![0]).warnings as string[];
    expect(warning).toMatch(/^unverified price for fal-ai\/flux\/dev: /);
    expect(hints).toEqual([{ message: `Items 0, 1: ${warning}`, type: 'warning', location: 'outputPane' }]);
  });

  it('says a price is modeled, a model retired, and a price stale', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2028-01-01T00:00:00Z'));
    const { hints } = await run({
      provider: 'runware',
      model: 'runware:101@1',
      jobAttributes: mapper({ width: 512, height: 512, steps: 20 }),
    });
    expect(hints.map((h) => h.message)).toEqual([
      'Item 0: modeled price for runware:101@1: scaled from a measured run by pixels and steps, not a listed rate',
      expect.stringMatching(/^Item 0: stale price for runware:101@1: last checked against its source on \d{4}-\d\d-\d\d, \d+ days ago$/),
    ]);
    const retired = await run({ provider: 'runway', model: 'gen4_aleph', jobAttributes: mapper({ seconds: 5 }) });
    expect(genspend(retired.outputs[0]![0]).warnings).toContain('gen4_aleph was retired by Runway API on 2026-06-10; use aleph2');
  });

  it('sums up many distinct notes in one last hint', async () => {
    const models = ['gen4_aleph', 'gen4_turbo', 'gen3a_turbo', 'gen4.5', 'veo3.1_fast', 'veo3', 'aleph2'];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const { ctx, hints } = context({
      params: {
        options: {},
        simplify: true,
        provider: 'runway',
        model: (i: number) => models[i],
        jobAttributes: mapper({ seconds: 8, audio: false }),
      },
      items: models.map(() => ({})),
      version: 2,
      continueOnFail: true,
    });
    await node.execute.call(ctx);
    expect(hints.length).toBeLessThanOrEqual(6);
    expect(hints.at(-1)!.message).toMatch(/^\d+ more note\(s\): see `warnings` in the output$/);
  });
});

const fields = (provider: string, model: string) =>
  node.methods.resourceMapping.getJobAttributes.call({
    getCurrentNodeParameter: (name: string) => ({ provider, model })[name],
  } as unknown as ILoadOptionsFunctions);
const field = (list: ResourceMapperField[], id: string) => list.find((f) => f.id === id);

describe("GenSpend: Job Attributes load the model's own fields", () => {
  it('Veo 3.1 Fast asks for seconds (4, 6 or 8) and audio, and offers no steps', async () => {
    const { fields: list } = await fields('runway', 'veo3.1_fast');
    expect(field(list, 'seconds')).toMatchObject({
      displayName: 'Seconds',
      required: true,
      type: 'options',
      options: [4, 6, 8].map((n) => ({ name: String(n), value: n })),
    });
    expect(field(list, 'audio')).toMatchObject({ required: true, type: 'boolean' });
    expect(field(list, 'format')).toMatchObject({ required: false, type: 'options' });
    expect(field(list, 'runs')).toMatchObject({ displayName: 'Runs', required: false, type: 'number', defaultValue: 1 });
    expect(field(list, 'steps')).toBeUndefined();
    const names = list.map((f) => f.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('a Runware model asks for width, height and steps; a Runpod GPU offers its worker types with the default', async () => {
    const runware = (await fields('runware', 'runware:101@1')).fields.filter((f) => f.required).map((f) => f.id);
    expect(runware.sort()).toEqual(['height', 'steps', 'width']);
    const runpod = (await fields('runpod', 'H100 PRO')).fields;
    expect(field(runpod, 'worker')).toMatchObject({
      type: 'options',
      defaultValue: 'flex',
      options: [
        { name: 'flex', value: 'flex' },
        { name: 'active', value: 'active' },
      ],
    });
    expect(field(runpod, 'width')).toBeUndefined();
  });

  it('asks for a model first, and offers every attribute for a model the catalog does not list', async () => {
    expect(await fields('runway', '')).toEqual({ fields: [], emptyFieldsNotice: 'Choose a model first: its attributes load here' });
    const community = (await fields('runware', 'civitai:4384@128713')).fields;
    expect(community.map((f) => f.id).sort()).toEqual([...ATTRIBUTE_NAMES].sort());
    expect(community.every((f) => !f.required)).toBe(true);
  });

  it('prices what the mapper defines, leaving out fields removed in the editor', async () => {
    const schema = [{ id: 'seconds' }, { id: 'audio' }, { id: 'bitDepth', removed: true }];
    const { outputs } = await run({ ...veo, jobAttributes: mapper({ seconds: 8, audio: false, bitDepth: 12 }, { schema }) });
    expect(genspend(outputs[0]![0]).costUsdExact).toBe('0.8');
    // steps kept from a Runware model chosen before: not this model's field, so neither priced nor warned about
    const kept = await run({ ...veo, jobAttributes: mapper({ seconds: 8, audio: false, steps: 28 }, { schema }) });
    expect(genspend(kept.outputs[0]![0]).warnings).toEqual([]);
    // not removed, bitDepth 12 is read: Runway's bit-depth surcharge then asks for the size
    const error = await rejection(run({ ...veo, jobAttributes: mapper({ seconds: 8, audio: false, bitDepth: 12 }) }));
    expect(error.message).toBe('Item 0: "Width": the Runway API "bit depth" surcharge needs `width`');
  });

  it("maps the item's own attribute keys automatically, and ignores its other keys", async () => {
    const items = [
      { seconds: 4, audio: false, prompt: 'a cat' },
      { seconds: 8, audio: true, prompt: 'a dog' },
    ];
    const { outputs } = await run({ ...veo, jobAttributes: { mappingMode: 'autoMapInputData', value: null } }, { items });
    expect(outputs[0]!.map((o) => genspend(o).costUsdExact)).toEqual(['0.4', '1.2']);
    // the item's other attribute keys are not this model's fields: neither priced nor warned about
    const fal = await run(
      { provider: 'fal', model: 'fal-ai/flux/dev', jobAttributes: { mappingMode: 'autoMapInputData', value: null } },
      { items: [{ width: 1024, height: 1024, seconds: 8, audio: false }] },
    );
    expect(genspend(fal.outputs[0]![0]).costUsdExact).toBe('0.025');
    expect(String(genspend(fal.outputs[0]![0]).warnings)).not.toMatch(/seconds|audio/);
  });

  it('takes an object from an expression as version 1 did, with the same checks', async () => {
    const { outputs } = await run({ ...veo, jobAttributes: { seconds: '6', audio: 'false' } });
    expect(genspend(outputs[0]![0]).costUsdExact).toBe('0.6');
    const error = await rejection(run({ ...veo, jobAttributes: { widht: 1024, seconds: 8, audio: false } }));
    expect(error.message).toBe('Item 0: "Job Attributes": unknown attribute "widht" (did you mean `width`?)');
  });

  it('names a missing attribute by the field the mapper shows', async () => {
    const error = await rejection(run({ ...veo, jobAttributes: mapper({ seconds: 8 }) }));
    expect(error.message).toMatch(/^Item 0: "Audio": Runway API veo3\.1_fast needs `audio`/);
  });
});
