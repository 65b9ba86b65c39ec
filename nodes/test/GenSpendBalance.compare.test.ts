import type { IDataObject } from 'n8n-workflow';
import { Expression } from 'n8n-workflow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenSpendBalance } from '../nodes/GenSpendBalance/GenSpendBalance.node';
import { CREDENTIAL_TYPES } from '../nodes/shared/providers';
import fixtureData from '../../test/fixtures/reconcile-jobs.json';
import { context, type HttpCall, type HttpReply, type Param } from './context';

// Compare Billed Cost against the shared fixture's jobs: each provider's documented answer, the
// figures worked by hand (test/fixtures/reconcile-jobs.json).
type Job = {
  provider: string;
  id: string;
  quoted: string;
  endpointId?: string;
  gpu?: string;
  answer?: unknown;
  result?: IDataObject;
  expect: IDataObject;
};
const fixture = fixtureData as unknown as { jobs: Job[] };
const job = (id: string) => fixture.jobs.find((j) => j.id === id)!;

const node = new GenSpendBalance();
const KEYS = { runwayApi: 'rw-SECRET-0001', runwareApi: 'rr-SECRET-0002', falApi: 'fal-SECRET-0003', runpodApi: 'rp-SECRET-0004' };
const credentials: Record<string, IDataObject> = {
  runwayApi: { apiKey: KEYS.runwayApi, baseUrl: 'https://runway.test' },
  falApi: { apiKey: KEYS.falApi, baseUrl: 'https://fal.test' },
  runpodApi: { apiKey: KEYS.runpodApi, baseUrl: 'https://runpod-graphql.test', serverlessBaseUrl: 'https://runpod-serverless.test' },
};

/** The providers' answers to one job's bill, by path. */
function providers(call: HttpCall): HttpReply {
  const url = new URL(call.options.url);
  const task = /^\/v1\/tasks\/(.+)$/.exec(url.pathname)?.[1];
  if (task) {
    const found = fixture.jobs.find((j) => j.provider === 'runway' && j.id === task);
    return found ? { body: found.answer } : { statusCode: 404, body: { error: 'Task not found' } };
  }
  if (url.pathname === '/v1/models/billing-events') {
    const found = fixture.jobs.find((j) => j.provider === 'fal' && j.id === url.searchParams.get('request_id'));
    return { body: found?.answer ?? { billing_events: [], next_cursor: null, has_more: false } };
  }
  const status = /^\/v2\/([^/]+)\/status\/([^/]+)$/.exec(url.pathname);
  if (status) {
    const found = fixture.jobs.find((j) => j.provider === 'runpod' && j.endpointId === status[1] && j.id === status[2]);
    return found ? { body: found.answer } : { statusCode: 404, body: { error: 'job not found' } };
  }
  return { statusCode: 599, body: { error: `unexpected ${url.pathname}` } };
}

/** Items as a flow gives them: the provider's answer with the GenSpend quote beside it. */
const itemFor = (j: Job): IDataObject => ({
  ...(j.provider === 'fal' ? { request_id: j.id } : j.provider === 'runware' ? { data: [j.result] } : { id: j.id }),
  genspend: { provider: j.provider, costUsd: Number(j.quoted), costUsdExact: j.quoted },
});

/** The node's defaults, evaluated per item as n8n evaluates their expressions. */
function defaults(items: IDataObject[], provider: string): Record<string, Param> {
  const of = (i: number) => items[i]!;
  return {
    provider,
    operation: 'compareBilledCost',
    jobId: (i: number) => (provider === 'fal' ? of(i).request_id : of(i).id),
    runwareResult: (i: number) => (of(i).data as IDataObject[] | undefined)?.[0] ?? of(i),
    quotedUsd: (i: number) => (of(i).genspend as IDataObject | undefined)?.costUsdExact,
    maxDifferencePercent: 25,
    endpointId: 'ep-abc123',
    gpu: 'ADA_24',
    gpuCount: 1,
  };
}

async function run(
  provider: string,
  jobs: Job[],
  params: Record<string, Param> = {},
  options: { continueOnFail?: boolean; http?: (c: HttpCall) => HttpReply } = {},
) {
  const items = jobs.map(itemFor);
  const { ctx, calls } = context({
    items,
    params: { ...defaults(items, provider), ...params },
    credentials,
    version: 2,
    continueOnFail: options.continueOnFail ?? false,
    http: options.http ?? providers,
  });
  const [within, off] = await node.execute.call(ctx);
  return { within: within!, off: off!, calls };
}

const billed = (item: { json: IDataObject }) => item.json.genspendBilled as IDataObject;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('GenSpend Balance: Compare Billed Cost', () => {
  it('Runway: cost.credits of each task against its quote; the refunded one is off by -100%', async () => {
    const { within, off, calls } = await run('runway', [job('task-gen45'), job('task-refunded')]);
    expect(within.map((x) => billed(x).id)).toEqual(['task-gen45']);
    expect(billed(within[0]!)).toEqual({
      provider: 'runway',
      id: 'task-gen45',
      status: 'SUCCEEDED',
      quotedUsd: 0.6,
      quotedUsdExact: '0.6',
      billedUsd: 0.6,
      billedUsdExact: '0.6',
      billedCredits: 60,
      billedCreditsExact: '60',
      differenceUsd: 0,
      differenceUsdExact: '0',
      ratio: 1,
      ratioExact: '1.0000',
      variancePercent: 0,
      variancePercentExact: '0.00',
      maxDifferencePercent: '25',
      offQuote: false,
      basis: ['60 credits x $0.01 a credit'],
      reasons: [],
    });
    expect(billed(off[0]!)).toMatchObject({
      id: 'task-refunded',
      differenceUsdExact: '-1.2',
      variancePercentExact: '-100.00',
      offQuote: true,
    });
    // the item passes through with the comparison beside it
    expect(off[0]!.json.genspend).toMatchObject({ costUsdExact: '1.2' });
    expect(off[0]!.pairedItem).toEqual({ item: 1 });
    expect(calls.map((c) => `${c.credentialType} ${c.options.method} ${c.options.url}`)).toEqual([
      'runwayApi GET https://runway.test/v1/tasks/task-gen45',
      'runwayApi GET https://runway.test/v1/tasks/task-refunded',
    ]);
    // n8n adds the key from the credential: the built request's own header is not sent
    expect(calls[0]!.options.headers).not.toHaveProperty('Authorization');
    expect(calls[0]!.options.headers).toMatchObject({ 'X-Runway-Version': '2024-11-06' });
  });

  it('fal: the billing event of each request; qwen-image at $0.60 against $0.046 is off by +1204.35%', async () => {
    const { within, off, calls } = await run('fal', [job('req-qwen'), job('req-flux')]);
    expect(billed(off[0]!)).toMatchObject({
      id: 'req-qwen',
      billedUsdExact: '0.6',
      differenceUsdExact: '0.554',
      ratioExact: '13.0435',
      variancePercent: 1204.35,
      offQuote: true,
    });
    expect(billed(within[0]!)).toMatchObject({ id: 'req-flux', billedUsdExact: '0.05', offQuote: false });
    expect(calls[0]!.options.url).toBe('https://fal.test/v1/models/billing-events?request_id=req-qwen&start=2026-09-03T12:00:00.000Z');
    expect(calls[0]!.credentialType).toBe('falApi');
  });

  it("Runware: the cost on the task's result, with no call", async () => {
    const { within, off, calls } = await run('runware', [job('0f6b1d2e-3c4a-4b5c-8d6e-7f8091a2b3c4')], { maxDifferencePercent: 70 });
    expect(calls).toHaveLength(0);
    expect(off).toHaveLength(0);
    expect(billed(within[0]!)).toMatchObject({ billedUsdExact: '0.0013', differenceUsdExact: '-0.0025', variancePercentExact: '-65.79' });
  });

  it("Runpod: the job's execution time at the GPU's rate, from the Serverless host, and the threshold decides", async () => {
    const rp = job('job-sdxl-1');
    const { within, calls } = await run('runpod', [rp]);
    expect(billed(within[0]!)).toMatchObject({
      billedUsdExact: '0.00403',
      billedHighUsdExact: '0.00465',
      ratioExact: '1.0833',
      offQuote: false,
    });
    expect(calls.map((c) => `${c.credentialType} ${c.options.url}`)).toEqual([
      'runpodApi https://runpod-serverless.test/v2/ep-abc123/status/job-sdxl-1',
    ]);
    const tight = await run('runpod', [rp], { maxDifferencePercent: 5 });
    expect(tight.within).toHaveLength(0);
    expect(billed(tight.off[0]!)).toMatchObject({ variancePercentExact: '8.33', maxDifferencePercent: '5', offQuote: true });
  });

  it('refuses an unfinished job, a job the provider does not know and an item without a quote, each by name', async () => {
    await expect(run('runway', [job('task-running')])).rejects.toThrow(
      'Item 0: runway job task-running is not finished (RUNNING): its bill is not final',
    );
    const unknown = { ...job('task-gen45'), id: 'task-nope' };
    await expect(run('runway', [unknown])).rejects.toThrow('runway GET /v1/tasks/{id}: not found (HTTP 404): Task not found');
    const noQuote = await run('runway', [job('task-gen45')], { quotedUsd: undefined }).catch((e: Error) => e);
    expect(String(noQuote)).toContain('Item 0: "Quoted Cost (USD)" must be a decimal number of dollars, got undefined');
    await expect(run('runpod', [job('job-sdxl-1')], { gpu: '' })).rejects.toThrow('Item 0: "GPU" is empty');
    const noCost = { ...job('0f6b1d2e-3c4a-4b5c-8d6e-7f8091a2b3c4'), result: { taskUUID: 'x', imageURL: 'https://im.runware.ai/x.jpg' } };
    await expect(run('runware', [noCost])).rejects.toThrow('The Runware result carries no `cost`');
  });

  it('with Continue On Fail, an item whose bill cannot be read goes to Off by More with its error, and no key is shown', async () => {
    const http = (c: HttpCall): HttpReply =>
      c.options.url.endsWith('task-refunded') ? { statusCode: 401, body: { error: `invalid key ${KEYS.runwayApi}` } } : providers(c);
    const { within, off } = await run('runway', [job('task-gen45'), job('task-refunded')], {}, { continueOnFail: true, http });
    expect(within.map((x) => billed(x).id)).toEqual(['task-gen45']);
    expect(off).toHaveLength(1);
    expect(off[0]!.json.error).toBe('runway GET /v1/tasks/{id}: the API key was refused (HTTP 401): invalid key [redacted]. Check the key');
    expect(off[0]!.pairedItem).toEqual({ item: 1 });
    expect(JSON.stringify([within, off])).not.toContain(KEYS.runwayApi);
  });

  it('has two outputs, Within Threshold and Off by More', () => {
    const outputs = Expression.resolveWithoutWorkflow(String(node.description.outputs).replace(/^=/, ''), {
      $parameter: { operation: 'compareBilledCost' },
    });
    expect(outputs).toEqual([
      { type: 'main', displayName: 'Within Threshold' },
      { type: 'main', displayName: 'Off by More' },
    ]);
  });
});

describe('Compare Billed Cost: the Price File option', () => {
  it("prices a Runpod job's time at the team's rates, as the GenSpend node's option does", async () => {
    // 10% off Runpod: $0.00031/s becomes $0.000279/s; 13 s -> $0.003627, the 15 s high end -> $0.004185
    const prices = 'version: 1\nproviders:\n  runpod: { discount: 10% }\n';
    const { within } = await run('runpod', [job('job-sdxl-1')], { prices });
    expect(billed(within[0]!)).toMatchObject({
      billedUsdExact: '0.003627',
      billedHighUsdExact: '0.004185',
      ratioExact: '0.9750',
      variancePercentExact: '-2.50',
    });
  });

  it('refuses a bad price file by its field and line', async () => {
    const prices = 'version: 1\nproviders:\n  runpod: { discount: 150% }\n';
    await expect(run('runpod', [job('job-sdxl-1')], { prices })).rejects.toThrow('Item 0: "Price File (YAML or JSON)" line 3');
  });

  it('asks for no Runware credential: a Runware result carries its cost', () => {
    const runware = node.description.credentials!.find((c) => c.name === CREDENTIAL_TYPES.runware)!;
    expect(runware.displayOptions?.hide).toMatchObject({ operation: ['compareBilledCost'] });
    const fal = node.description.credentials!.find((c) => c.name === CREDENTIAL_TYPES.fal)!;
    expect(fal.displayOptions?.hide).not.toHaveProperty('operation');
  });
});
