import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../../test/server.js';
import {
  TransportError,
  call,
  createFetchTransport,
  runway,
  withRetries,
  type Deadline,
  type HttpResponse,
  type Transport,
} from '../index.js';

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

  it.each(['-5', 'abc', '99999999999', 'Fri, 31 Dec 9999 23:59:59 GMT'])(
    'falls back to the normal backoff for an invalid Retry-After %j',
    async (value) => {
      const server = await serve([{ status: 503, headers: { 'retry-after': value } }, { body: ORGANIZATION }]);
      const { transport, sleeps } = recordingTransport();
      await expect(call(transport, balance(server.url), runway.parseBalance)).resolves.toMatchObject({ credits: '100' });
      expect(sleeps).toEqual([750]); // 500 ms x 2^0 x (1 + jitter 0.5), not 0 and not 3,000 years
    },
  );

  it('does not wait for a Retry-After that would pass the deadline: fails at once and says so', async () => {
    const server = await serve([
      { status: 429, headers: { 'retry-after': '20' }, body: { error: 'Too many requests' } },
      { body: ORGANIZATION },
    ]);
    const { transport, sleeps } = recordingTransport();
    const e = await failure(call(withDeadline(transport, 5_000), balance(server.url), runway.parseBalance));
    expect(e).toMatchObject({ kind: 'timeout', provider: 'runway' });
    expect(e.message).toBe(
      'runway /v1/organization: would take longer than 5 s (the deadline for one account read): HTTP 429 with Retry-After 20 s',
    );
    expect(sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('shortens the attempt timeout to what is left of the deadline', async () => {
    const server = await serve([{ delayMs: 3_000, body: ORGANIZATION }]);
    const { transport } = recordingTransport({ timeoutMs: 10_000 });
    const started = Date.now();
    const e = await failure(call(withDeadline(transport, 300), balance(server.url), runway.parseBalance));
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(e).toMatchObject({ kind: 'timeout' });
    expect(e.message).toMatch(
      /^runway \/v1\/organization: took longer than 0\.3 s \(the deadline for one account read\): no response within the \d+ ms that were left$/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a body whose Content-Length passes the size limit before reading it', async () => {
    const big = { creditBalance: 1, padding: 'x'.repeat(4096) };
    const server = await serve([{ status: 500, body: big }, { body: ORGANIZATION }]);
    const { transport, sleeps } = recordingTransport({ maxResponseBytes: 1024 });
    const e = await failure(call(transport, balance(server.url), runway.parseBalance));
    expect(e).toMatchObject({ kind: 'bad-response', retryable: false });
    expect(e.message).toBe('runway /v1/organization: the response is larger than 1 KiB, the size limit for one answer');
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('stops an endless body at the 16 MiB default', async () => {
    const server = await serve([{ endless: true }]);
    const e = await failure(call(recordingTransport().transport, balance(server.url), runway.parseBalance));
    expect(e.message).toBe('runway /v1/organization: the response is larger than 16 MiB, the size limit for one answer');
  });

  it('refuses an oversized body from a transport that buffers whole bodies (the n8n path)', async () => {
    const buffering: Transport = async () => ({
      status: 200,
      headers: {},
      bodyText: `{"creditBalance": 1, "pad": "${'x'.repeat(16 * 1024 * 1024)}"}`,
    });
    const e = await failure(call(buffering, balance('http://127.0.0.1:9'), runway.parseBalance));
    expect(e).toMatchObject({ kind: 'bad-response' });
    expect(e.message).toContain('the response is larger than 16 MiB');
  });

  it('validates its options with messages that name them', () => {
    const sleep = async () => {};
    expect(() => createFetchTransport({ fetch: undefined as never, sleep })).toThrow('Expected `fetch` to be a function');
    expect(() => createFetchTransport({ fetch, sleep, timeoutMs: 0 })).toThrow('Expected `timeoutMs` to be a positive integer, got 0.');
    expect(() => createFetchTransport({ fetch, sleep, retries: -1 })).toThrow('Expected `retries` to be a non-negative integer, got -1.');
    expect(() => createFetchTransport({ fetch, sleep: undefined as never })).toThrow('Expected `sleep` to be a function');
    expect(() => createFetchTransport({ fetch, sleep, maxResponseBytes: 0 })).toThrow(
      'Expected `maxResponseBytes` to be a positive integer, got 0.',
    );
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

/** The transport with a deadline `ms` from now on every request, as readAccount sends it. */
function withDeadline(transport: Transport, ms: number): Transport {
  const end = Date.now() + ms;
  const deadline: Deadline = { seconds: ms / 1000, remainingMs: () => end - Date.now() };
  return (request) => transport(request, { deadline });
}

/** A URL on a port nothing listens on: bind to port 0, read the port, close. */
async function unusedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
