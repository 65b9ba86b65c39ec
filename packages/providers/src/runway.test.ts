import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../test/server.js';
import { createRunwayClient, runway, type Transport } from './index.js';

const KEY = 'sk-SECRET-123';
const ORGANIZATION = {
  creditBalance: 5000,
  tier: {
    maxMonthlyCreditSpend: 10000,
    models: {
      'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 200 },
      veo3: { maxConcurrentGenerations: null, maxDailyGenerations: null },
    },
  },
  usage: { models: { 'gen4.5': { dailyGenerations: 12 }, gen4_turbo: { dailyGenerations: 3 } } },
};

afterEach(closeServers);

const client = (url: string, transport: Transport = recordingTransport().transport) =>
  createRunwayClient({ apiKey: KEY, baseUrl: url, transport });

describe('runway', () => {
  it('sends the bearer key and the required X-Runway-Version', async () => {
    const server = await serve([{ body: ORGANIZATION }]);
    await expect(client(server.url).getBalance()).resolves.toEqual({
      provider: 'runway',
      credits: '5000',
      currency: 'credits',
    });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'GET', url: '/v1/organization' });
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req?.headers['x-runway-version']).toBe('2024-11-06');
  });

  it('reads tier limits per model, joined with rolling usage', async () => {
    const server = await serve([{ body: ORGANIZATION }]);
    await expect(client(server.url).getTierLimits()).resolves.toEqual({
      maxMonthlyCreditSpend: 10000,
      models: {
        'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 200, dailyGenerationsUsed: 12 },
        gen4_turbo: { maxConcurrentGenerations: null, maxDailyGenerations: null, dailyGenerationsUsed: 3 },
        veo3: { maxConcurrentGenerations: null, maxDailyGenerations: null, dailyGenerationsUsed: 0 },
      },
    });
  });

  it('names a missing tier field with its full path', async () => {
    const body = { ...ORGANIZATION, tier: { ...ORGANIZATION.tier, models: { 'gen4.5': { maxConcurrentGenerations: 2 } } } };
    const server = await serve([{ body }]);
    const e = await failure(client(server.url).getTierLimits());
    expect(e.message).toBe('runway /v1/organization: missing field tier.models["gen4.5"].maxDailyGenerations');
  });

  it('posts the usage window and sums net credits per day and model, in credits', async () => {
    const server = await serve([
      {
        body: {
          models: ['gen4.5', 'veo3.1_fast'],
          results: [
            { date: '2026-03-17', usedCredits: [{ model: 'veo3.1_fast', amount: 80 }] },
            {
              date: '2026-03-16',
              usedCredits: [
                { model: 'gen4.5', amount: 120 },
                { model: 'veo3.1_fast', amount: -15 },
              ],
            },
          ],
        },
      },
    ]);
    const history = await client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-31' });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', url: '/v1/organization/usage' });
    expect(req?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req?.body ?? '')).toEqual({ startDate: '2026-03-01', beforeDate: '2026-03-31' });
    expect(history).toEqual({
      provider: 'runway',
      source: 'runway POST /v1/organization/usage',
      days: [
        { date: '2026-03-16', credits: '105', byModel: { 'gen4.5': '120', 'veo3.1_fast': '-15' } },
        { date: '2026-03-17', credits: '80', byModel: { 'veo3.1_fast': '80' } },
      ],
    });
  });

  it('checks the window before sending anything', () => {
    expect(() => runway.usageRequest({ apiKey: KEY }, { startDate: '2026/03/01', beforeDate: '2026-03-31' })).toThrow(
      'Expected `startDate` to be a UTC date as YYYY-MM-DD, got "2026/03/01".',
    );
    expect(() => runway.usageRequest({ apiKey: KEY }, { startDate: '2026-03-31', beforeDate: '2026-03-01' })).toThrow(/after `startDate`/);
  });

  it('stops on "not enough credits" without retrying', async () => {
    const server = await serve([{ status: 400, body: { error: 'You do not have enough credits to run this task.' } }]);
    const { transport, sleeps } = recordingTransport();
    const e = await failure(client(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: 'insufficient-credits', provider: 'runway', status: 400, retryable: false });
    expect(e.message).toContain('You do not have enough credits');
    expect(sleeps).toEqual([]);
  });

  it('treats a 429 daily task limit as a hard stop, not a rate limit', async () => {
    const server = await serve([
      { status: 429, headers: { 'retry-after': '1' }, body: { error: 'Your daily task limit has been reached.' } },
    ]);
    const { transport, sleeps } = recordingTransport();
    const e = await failure(client(server.url, transport).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-02' }));
    expect(e).toMatchObject({ kind: 'daily-limit', status: 429, retryable: false });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('reports a plain 429 as rate-limited with its Retry-After once retries run out', async () => {
    const server = await serve((_, i) => ({ status: 429, headers: { 'retry-after': '3' }, body: { error: `slow down ${i}` } }));
    const { transport, sleeps } = recordingTransport({ retries: 1 });
    const e = await failure(client(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: 'rate-limited', status: 429, retryable: true, retryAfterMs: 3000 });
    expect(e.message).toContain('retry after 3 s');
    expect(sleeps).toEqual([3000]);
    expectNoSecret(e, KEY);
  });

  it('rejects an empty key before any request', () => {
    expect(() => createRunwayClient({ apiKey: ' ', transport: recordingTransport().transport })).toThrow(
      'Expected `apiKey` to be a non-empty string.',
    );
  });
});
