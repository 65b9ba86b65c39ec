import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenSpendBalance } from '../nodes/GenSpendBalance/GenSpendBalance.node';
import { context, rejection, type HttpCall, type Param } from './context';
import { answer, type Account } from './provider-answers';

const KEYS = { runwayApi: 'rw-SECRET-0001', runwareApi: 'rr-SECRET-0002', falApi: 'fal-SECRET-0003', runpodApi: 'rp-SECRET-0004' };
const credentials = Object.fromEntries(Object.entries(KEYS).map(([type, apiKey]) => [type, { apiKey, baseUrl: '' }]));

const node = new GenSpendBalance();

function run(account: Account, params: Record<string, Param>, options: { items?: IDataObject[]; continueOnFail?: boolean } = {}) {
  const { ctx, calls } = context({
    params,
    credentials,
    items: options.items,
    continueOnFail: options.continueOnFail,
    http: ({ options: request }: HttpCall) => {
      const url = new URL(request.url);
      const reply = answer(account, request.method ?? 'GET', url.pathname, typeof request.body === 'string' ? request.body : '');
      return { statusCode: reply.status, headers: reply.headers, body: reply.body };
    },
  });
  return { result: node.execute.call(ctx), calls };
}

const json = async (r: { result: Promise<Array<Array<{ json: IDataObject }>>> }) => (await r.result).map((out) => out.map((i) => i.json));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-21T09:30:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('Get Balance', () => {
  const runway: Account = { runway: { credits: 5000 } };
  const floors = { provider: 'runway', operation: 'getBalance', lowBalanceUsd: 100, criticalBalanceUsd: 10 };

  it('reads Runway credits as USD at the catalog rate and judges them against the floors', async () => {
    const [[report]] = await json(run(runway, floors));
    expect(report).toEqual({
      provider: 'runway',
      balanceUsd: '50',
      credits: '5000',
      status: 'low',
      reasons: ['balance $50.00 is under $100.00'],
    });
  });

  it('sends the request through the credential, without a key of its own', async () => {
    const { result, calls } = run(runway, floors);
    await result;
    expect(calls).toHaveLength(1);
    const [{ credentialType, options }] = calls as [HttpCall];
    expect(credentialType).toBe('runwayApi');
    expect(options).toMatchObject({
      method: 'GET',
      url: 'https://api.dev.runwayml.com/v1/organization',
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
    });
    expect(options.headers).toMatchObject({ 'X-Runway-Version': '2024-11-06' });
    expect(JSON.stringify(options)).not.toContain(KEYS.runwayApi);
  });

  it('asks once for many items and answers each of them', async () => {
    const { result, calls } = run(
      { runpod: { balance: 1.5, spendPerHour: 0.25, spendLimit: 80 } },
      { ...floors, provider: 'runpod' },
      { items: [{}, {}, {}] },
    );
    const [out] = await result;
    expect(calls).toHaveLength(1);
    expect(out!.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
    expect(out![2]!.json).toMatchObject({
      balanceUsd: '1.5',
      status: 'critical',
      currentSpendPerHourUsd: '0.25',
      spendLimitPerHourUsd: '80',
    });
  });

  it('calls an empty account critical whatever the floors', async () => {
    const [[report]] = await json(run({ fal: { balance: 0 } }, { ...floors, provider: 'fal', lowBalanceUsd: 0, criticalBalanceUsd: 0 }));
    expect(report).toMatchObject({ balanceUsd: '0', status: 'critical' });
  });
});

describe('Get Burn Rate', () => {
  const params = { provider: 'fal', operation: 'getBurnRate', windowDays: 30, lowDays: 14, criticalDays: 3 };

  it('divides the window spend by its days, and says when the balance runs out', async () => {
    const account: Account = {
      fal: {
        balance: 24.5,
        usage: [
          { date: '2026-11-02', endpoint: 'fal-ai/veo3', cost: 2.8 },
          { date: '2026-11-20', endpoint: 'fal-ai/flux/dev', cost: 3.2 },
        ],
      },
    };
    const { result, calls } = run(account, params);
    const [[out]] = await result;
    // $6 over 30 days = $0.20 a day; $24.50 lasts 122.5 days from 2026-11-21
    expect(out!.json).toMatchObject({
      balanceUsd: '24.5',
      burnPerDayUsd: '0.2',
      windowDays: 30,
      startDate: '2026-10-22',
      beforeDate: '2026-11-21',
      daysLeft: '122.5',
      runsOutOn: '2027-03-23',
      status: 'ok',
    });
    expect(calls.map((c) => new URL(c.options.url).pathname).sort()).toEqual(['/v1/account/billing', '/v1/models/usage']);
    expect(calls.find((c) => c.options.url.includes('usage'))!.options.url).toContain(
      'start=2026-10-22T00:00:00Z&end=2026-11-21T00:00:00Z',
    );
  });

  it('is low or critical by days left at the burn rate', async () => {
    const spend = (perDay: number) => ({
      runpod: { balance: 100, spend: [{ date: '2026-11-10', endpointId: 'ep1', amount: perDay * 30 }] },
    });
    const status = async (perDay: number) => (await json(run(spend(perDay), { ...params, provider: 'runpod' })))[0]![0]!.status;
    expect(await status(5)).toBe('ok'); // 20 days
    expect(await status(10)).toBe('low'); // 10 days
    expect(await status(50)).toBe('critical'); // 2 days
  });

  it('reports a quiet account as not spending', async () => {
    const [[report]] = await json(run({ runware: { balance: 12.34 } }, { ...params, provider: 'runware' }));
    expect(report).toMatchObject({ burnPerDayUsd: '0', daysLeft: null, runsOutOn: null, status: 'ok' });
  });

  it('names no run-out day for a balance that lasts past any calendar day worth naming', async () => {
    // $0.000001 spent in 30 days against $1,000,000: some 8e13 days, past what a Date holds
    const account: Account = { fal: { balance: 1_000_000, usage: [{ date: '2026-11-20', endpoint: 'fal-ai/flux/dev', cost: 0.000001 }] } };
    const [[report]] = await json(run(account, params));
    expect(report).toMatchObject({ status: 'ok', runsOutOn: null });
    expect(report!.daysLeft).toBe('30000000000000.0');
  });

  it('refuses a critical threshold above the low one', async () => {
    const error = await rejection(run({ fal: { balance: 1 } }, { ...params, lowDays: 3, criticalDays: 14 }).result);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toContain('"Critical Under (Days Left)" (14) is more than "Low Under (Days Left)" (3)');
  });
});

describe('Get Tier Limits (Runway)', () => {
  const account = (used: number): Account => ({
    runway: {
      credits: 1000,
      models: {
        'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used },
        veo3: { maxConcurrentGenerations: 1, maxDailyGenerations: null, used: 3 },
      },
    },
  });
  const params = { provider: 'runway', operation: 'getTierLimits', lowPercentLeft: 20 };

  it('lists per model the daily generations used and left, and the tier of the monthly cap', async () => {
    const [[report]] = await json(run(account(12), params));
    expect(report).toEqual({
      provider: 'runway',
      maxMonthlyCreditSpend: 10000,
      maxMonthlySpendUsd: '100',
      tier: 1,
      models: [
        { model: 'gen4.5', maxConcurrentGenerations: 2, maxDailyGenerations: 50, dailyGenerationsUsed: 12, dailyGenerationsLeft: 38 },
        { model: 'veo3', maxConcurrentGenerations: 1, maxDailyGenerations: null, dailyGenerationsUsed: 3, dailyGenerationsLeft: null },
      ],
      status: 'ok',
      reasons: [],
    });
  });

  it('is low under the share left and critical when a model has none left', async () => {
    expect((await json(run(account(41), params)))[0]![0]).toMatchObject({
      status: 'low',
      reasons: ['gen4.5: 9 of 50 daily generations left (low under 20%)'],
    });
    expect((await json(run(account(50), params)))[0]![0]).toMatchObject({ status: 'critical' });
  });

  it('is a Runway operation only', async () => {
    const error = await rejection(run({ fal: { balance: 1 } }, { ...params, provider: 'fal' }).result);
    expect(error.message).toContain('Get Tier Limits reads Runway');
  });
});

describe('Check Affordability', () => {
  const priced = (provider: string, costs: string[], model?: string) =>
    costs.map((costUsd, i) => ({ id: i, genspend: { provider, costUsd, runs: '1', ...(model ? { model } : {}) } }));
  const params = { provider: 'runware', operation: 'checkAffordability', estimateField: 'genspend', reserveUsd: 0 };

  it('passes items in order while the balance covers them, skipping those it does not', async () => {
    const { result } = run({ runware: { balance: 1 } }, params, { items: priced('runware', ['0.4', '0.7', '0.5', '0.1']) });
    const [affordable, notAffordable] = await result;
    expect(affordable!.map((o) => [o.pairedItem, (o.json.genspendAffordability as IDataObject).availableUsd])).toEqual([
      [{ item: 0 }, '0.6'],
      [{ item: 2 }, '0.1'],
      [{ item: 3 }, '0'],
    ]);
    expect(notAffordable!.map((o) => o.pairedItem)).toEqual([{ item: 1 }]);
    expect(notAffordable![0]!.json.genspendAffordability).toMatchObject({
      affordable: false,
      reason: 'costs $0.7; $0.6 of the $1 balance is left to spend',
    });
    expect(notAffordable![0]!.json.id).toBe(1);
  });

  it('keeps the reserve untouched', async () => {
    const { result } = run({ runware: { balance: 1 } }, { ...params, reserveUsd: 0.85 }, { items: priced('runware', ['0.2', '0.05']) });
    const [affordable, notAffordable] = await result;
    expect(affordable!.map((o) => o.pairedItem)).toEqual([{ item: 1 }]);
    expect((notAffordable![0]!.json.genspendAffordability as IDataObject).reason).toBe(
      'costs $0.2; $0.15 of the $1 balance is left to spend, keeping $0.85',
    );
  });

  it("counts Runway generations against the model's daily limit", async () => {
    const account: Account = {
      runway: { credits: 100_000, models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 48 } } },
    };
    const { result } = run(account, { ...params, provider: 'runway' }, { items: priced('runway', ['1.2', '1.2', '1.2'], 'gen4.5') });
    const [affordable, notAffordable] = await result;
    expect(affordable!.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(notAffordable![0]!.json.genspendAffordability).toMatchObject({
      affordable: false,
      dailyGenerationsLeft: 0,
      reason: 'needs 1 gen4.5 generation(s); 0 left of the daily limit in the last 24 h',
    });
  });

  it('refuses an item priced for another provider, naming it', async () => {
    const items = [...priced('runware', ['0.1']), ...priced('fal', ['0.1'])];
    const error = await rejection(run({ runware: { balance: 1 } }, params, { items }).result);
    expect(error.message).toBe('Item 1: "Provider": the job is priced for "fal", but this node checks runware');
    expect((error as unknown as NodeOperationError).context.itemIndex).toBe(1);
  });

  it('with Continue On Fail, sends an unreadable item to Not Affordable and judges the rest', async () => {
    const items = [{ genspend: { costUsd: 'free' } }, ...priced('runware', ['0.1'])];
    const [affordable, notAffordable] = await run({ runware: { balance: 1 } }, params, { items, continueOnFail: true }).result;
    expect(affordable!.map((o) => o.pairedItem)).toEqual([{ item: 1 }]);
    expect(notAffordable![0]!.json.error).toBe(
      'Item 0: "Estimate Field": `genspend.costUsd` must be a decimal number of dollars, got "free"',
    );
  });
});

describe('Check Affordability: bad items and Continue On Fail', () => {
  const params = { provider: 'runware', operation: 'checkAffordability', estimateField: 'genspend', reserveUsd: 0 };
  const job = (costUsd: unknown, extra: IDataObject = {}) => ({ genspend: { provider: 'runware', costUsd, runs: '1', ...extra } });

  it('keeps the input order in both outputs, error items in place, each paired with its input', async () => {
    // [ok, bad, ok, bad] with a $1 balance: item 2 no longer fits after item 0
    const items = [job('0.6'), job('free'), job('0.6'), { genspend: 'none' }, job('0.3')].map((j, n) => ({ n, ...j }));
    const [affordable, notAffordable] = await run({ runware: { balance: 1 } }, params, { items, continueOnFail: true }).result;
    expect(affordable!.map((o) => [o.pairedItem, o.json.n])).toEqual([
      [{ item: 0 }, 0],
      [{ item: 4 }, 4],
    ]);
    expect(notAffordable!.map((o) => [o.pairedItem, o.json.n, o.json.error === undefined ? 'unaffordable' : 'error'])).toEqual([
      [{ item: 1 }, 1, 'error'],
      [{ item: 2 }, 2, 'unaffordable'],
      [{ item: 3 }, 3, 'error'],
    ]);
  });

  it('when the balance cannot be read, an unreadable item keeps its own error, in input order', async () => {
    const items = [job('0.1'), job('free'), job('0.1')];
    const [affordable, notAffordable] = await run({ failure: { status: 401, body: {} } }, params, { items, continueOnFail: true }).result;
    expect(affordable).toEqual([]);
    expect(notAffordable!.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
    expect(notAffordable![1]!.json.error).toContain('Item 1: "Estimate Field": `genspend.costUsd`');
    expect(notAffordable![0]!.json.error).not.toContain('Item 1');
  });

  it('takes the runs an estimate gives and refuses runs that are not a count, rather than counting one', async () => {
    const account: Account = {
      runway: { credits: 100_000, models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 45 } } },
    };
    const runway = { ...params, provider: 'runway' };
    const gen = (runs: unknown) => ({ genspend: { provider: 'runway', model: 'gen4.5', costUsd: '1.2', runs } });
    const [, over] = await run(account, runway, { items: [gen(6)] }).result;
    expect(over![0]!.json.genspendAffordability).toMatchObject({ affordable: false, dailyGenerationsLeft: 5 });
    for (const runs of ['-6', 'six', null, true]) {
      const error = await rejection(run(account, runway, { items: [gen(runs)] }).result);
      expect(error.message).toMatch(/^Item 0: "Estimate Field": `genspend.runs` must be a decimal number of jobs, got /);
    }
  });

  it("looks a Runway model up among the account's own models: `constructor` has no daily limit to count against", async () => {
    const account: Account = {
      runway: { credits: 100_000, models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 1 } } },
    };
    const items = ['constructor', '__proto__', 'toString'].map((model) => ({
      genspend: { provider: 'runway', model, costUsd: '1', runs: '2' },
    }));
    const [affordable] = await run(account, { ...params, provider: 'runway' }, { items }).result;
    expect(affordable!.map((o) => o.json.genspendAffordability)).toEqual(
      [999, 998, 997].map((availableUsd) =>
        expect.objectContaining({ affordable: true, availableUsd: String(availableUsd), reason: 'fits the balance' }),
      ),
    );
  });

  it("reads only the item's own fields: a path through `constructor` or `__proto__` finds no estimate", async () => {
    for (const estimateField of ['constructor', '__proto__', 'genspend.constructor', 'toString']) {
      const error = await rejection(run({ runware: { balance: 1 } }, { ...params, estimateField }, { items: [job('0.1')] }).result);
      expect(error.message, estimateField).toBe(`Item 0: "Estimate Field": the item has no estimate at \`${estimateField}\``);
    }
    // an item parsed from JSON may really hold a `__proto__` key: it is the item's data, read like any other
    const items = [JSON.parse('{"__proto__": {"provider": "runware", "costUsd": "0.25"}}')];
    const [[item]] = await run({ runware: { balance: 1 } }, { ...params, estimateField: '__proto__' }, { items }).result;
    expect(item!.json.genspendAffordability).toMatchObject({ affordable: true, costUsd: '0.25' });
  });
});

describe('read operations: Continue On Fail keeps the input order', () => {
  it('puts each error item where its input was', async () => {
    const floors = [10, -1, 10, 'x'];
    const [out] = await run(
      { fal: { balance: 5 } },
      { provider: 'fal', operation: 'getBalance', lowBalanceUsd: (i: number) => floors[i], criticalBalanceUsd: 2 },
      { items: [{}, {}, {}, {}], continueOnFail: true },
    ).result;
    expect(out!.map((o) => [o.pairedItem, o.json.error === undefined ? o.json.status : 'error'])).toEqual([
      [{ item: 0 }, 'low'],
      [{ item: 1 }, 'error'],
      [{ item: 2 }, 'low'],
      [{ item: 3 }, 'error'],
    ]);
    expect(out![3]!.json.error).toBe('Item 3: "Low Below (USD)" must be a number from 0 up, got "x"');
  });
});

describe('provider errors', () => {
  const params = { provider: 'fal', operation: 'getBalance', lowBalanceUsd: 10, criticalBalanceUsd: 2 };
  const fail = async (failure: Account['failure'], provider = 'fal') => {
    const error = await rejection(run({ failure }, { ...params, provider }).result);
    expect(error).toBeInstanceOf(NodeApiError);
    for (const text of [error.message, String(error.description), JSON.stringify(error)]) {
      for (const key of Object.values(KEYS)) expect(text).not.toContain(key);
    }
    return error as unknown as NodeApiError;
  };

  it('a refused key is credential-invalid, and a key the provider echoes is scrubbed', async () => {
    const error = await fail({ status: 401, body: { error: { type: 'authorization_error', message: `Invalid key ${KEYS.falApi}` } } });
    expect(error.failure).toEqual({ cause: 'credential-invalid' });
    expect(error.message).toContain('[redacted]');
    expect(error.description).toContain('Admin scope');
  });

  it('a locked fal account is quota-exhausted', async () => {
    const error = await fail({ status: 403, body: { detail: 'User is locked. Reason: Exhausted balance. Top up.' } });
    expect(error.failure).toEqual({ cause: 'quota-exhausted' });
    expect(error.message).toContain('the account is locked');
  });

  it("Runway's daily task limit is quota-exhausted, not retried", async () => {
    const { result, calls } = run(
      { failure: { status: 429, body: { error: 'Your daily task limit has been reached.' } } },
      { ...params, provider: 'runway' },
    );
    const error = (await rejection(result)) as unknown as NodeApiError;
    expect(error.failure).toEqual({ cause: 'quota-exhausted' });
    expect(calls).toHaveLength(1);
  });

  it('throttling is rate-limited with the wait the provider asked for', async () => {
    const error = await fail({ status: 429, headers: { 'retry-after': '120' }, body: { error: 'slow down' } }, 'runpod');
    expect(error.failure).toEqual({ cause: 'rate-limited', retryAfterMs: 120_000 });
    expect(error.httpCode).toBe('429');
  });

  it('an outage is retried, then temporarily-unavailable', async () => {
    const { result, calls } = run(
      { failure: { status: 503, headers: { 'retry-after': '0' }, body: 'Service Unavailable' } },
      { ...params, provider: 'runware' },
    );
    const error = (await rejection(result)) as unknown as NodeApiError;
    expect(error.failure).toEqual({ cause: 'temporarily-unavailable', retryAfterMs: 0 });
    expect(calls).toHaveLength(3);
  });

  it('no response at all is temporarily-unavailable, named by its code only', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    const { ctx, calls } = context({
      params,
      credentials,
      http: () => {
        throw Object.assign(new Error(`connect ECONNREFUSED for Key ${KEYS.falApi}`), { code: 'ECONNREFUSED' });
      },
    });
    const pending = rejection(node.execute.call(ctx));
    await vi.runAllTimersAsync();
    const error = (await pending) as unknown as NodeApiError;
    expect(calls).toHaveLength(3);
    expect(error.failure).toEqual({ cause: 'temporarily-unavailable' });
    // n8n words a refused connection its own way and keeps genspend's message beside it
    expect(error.message).toBe('The service refused the connection - perhaps it is offline');
    expect(error.messages).toContain('fal /v1/account/billing: network error (ECONNREFUSED)');
    expect(error.description).toContain('Check the base URL in the credential');
  });

  it('with Continue On Fail, every item carries the error', async () => {
    const { result } = run({ failure: { status: 401, body: {} } }, params, { items: [{}, {}], continueOnFail: true });
    const [out] = await result;
    expect(out!.map((o) => o.json.error)).toEqual([expect.stringContaining('ADMIN API key'), expect.stringContaining('ADMIN API key')]);
  });

  it('a blank key is a credential problem named as such', async () => {
    const { ctx } = context({ params, credentials: { falApi: { apiKey: '', baseUrl: '' } } });
    const error = await rejection(node.execute.call(ctx));
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toBe('The credential is not usable: Expected `apiKey` to be a non-empty string.');
  });
});
