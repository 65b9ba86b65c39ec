import type { IDataObject, INodeCredentialDescription, INodeExecutionData } from 'n8n-workflow';
import { Expression, NodeHelpers } from 'n8n-workflow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { GenSpendBalance } from '../nodes/GenSpendBalance/GenSpendBalance.node';
import { PROVIDER_IDS } from '../nodes/shared/providers';
import { context, NODE, type HttpCall, type Param } from './context';
import { answer, type Account } from './provider-answers';

const node = new GenSpendBalance();
const description = node.description;
const credentials = Object.fromEntries(
  ['runwayApi', 'runwareApi', 'falApi', 'runpodApi'].map((t) => [t, { apiKey: `${t}-SECRET`, baseUrl: '' }]),
);

function run(account: Account, params: Record<string, Param>, options: { items?: IDataObject[]; version?: number } = {}) {
  const { ctx } = context({
    params,
    credentials,
    items: options.items,
    version: options.version ?? 2,
    http: ({ options: request }: HttpCall) => {
      const reply = answer(
        account,
        request.method ?? 'GET',
        new URL(request.url).pathname,
        typeof request.body === 'string' ? request.body : '',
      );
      return { statusCode: reply.status, headers: reply.headers, body: reply.body };
    },
  });
  return node.execute.call(ctx);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-21T09:30:00Z'));
});
afterEach(() => vi.useRealTimers());

/** The credentials n8n shows for these parameters, judged by n8n-workflow's own display rules. */
const shownCredentials = (parameters: IDataObject) =>
  (description.credentials as INodeCredentialDescription[])
    .filter((c) => NodeHelpers.displayParameter(parameters as never, c, { ...NODE, typeVersion: 2 }, description))
    .map((c) => c.name);

describe('GenSpend Balance: Provider is a field of its own, not the credential type', () => {
  it("shows exactly the chosen provider's credential", () => {
    const expected = { fal: 'falApi', runpod: 'runpodApi', runware: 'runwareApi', runway: 'runwayApi' };
    for (const provider of PROVIDER_IDS)
      expect(shownCredentials({ provider, operation: 'getBalance' }), provider).toEqual([expected[provider]]);
  });

  it("names no parameter in a credential's displayOptions.show, where the editor would take it for the credential selector and hide it", () => {
    const properties = new Set(description.properties.map((p) => p.name));
    for (const c of description.credentials ?? []) {
      for (const name of Object.keys(c.displayOptions?.show ?? {})) expect(properties.has(name), `${c.name} shows by ${name}`).toBe(false);
    }
    const provider = description.properties.find((p) => p.name === 'provider');
    expect(provider).toMatchObject({ type: 'options', default: 'runway' });
    expect(provider?.displayOptions).toBeUndefined();
  });

  it('has a list of versions with 2 the default, so n8n adds no Custom API Call operation', () => {
    expect(description.version).toEqual([1, 2]);
    expect(description.defaultVersion).toBe(2);
    for (const p of description.properties.filter((p) => p.name === 'operation'))
      expect((p.options as Array<{ value: string }>).map((o) => o.value)).not.toContain('__CUSTOM_API_CALL__');
  });
});

describe('GenSpend Balance version 2: figures as numbers beside exact text', () => {
  it('Get Balance', async () => {
    const [[out]] = await run(
      { runway: { credits: 5000 } },
      { provider: 'runway', operation: 'getBalance', lowBalanceUsd: 100, criticalBalanceUsd: 10 },
    );
    expect(out!.json).toEqual({
      provider: 'runway',
      balanceUsd: 50,
      balanceUsdExact: '50',
      credits: 5000,
      creditsExact: '5000',
      status: 'low',
      reasons: ['balance $50.00 is under $100.00'],
    });
  });

  it('Get Burn Rate leaves out the day-by-day spend unless Simplify Output is off', async () => {
    const account: Account = { fal: { balance: 24.5, usage: [{ date: '2026-11-02', endpoint: 'fal-ai/veo3', cost: 6 }] } };
    const params = { provider: 'fal', operation: 'getBurnRate', windowDays: 30, lowDays: 14, criticalDays: 3 };
    const [[simple]] = await run(account, params);
    expect(simple!.json).toMatchObject({
      burnPerDayUsd: 0.2,
      burnPerDayUsdExact: '0.2',
      daysLeft: 122.5,
      daysLeftExact: '122.5',
      status: 'ok',
    });
    expect(simple!.json).not.toHaveProperty('days');
    const [[full]] = await run(account, { ...params, simplify: false });
    const [[v1]] = await run(account, params, { version: 1 });
    expect(v1!.json).toMatchObject({ burnPerDayUsd: '0.2', daysLeft: '122.5' });
    expect(full!.json.days).toHaveLength(1);
    expect(full!.json.days).toEqual(v1!.json.days);
  });

  it("Check Affordability reads GenSpend's exact cost, not its rounded number", async () => {
    // three jobs of 1/3 dollar as GenSpend version 2 writes them: the numbers sum to just under $1, the exact text to $1
    const third = { costUsd: 1 / 3, costUsdExact: '0.3333333333333333333333333333333333333334', runs: 1 };
    const items = [0, 1, 2].map(() => ({ genspend: { provider: 'runware', ...third } }));
    const [affordable, unaffordable] = await run(
      { runware: { balance: 1 } },
      { provider: 'runware', operation: 'checkAffordability', estimateField: 'genspend', reserveUsd: 0 },
      { items },
    );
    expect(affordable!.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(unaffordable!.map((o) => o.pairedItem)).toEqual([{ item: 2 }]);
    expect(affordable![0]!.json.genspendAffordability).toMatchObject({
      costUsd: 1 / 3,
      costUsdExact: third.costUsdExact,
      balanceUsd: 1,
      balanceUsdExact: '1',
    });
  });

  it('routes what GenSpend version 2 priced', async () => {
    const { ctx } = context({
      params: {
        provider: 'runway',
        model: 'veo3.1_fast',
        jobAttributes: { mappingMode: 'defineBelow', value: { seconds: 8, audio: false } },
        simplify: true,
        options: {},
      },
      items: [{}, {}],
      version: 2,
    });
    const [priced] = await new GenSpend().execute.call(ctx);
    const account: Account = {
      runway: { credits: 100, models: { 'veo3.1_fast': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 0 } } },
    };
    const [affordable, unaffordable] = await run(
      account,
      { provider: 'runway', operation: 'checkAffordability', estimateField: 'genspend', reserveUsd: 0 },
      {
        items: priced!.map((i: INodeExecutionData) => i.json),
      },
    );
    expect([affordable!.length, unaffordable!.length]).toEqual([1, 1]);
  });
});

describe('GenSpend Balance: what the canvas shows', () => {
  /** A subtitle as n8n computes it: an expression over the node's parameters. */
  const subtitle = (of: { subtitle?: string }, parameters: IDataObject) =>
    Expression.resolveWithoutWorkflow(of.subtitle!.replace(/^=/, ''), { $parameter: parameters });

  it('names the provider and the operation as the panel does', () => {
    expect(subtitle(description, { provider: 'runway', operation: 'checkAffordability' })).toBe('Runway API: Check Affordability');
    expect(subtitle(description, { provider: 'runpod', operation: 'getBurnRate' })).toBe('Runpod Serverless: Get Burn Rate');
    const genspend = new GenSpend().description;
    expect(subtitle(genspend, { provider: 'runware', model: '' })).toBe('Runware');
    expect(subtitle(genspend, { provider: 'runware', model: 'runware:101@1' })).toBe('Runware: runware:101@1');
  });

  it('labels the outputs short enough for the canvas', () => {
    const outputs = String(description.outputs);
    expect(outputs).toMatch(/displayName: ["']Unaffordable["']/);
    expect(outputs).not.toContain('Not Affordable');
  });
});
