import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../test/server.js';
import { createRunpodClient, type Transport } from './index.js';

const KEY = 'sk-SECRET-123';

afterEach(closeServers);

const client = (url: string, transport: Transport = recordingTransport().transport) =>
  createRunpodClient({ apiKey: KEY, baseUrl: url, restBaseUrl: url, transport });

describe('runpod', () => {
  it('posts the GraphQL balance query with a bearer key', async () => {
    const server = await serve([{ body: { data: { myself: { clientBalance: 435.85, currentSpendPerHr: 0.001, spendLimit: 180 } } } }]);
    await expect(client(server.url).getBalance()).resolves.toEqual({
      provider: 'runpod',
      amountUsd: '435.85',
      currency: 'USD',
      spendLimitPerHourUsd: '180',
      currentSpendPerHourUsd: '0.001',
    });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', url: '/graphql' });
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(req?.body ?? '')).toEqual({ query: 'query { myself { clientBalance currentSpendPerHr spendLimit } }' });
  });

  it('turns GraphQL errors in a 200 answer into a typed error', async () => {
    const server = await serve([{ body: { data: { myself: null }, errors: [{ message: 'Unauthorized', path: ['myself'] }] } }]);
    const e = await failure(client(server.url).getBalance());
    expect(e).toMatchObject({ kind: 'auth', provider: 'runpod', status: 200, retryable: false });
    expect(e.message).toBe('runpod graphql myself: the API key was refused (HTTP 200): Unauthorized. Check the key');
  });

  it('reports other GraphQL errors as a bad response', async () => {
    const server = await serve([{ body: { errors: [{ message: 'Cannot query field "clientBalance" on type "User".' }] } }]);
    const e = await failure(client(server.url).getBalance());
    expect(e).toMatchObject({ kind: 'bad-response', status: 200 });
    expect(e.message).toContain('Cannot query field');
  });

  it('reads daily spend per endpoint from REST billing', async () => {
    const server = await serve([
      {
        body: [
          { amount: 1.25, endpointId: 'ep-a', time: '2026-03-01T00:00:00Z', timeBilledMs: 1_000_000 },
          { amount: '0.5', endpointId: 'ep-b', time: '2026-03-01T00:00:00Z', timeBilledMs: 400_000 },
          { amount: 0.00348, endpointId: 'ep-a', time: '2026-03-02T00:00:00Z', timeBilledMs: 3000 },
        ],
      },
    ]);
    const history = await client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-03' });
    const [req] = server.requests;
    expect(req).toMatchObject({
      method: 'GET',
      url: '/v1/billing/endpoints?bucketSize=day&startTime=2026-03-01T00:00:00Z&endTime=2026-03-03T00:00:00Z&grouping=endpointId',
    });
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(history.days).toEqual([
      { date: '2026-03-01', amountUsd: '1.75', byModel: { 'ep-a': '1.25', 'ep-b': '0.5' } },
      { date: '2026-03-02', amountUsd: '0.00348', byModel: { 'ep-a': '0.00348' } },
    ]);
  });

  it('names the row and field of a malformed billing bucket', async () => {
    const server = await serve([{ body: [{ amount: 1, time: '2026-03-01T00:00:00Z' }, { time: '2026-03-02T00:00:00Z' }] }]);
    const e = await failure(client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-03' }));
    expect(e.message).toBe('runpod /v1/billing/endpoints: missing field [1].amount');
  });

  it('reads serverless GPU prices from the catalog and lists GPUs without one', async () => {
    const server = await serve([
      {
        body: {
          gpus: [
            {
              id: 'NVIDIA H100 80GB HBM3',
              name: 'H100 SXM',
              pool: 'ADA_80_PRO',
              memory: 80,
              price: { secure: 2.99, community: 2.69, serverless: 4.18 },
            },
            { id: 'NVIDIA GeForce RTX 3070', name: 'RTX 3070', pool: null, memory: 8, price: { secure: 0.2, community: 0.13 } },
          ],
        },
      },
    ]);
    const prices = await client(server.url).getLivePrices(['H100 SXM', 'NVIDIA GeForce RTX 3070']);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v2/catalog/gpus' });
    expect(prices).toEqual({
      prices: [
        { provider: 'runpod', model: 'NVIDIA H100 80GB HBM3', name: 'H100 SXM', unit: 'gpu-hour', amountUsd: '4.18', pool: 'ADA_80_PRO' },
      ],
      missing: ['NVIDIA GeForce RTX 3070'],
    });
  });

  it('names a GPU record without its pool, which Runpod always sends', async () => {
    const server = await serve([{ body: { gpus: [{ id: 'NVIDIA L4', name: 'L4', price: { serverless: 0.72 } }] } }]);
    const e = await failure(client(server.url).getLivePrices());
    expect(e.message).toBe('runpod /v2/catalog/gpus: missing field gpus[0].pool');
  });

  it('maps a 5xx GraphQL gateway page to unavailable without echoing HTML', async () => {
    const server = await serve(() => ({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>Bad gateway</body></html>',
    }));
    const e = await failure(client(server.url, recordingTransport({ retries: 0 }).transport).getBalance());
    expect(e).toMatchObject({ kind: 'unavailable', status: 502, retryable: true });
    expect(e.message).toBe('runpod graphql myself: the provider is unavailable (HTTP 502)');
    expectNoSecret(e, KEY);
  });
});
