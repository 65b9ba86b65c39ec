import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../../test/server.js';
import { TransportError, call, createFetchTransport, runway, withRetries, type HttpResponse } from '../index.js';

const KEY = 'sk-SECRET-123';
const ORGANIZATION = { creditBalance: 100, tier: { maxMonthlyCreditSpend: 10000, models: {} } };

afterEach(closeServers);

const balance = (url: string) => runway.balanceRequest({ apiKey: KEY, baseUrl: url });

describe('createFetchTransport', () => {
  it('honours Retry-After given as an HTTP date', async () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    const server = await serve([{ status: 503, headers: { 'retry-after': 'Wed, 21 Oct 2026 07:28:05 GMT' } }, { body: ORGANIZATION }]);
    const { transport, sleeps } = recordingTransport({ now: () => now });
    await expect(call(transport, balance(server.url), runway.parseBalance)).resolves.toMatchObject({ credits: '100' });
    expect(sleeps).toEqual([5000]);
  });

  it('does not sleep through a Retry-After longer than maxDelayMs: the error carries it instead', async () => {
    const server = await serve([{ status: 429, headers: { 'retry-after': '3600' }, body: { error: 'Too many requests' } }]);
    const { transport, sleeps } = recordingTransport({ maxDelayMs: 60_000 });
    const e = await failure(call(transport, balance(server.url), runway.parseBalance));
    expect(e).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(sleeps).toEqual([]);
  });

  it('retries a connection cut mid-body, then succeeds', async () => {
    const server = await serve([{ body: ORGANIZATION, cut: true }, { body: ORGANIZATION }]);
    const { transport, sleeps } = recordingTransport();
    await expect(call(transport, balance(server.url), runway.parseBalance)).resolves.toMatchObject({ credits: '100' });
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([750]);
  });

  it('reports a refused connection as a network error after bounded retries, backing off exponentially', async () => {
    const url = await unusedPortUrl();
    const { transport, sleeps } = recordingTransport({ retries: 3 });
    const e = await failure(call(transport, balance(url), runway.parseBalance));
    expect(e).toMatchObject({ kind: 'network', provider: 'runway', retryable: true });
    expect(e.message).toMatch(/^runway \/v1\/organization: network error: fetch failed \(ECONNREFUSED\)$/);
    expect(sleeps).toEqual([750, 1500, 3000]);
    expectNoSecret(e, KEY);
  });

  it('validates its options with messages that name them', () => {
    const sleep = async () => {};
    expect(() => createFetchTransport({ fetch: undefined as never, sleep })).toThrow('Expected `fetch` to be a function');
    expect(() => createFetchTransport({ fetch, sleep, timeoutMs: 0 })).toThrow('Expected `timeoutMs` to be a positive integer, got 0.');
    expect(() => createFetchTransport({ fetch, sleep, retries: -1 })).toThrow('Expected `retries` to be a non-negative integer, got -1.');
    expect(() => createFetchTransport({ fetch, sleep: undefined as never })).toThrow('Expected `sleep` to be a function');
  });
});

describe('withRetries', () => {
  const ok: HttpResponse = { status: 200, headers: {}, bodyText: '{}' };

  it('lets errors that are not transport failures through at once', async () => {
    let calls = 0;
    const transport = withRetries(
      async () => {
        calls++;
        throw new Error('bug in the adapter');
      },
      { sleep: async () => {} },
    );
    await expect(transport({ method: 'GET', url: 'http://x', headers: {} })).rejects.toThrow('bug in the adapter');
    expect(calls).toBe(1);
  });

  it('caps backoff at maxDelayMs and keeps jitter within [1x, 2x) of the step', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const transport = withRetries(
      async () => {
        if (++calls <= 4) throw new TransportError('network', 'reset');
        return ok;
      },
      { sleep: async (ms) => void sleeps.push(ms), retries: 4, baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.99 },
    );
    await expect(transport({ method: 'GET', url: 'http://x', headers: {} })).resolves.toBe(ok);
    expect(sleeps).toEqual([1990, 3980, 5000, 5000]);
  });

  it('never retries a 403, a 404 or a 400', async () => {
    for (const status of [403, 404, 400]) {
      let calls = 0;
      const transport = withRetries(async () => (calls++, { status, headers: {}, bodyText: '' }), { sleep: async () => {} });
      await transport({ method: 'GET', url: 'http://x', headers: {} });
      expect(calls).toBe(1);
    }
  });
});

/** A URL on a port nothing listens on: bind to port 0, read the port, close. */
async function unusedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
