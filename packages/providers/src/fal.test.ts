import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../test/server.js';
import { createFalClient, type Transport } from './index.js';

const KEY = 'sk-SECRET-123';
const LOCKED = { detail: 'User is locked. Reason: Exhausted balance. Top up your balance to unlock.' };

afterEach(closeServers);

const client = (url: string, transport: Transport = recordingTransport().transport) =>
  createFalClient({ apiKey: KEY, baseUrl: url, transport });

describe('fal', () => {
  it('sends `Authorization: Key <key>` and expands credits', async () => {
    const server = await serve([{ body: { username: 'my-team', credits: { current_balance: 24.5, currency: 'USD' } } }]);
    await expect(client(server.url).getBalance()).resolves.toEqual({ provider: 'fal', amountUsd: '24.5', currency: 'USD' });
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v1/account/billing?expand=credits' });
    expect(server.requests[0]?.headers.authorization).toBe(`Key ${KEY}`);
  });

  it('stops on a locked account: no retry, even though it is a 403 on an admin endpoint', async () => {
    const server = await serve([{ status: 403, body: LOCKED }]);
    const { transport, sleeps } = recordingTransport();
    const e = await failure(client(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: 'locked', provider: 'fal', status: 403, retryable: false });
    expect(e.message).toContain('User is locked');
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('says an admin key is needed when usage refuses the key', async () => {
    const server = await serve([{ status: 403, body: { error: { type: 'authorization_error', message: 'Access denied' } } }]);
    const e = await failure(client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-08' }));
    expect(e).toMatchObject({ kind: 'admin-key-required', status: 403 });
    expect(e.message).toMatch(/^fal \/v1\/models\/usage: this endpoint needs an ADMIN API key.*Access denied/);
    expectNoSecret(e, KEY);
  });

  it('follows usage pages and merges them per day and endpoint', async () => {
    const line = (endpoint_id: string, cost: number) => ({
      endpoint_id,
      unit: 'image',
      quantity: 4,
      unit_price: cost / 4,
      cost,
      currency: 'USD',
    });
    const server = await serve([
      {
        body: {
          time_series: [
            { bucket: '2026-03-01T00:00:00Z', results: [line('fal-ai/flux/dev', 0.4), line('fal-ai/veo3', 2)] },
            { bucket: '2026-03-02T00:00:00Z', results: [line('fal-ai/flux/dev', 0.1)] },
          ],
          summary: [
            { endpoint_id: 'fal-ai/flux/dev', unit: 'image', quantity: 20, unit_price: 0.025, cost_total: 0.5, currency: 'USD' },
            { endpoint_id: 'fal-ai/veo3', unit: 'video_second', quantity: 5, unit_price: 0.4, cost_total: 2.3, currency: 'USD' },
          ],
          next_cursor: 'page-2',
          has_more: true,
        },
      },
      {
        body: {
          time_series: [
            {
              bucket: '2026-03-02T00:00:00Z',
              results: [{ endpoint_id: 'fal-ai/veo3', unit: 'video_second', quantity: 0.75, unit_price: 0.4 }],
            },
          ],
          next_cursor: null,
          has_more: false,
        },
      },
    ]);
    const history = await client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-08' });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/models/usage?start=2026-03-01T00:00:00Z&end=2026-03-08T00:00:00Z&timeframe=day&timezone=UTC&expand=time_series&expand=summary',
      '/v1/models/usage?start=2026-03-01T00:00:00Z&end=2026-03-08T00:00:00Z&timeframe=day&timezone=UTC&expand=time_series&expand=summary&cursor=page-2',
    ]);
    expect(history).toEqual({
      provider: 'fal',
      source: 'fal GET /v1/models/usage',
      days: [
        {
          date: '2026-03-01',
          amountUsd: '2.4',
          byModel: { 'fal-ai/flux/dev': '0.4', 'fal-ai/veo3': '2' },
          units: {
            'fal-ai/flux/dev': { unit: 'image', quantity: '4', unitPrice: '0.1' },
            'fal-ai/veo3': { unit: 'image', quantity: '4', unitPrice: '0.5' },
          },
        },
        // 0.75 s x $0.4 computed exactly: "0.3", not 0.30000000000000004.
        {
          date: '2026-03-02',
          amountUsd: '0.4',
          byModel: { 'fal-ai/flux/dev': '0.1', 'fal-ai/veo3': '0.3' },
          units: {
            'fal-ai/flux/dev': { unit: 'image', quantity: '4', unitPrice: '0.025' },
            'fal-ai/veo3': { unit: 'video_second', quantity: '0.75', unitPrice: '0.4' },
          },
        },
      ],
      totals: { periodUsd: '2.8' },
    });
  });

  it('fails instead of looping when the cursor repeats', async () => {
    const server = await serve(() => ({ body: { time_series: [], next_cursor: 'same', has_more: true } }));
    const e = await failure(client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-02' }));
    expect(e).toMatchObject({ kind: 'bad-response' });
    expect(e.message).toBe('fal /v1/models/usage: pagination returned cursor "same" twice');
    expect(server.requests).toHaveLength(2);
  });

  it('asks for prices 50 endpoint ids at a time, follows cursors, and lists ids with no price', async () => {
    const ids = Array.from({ length: 51 }, (_, i) => `fal-ai/model-${i}`);
    const price = (id: string) => ({ endpoint_id: id, unit_price: 0.025, unit: 'image', currency: 'USD' });
    const server = await serve([
      { body: { prices: [price('fal-ai/model-0')], next_cursor: 'c2', has_more: true } },
      { body: { prices: [price('fal-ai/model-1')], next_cursor: null, has_more: false } },
      { body: { prices: [price('fal-ai/model-50')], next_cursor: null, has_more: false } },
    ]);
    const result = await client(server.url).getLivePrices(ids);
    const query = server.requests.map((r) => new URL(r.url, server.url).searchParams);
    expect(query.map((q) => q.get('endpoint_id')?.split(',').length)).toEqual([50, 50, 1]);
    expect(query.map((q) => q.get('cursor'))).toEqual([null, 'c2', null]);
    expect(server.requests[0]?.url).toContain('endpoint_id=fal-ai/model-0,fal-ai/model-1,');
    expect(result.prices.map((p) => [p.model, p.unit, p.amountUsd])).toEqual([
      ['fal-ai/model-0', 'image', '0.025'],
      ['fal-ai/model-1', 'image', '0.025'],
      ['fal-ai/model-50', 'image', '0.025'],
    ]);
    expect(result.missing).toHaveLength(48);
  });

  it("reads pricing errors in fal's `{ error: { type, message } }` shape", async () => {
    const server = await serve([{ status: 422, body: { error: { type: 'validation_error', message: 'unknown endpoint_id' } } }]);
    const e = await failure(client(server.url).getLivePrices(['nope']));
    expect(e).toMatchObject({ kind: 'bad-request', status: 422 });
    expect(e.message).toBe('fal /v1/models/pricing: the request was rejected (HTTP 422): unknown endpoint_id');
  });
});
