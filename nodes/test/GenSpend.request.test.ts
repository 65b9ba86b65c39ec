import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { context, rejection, type Param } from './context';

// "Job From: Provider Request": the body an HTTP Request node is about to send, priced by the
// core's quoteRequest. The bodies are the request examples of the providers' docs and SDK
// READMEs (the core's quote fixtures); each price is worked by hand from the catalog's rates.

const node = new GenSpend();

async function run(params: Record<string, Param>, options: { items?: IDataObject[]; continueOnFail?: boolean } = {}) {
  const { ctx, hints } = context({
    params: { options: {}, simplify: true, jobFrom: 'request', given: {}, ...params },
    items: options.items,
    version: 2,
    continueOnFail: options.continueOnFail,
  });
  const outputs = await node.execute.call(ctx);
  return { outputs, hints };
}
const genspend = (item: INodeExecutionData | undefined) => item?.json.genspend as IDataObject;

// fal's FLUX.1 [dev] page, the client's subscribe example: image_size defaults to landscape_4_3 = 1024x768
// = 0.75 MP, billed 1 MP (rounded up per image) x $0.025 x num_images 1 = $0.025
const fluxBody = {
  input: { prompt: 'Extreme close-up of a single tiger eye, direct frontal view.' },
  logs: true,
};
const flux = { provider: 'fal', model: 'fal-ai/flux/dev', requestBody: fluxBody };
// fal's Veo 3 page: duration "8s" with audio = 8 s x $0.40 = $3.20
const veo3Body = {
  prompt: 'A casual street interview on a busy New York City sidewalk in the afternoon.',
  aspect_ratio: '16:9',
  duration: '8s',
  enhance_prompt: true,
  auto_fix: true,
  resolution: '720p',
  generate_audio: true,
};
// Runway's SDK README: gen4_turbo image to video without duration = its default 10 s x 5 credits = 50 credits = $0.50
const runwayBody = {
  model: 'gen4_turbo',
  promptImage: 'https://example.com/assets/bunny.jpg',
  ratio: '1280:720',
  promptText: 'The bunny is eating a carrot',
};
// Runware FLUX.1 [dev] tasks (runware:101@1, compute-billed): the measured run at 1024x1024, 28 steps is $0.0038 per image
const runwareTask = (extra: IDataObject) => ({
  taskType: 'imageInference',
  taskUUID: '3f1c2b8e-8a4d-4c1e-9f7a-2d5b6c7e8f90',
  model: 'runware:101@1',
  positivePrompt: 'a photograph of an astronaut riding a horse',
  width: 1024,
  height: 1024,
  includeCost: true,
  ...extra,
});
// Runpod's execution-policies example on ADA_24 ($0.00031 per flex GPU second): 2.3 s billed 3 s = $0.00093;
// at its 900,000 ms timeout 900 s x $0.00031 = $0.279
const runpodBody = { input: { prompt: 'Your input here' }, policy: { executionTimeout: 900000, lowPriority: false, ttl: 3600000 } };
const runpod = { provider: 'runpod', model: 'ADA_24', expectedSeconds: 2.3, workerType: 'flex', requestBody: runpodBody };

describe('GenSpend, Job From: Provider Request', () => {
  it('prices a fal input as the simplified output of the attributes path', async () => {
    const { outputs } = await run(flux, { items: [{ id: 7 }] });
    expect(outputs).toHaveLength(1);
    const item = outputs[0]![0]!;
    expect(item.json.id).toBe(7);
    expect(item.pairedItem).toEqual({ item: 0 });
    expect(genspend(item)).toEqual({
      provider: 'fal',
      model: 'fal-ai/flux/dev',
      runs: 1,
      costUsd: 0.025,
      costUsdExact: '0.025',
      basis: 'published',
      warnings: [expect.stringMatching(/^unverified price for fal-ai\/flux\/dev: /)],
    });
  });

  it('gives the same figures as the attributes path for the same job', async () => {
    const quoted = genspend((await run(flux)).outputs[0]![0]);
    const { ctx } = context({
      params: {
        options: {},
        simplify: true,
        provider: 'fal',
        model: 'fal-ai/flux/dev',
        jobAttributes: { mappingMode: 'defineBelow', value: { width: 1024, height: 768, results: 1 } },
      },
      version: 2,
    });
    const estimated = (await node.execute.call(ctx))[0]![0]!.json.genspend;
    expect(quoted).toEqual(estimated);
  });

  it('takes the body as JSON text too, as typed in the field', async () => {
    // landscape_16_9 = 1024x576 = 0.5625 MP, billed 1 MP x $0.025 x 2 images = $0.05
    const { outputs } = await run({ ...flux, requestBody: '{"prompt": "a cat", "image_size": "landscape_16_9", "num_images": 2}' });
    expect(genspend(outputs[0]![0])).toMatchObject({ costUsd: 0.05, costUsdExact: '0.05' });
  });

  it('prices a Runway create body in credits and USD, the endpoint from its field', async () => {
    const { outputs } = await run({ provider: 'runway', endpoint: 'image_to_video', requestBody: runwayBody });
    expect(genspend(outputs[0]![0])).toEqual({
      provider: 'runway',
      model: 'gen4_turbo',
      runs: 1,
      costUsd: 0.5,
      costUsdExact: '0.5',
      credits: 50,
      creditsExact: '50',
      basis: 'published',
      warnings: [],
    });
  });

  it('adds what it read, assumed and ignored with Simplify Output off', async () => {
    const { outputs } = await run({ provider: 'runway', endpoint: 'image_to_video', requestBody: runwayBody, simplify: false });
    const cost = genspend(outputs[0]![0]);
    expect(cost).toMatchObject({ costUsdExact: '0.5', creditsExact: '50' });
    expect(cost.read).toEqual(['model', 'ratio']);
    expect(cost.assumed).toEqual([expect.objectContaining({ field: 'duration', value: '10' })]);
    expect(cost.ignored).toEqual(expect.arrayContaining(['promptImage', 'promptText']));
    expect((cost.lines as IDataObject[])[0]).toMatchObject({ billedQuantity: '10', amount: '50', amountUsd: '0.5' });
  });

  it('prices a Runware task array as one item: the sum of its tasks', async () => {
    // task 0: 30 steps scale the measured run by 30/28: $0.0038 x 30 / 28 = $0.00407142857142857142857142857142857142857 (40 digits)
    // task 1: 28 steps, 2 results: $0.0038 x 2 = $0.0076; together $0.011671428571428571428571428571428571428571
    const body = [
      runwareTask({ steps: 30 }),
      runwareTask({ taskUUID: 'b770f077-f413-47de-9dac-be0b26a35da6', steps: 28, numberResults: 2 }),
    ];
    const { outputs, hints } = await run({ provider: 'runware', requestBody: body, simplify: false });
    const cost = genspend(outputs[0]![0]);
    expect(cost).toMatchObject({
      provider: 'runware',
      model: 'runware:101@1',
      runs: 2,
      costUsdExact: '0.011671428571428571428571428571428571428571',
      basis: 'modeled',
    });
    expect(cost.lines).toHaveLength(2);
    expect(cost.read).toEqual(expect.arrayContaining(['[0].steps', '[1].numberResults']));
    expect(cost.ignored).toEqual(expect.arrayContaining(['[0].positivePrompt', '[1].includeCost']));
    // the note says which task it is about
    expect(hints.map((h) => h.message)).toContain(
      'Item 0: [0] imageInference runware:101@1: modeled price for runware:101@1: scaled from a measured run by pixels and steps, not a listed rate',
    );
  });

  it('prices a Runpod job on the GPU with the expected seconds, and gives the most it can bill', async () => {
    const { outputs } = await run({ ...runpod, simplify: false });
    const cost = genspend(outputs[0]![0]);
    expect(cost).toMatchObject({ provider: 'runpod', model: 'ADA_24', costUsd: 0.00093, costUsdExact: '0.00093' });
    expect(cost.atMost).toEqual({ seconds: 900, costUsd: 0.279, costUsdExact: '0.279' });
    expect(cost.read).toContain('policy.executionTimeout');
  });

  it('takes what the body cannot carry under "Not in the Request"', async () => {
    // Runway voice isolation of 13 s of audio: billed in 6 s blocks = 18 s = 3 blocks x 1 credit = 3 credits = $0.03
    const body = { audioUri: 'https://example.com/audio.mp3', model: 'eleven_voice_isolation' };
    const { outputs } = await run({ provider: 'runway', endpoint: 'voice_isolation', requestBody: body, given: { seconds: 13 } });
    expect(genspend(outputs[0]![0])).toMatchObject({ costUsdExact: '0.03', creditsExact: '3' });
    const error = await rejection(run({ provider: 'runway', endpoint: 'voice_isolation', requestBody: body }));
    expect(error.message).toBe(
      'Item 0: "Request Body": eleven_voice_isolation: the price depends on the length in seconds of the audio sent in (`audioUri`), which the request does not carry',
    );
    expect(error.description).toBe('Fix: add it to the request, or under "Not in the Request" (seconds)');
  });

  it('routes by Max Cost per Item and totals each output, as the attributes path does', async () => {
    const bodies = [fluxBody, veo3Body, fluxBody];
    const models = ['fal-ai/flux/dev', 'fal-ai/veo3', 'fal-ai/flux/dev'];
    const params = { provider: 'fal', model: (i: number) => models[i], requestBody: (i: number) => bodies[i] };
    const [within, over] = (await run({ ...params, options: { maxCostPerItem: 0.1 } }, { items: [{}, {}, {}] })).outputs;
    expect(within!.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
    expect(over!.map((i) => genspend(i).costUsdExact)).toEqual(['3.2']);
    const totals = (await run({ ...params, options: { maxCostPerItem: 0.1, total: true } }, { items: [{}, {}, {}] })).outputs;
    expect(totals[0]![0]!.json.genspend).toMatchObject({ items: 2, costUsdExact: '0.05' });
    expect(totals[1]![0]!.json.genspend).toMatchObject({ items: 1, costUsdExact: '3.2' });
    expect(totals[0]![0]!.pairedItem).toEqual([{ item: 0 }, { item: 2 }]);
  });

  it('sends an item it cannot price to Over Budget with Continue On Fail, the others on', async () => {
    const bodies: unknown[] = [fluxBody, { prompt: 'x', image_size: 'landscpe_16_9' }];
    const [within, over] = (
      await run(
        { ...flux, requestBody: (i: number) => bodies[i], options: { maxCostPerItem: 1 } },
        { items: [{}, { n: 1 }], continueOnFail: true },
      )
    ).outputs;
    expect(within!.map((i) => genspend(i).costUsdExact)).toEqual(['0.025']);
    expect(over).toEqual([
      {
        json: { n: 1, error: 'Item 1: "Request Body": image_size: unknown preset "landscpe_16_9"; did you mean "landscape_16_9"?' },
        pairedItem: { item: 1 },
      },
    ]);
  });
});

describe('GenSpend, Job From: Provider Request: bad requests name the field', () => {
  const cases: [string, Record<string, Param>, string][] = [
    [
      'a typo in a fal preset',
      { ...flux, requestBody: { input: { prompt: 'x', image_size: 'landscpe_16_9' } } },
      'Item 0: "Request Body": input.image_size: unknown preset "landscpe_16_9"; did you mean "landscape_16_9"?',
    ],
    [
      'a number of images as a word',
      { ...flux, requestBody: { prompt: 'x', num_images: 'two' } },
      'Item 0: "Request Body": num_images: expected a whole number from 1 to 10000, got "two"',
    ],
    [
      'a prototype key in JSON text',
      { ...flux, requestBody: '{"prompt": "x", "__proto__": {"num_images": 0}}' },
      'Item 0: "Request Body": __proto__: `__proto__` is not a request field',
    ],
    [
      'a constructor key in an object',
      { provider: 'runware', requestBody: [runwareTask({ constructor: { prototype: {} } })] },
      'Item 0: "Request Body": [0].constructor: `constructor` is not a request field',
    ],
    [
      'a task array over the limit',
      { provider: 'runware', requestBody: Array.from({ length: 1001 }, () => runwareTask({})) },
      'Item 0: "Request Body": a list of 1001 items, over the 1000-item limit',
    ],
    [
      'a body nested past the limit',
      { ...runpod, requestBody: { input: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) as unknown } },
      `Item 0: "Request Body": input${'.a'.repeat(32)}: nested deeper than 32 levels`,
    ],
    [
      'a body that is a number',
      { ...flux, requestBody: 42 },
      'Item 0: "Request Body": expected the endpoint\'s input as a JSON object, got 42',
    ],
    ['no body', { ...flux, requestBody: '  ' }, 'Item 0: "Request Body": no request body given'],
    ['JSON text that is not JSON', { ...flux, requestBody: '{"prompt": "x",}' }, 'Item 0: "Request Body": line 1: not valid JSON:'],
    [
      'a fal endpoint the catalog does not know',
      { ...flux, model: 'fal-ai/flux/devv' },
      'Item 0: "Model Name or ID": cannot price fal-ai/flux/devv: unknown fal.ai model `fal-ai/flux/devv` (did you mean `fal-ai/flux/dev`?)',
    ],
    [
      'a Runware task at a size no rate covers',
      { provider: 'runware', requestBody: [{ taskType: 'videoInference', model: 'google:3@3', width: 1280, height: 720, duration: 8 }] },
      'Item 0: "Request Body": cannot price [0] videoInference google:3@3: google:3@3 has no price for resolution: 720p',
    ],
    [
      'an unknown Runway endpoint',
      { provider: 'runway', endpoint: 'image_to_vidoe', requestBody: runwayBody },
      'Item 0: "Endpoint": unknown Runway create endpoint "image_to_vidoe"; did you mean "image_to_video"?',
    ],
    ['no Runpod GPU', { ...runpod, model: '' }, 'Item 0: "Model Name or ID": no GPU given'],
    [
      'expected seconds as a word',
      { ...runpod, expectedSeconds: 'soon' },
      'Item 0: "Expected Execution Seconds" must be a number of seconds of 0 or more, got "soon"',
    ],
    [
      'a given attribute the core does not know',
      { ...flux, given: { secondz: 4 } },
      'Item 0: "Not in the Request": "secondz": unknown attribute `secondz`; did you mean `seconds`?',
    ],
    [
      'a given value out of bounds',
      { provider: 'runway', endpoint: 'voice_isolation', requestBody: { model: 'eleven_voice_isolation' }, given: { seconds: -1 } },
      'Item 0: "Not in the Request": "seconds": expected a number from 0 to',
    ],
  ];
  for (const [what, params, message] of cases) {
    it(what, async () => {
      const error = await rejection(run(params));
      expect(error.constructor.name).toBe('NodeOperationError');
      expect(error.message.startsWith(message), error.message).toBe(true);
      expect(error.message).not.toMatch(/\bat \w+ \(|TypeError|RangeError|\[object /);
      expect(String(error.description)).toMatch(/^Fix: /);
    });
  }
});

describe('GenSpend, Job From: the editor', () => {
  const props = node.description.properties;
  const shown = (p: INodeProperties) => p.displayOptions?.show ?? {};

  it('offers Job From in version 2 only, Attributes by default', () => {
    const jobFrom = props.find((p) => p.name === 'jobFrom')!;
    expect(jobFrom.default).toBe('attributes');
    expect(jobFrom.options!.map((o) => (o as { value: string }).value)).toEqual(['attributes', 'request']);
    expect(shown(jobFrom)['@version']).toEqual([2]);
  });

  it('shows the request fields only for a provider request, and the attribute mapper only for attributes', () => {
    for (const name of ['requestBody', 'endpoint', 'expectedSeconds', 'workerType', 'given'])
      expect(shown(props.find((p) => p.name === name)!).jobFrom, name).toEqual(['request']);
    expect(shown(props.find((p) => p.name === 'jobAttributes')!).jobFrom).toEqual(['attributes']);
    const models = props.filter((p) => p.name === 'model');
    const hidden = models.filter((p) => p.displayOptions?.hide?.jobFrom).map((p) => shown(p).provider);
    expect(hidden).toEqual(expect.arrayContaining([['runway'], ['runware']]));
    expect(hidden).toHaveLength(2);
  });

  it('leaves version 1 on its attributes whatever a Job From value says', async () => {
    const { ctx } = context({
      params: { options: {}, provider: 'runway', model: 'gen4.5', attributes: { seconds: 5 }, jobFrom: 'request', requestBody: {} },
      version: 1,
    });
    // gen4.5: 5 s x 12 credits = 60 credits = $0.60, as decimal text in version 1
    expect((await node.execute.call(ctx))[0]![0]!.json.genspend).toMatchObject({ costUsd: '0.6', credits: '60' });
  });

  it('refuses a Job From expression that is neither', async () => {
    const error = await rejection(run({ ...flux, jobFrom: 'body' }));
    expect(error.message).toBe('Item 0: "Job From" must be attributes or request, got "body"');
  });
});
