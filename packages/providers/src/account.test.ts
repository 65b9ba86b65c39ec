/**
 * readAccount, the one account read the CLI and the Action share: its overall deadline, and
 * host overrides it refuses before any request, against a local stand-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, recordingTransport, serve } from '../test/server.js';
import { accountClient, accountOptionsFromEnv, readAccount, withDeadline, type AccountFailure, type AccountReading } from './index.js';

const KEY = 'fal-SECRET-123';
const WINDOW = { startDate: '2026-10-01', beforeDate: '2026-10-31' };
const BILLING = { credits: { current_balance: 24.5, currency: 'USD' } };
const uuid = () => '3f1c1a52-8a5e-4e57-9d43-0b2f3b0c9a11';

afterEach(closeServers);

/** A clock that only moves when the transport sleeps, so hours of Retry-After pass in no time. */
function fakeClock() {
  let now = 1_000_000;
  const { transport, sleeps } = recordingTransport({ now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) });
  return { transport, sleeps, now: () => now };
}

describe('readAccount deadline', () => {
  it('ends a paged usage history that answers every page "503, Retry-After: 1" at the deadline', async () => {
    // Each page of fal usage first answers 503 with Retry-After 1 s, then the page and a next
    // cursor: 100 pages would take 100 s. With a 5 s deadline the read stops after 4 waits.
    const tried = new Set<string>();
    const server = await serve((req) => {
      if (req.url.startsWith('/v1/account/billing')) return { body: BILLING };
      const cursor = /cursor=(\w+)/.exec(req.url)?.[1] ?? 'first';
      if (!tried.has(cursor)) return (tried.add(cursor), { status: 503, headers: { 'retry-after': '1' }, body: { detail: 'busy' } });
      return { body: { time_series: [], next_cursor: `p${tried.size}`, has_more: true } };
    });
    const { transport, sleeps, now } = fakeClock();
    const options = { apiKey: KEY, baseUrl: server.url, transport, uuid, deadlineMs: 5_000, now };
    const reading = (await readAccount('fal', options, WINDOW)) as AccountReading;
    expect(reading.balance.amountUsd).toBe('24.5');
    expect(reading.usageError).toBe(
      'fal /v1/models/usage: would take longer than 5 s (the deadline for one account read): HTTP 503 with Retry-After 1 s',
    );
    expect(sleeps).toEqual([1000, 1000, 1000, 1000]);
    // four pages, each asked twice, then the fifth page's 503 whose 1 s wait would end at the deadline
    expect(server.requests.filter((r) => r.url.startsWith('/v1/models/usage'))).toHaveLength(9);
  });

  it('fails a balance read still waiting at the deadline as a timeout that says how long it took', async () => {
    const server = await serve(() => ({ delayMs: 5_000, body: BILLING }));
    const started = Date.now();
    const options = { apiKey: KEY, baseUrl: server.url, transport: recordingTransport().transport, uuid, deadlineMs: 400 };
    const failure = (await readAccount('fal', options, WINDOW)) as AccountFailure;
    expect(Date.now() - started).toBeLessThan(2_000); // not 4 attempts x the 2 s attempt timeout
    expect(failure.error.kind).toBe('timeout');
    expect(failure.error.message).toMatch(
      /^fal \/v1\/account\/billing: took longer than 0\.4 s \(the deadline for one account read\): no response within the \d+ ms that were left$/,
    );
  });

  it('refuses a deadline that is not a positive whole number of ms', async () => {
    const options = { apiKey: KEY, transport: recordingTransport().transport, uuid, deadlineMs: 0 };
    expect(await readAccount('fal', options, WINDOW)).toEqual({
      provider: 'fal',
      error: { kind: 'configuration', message: 'fal: Expected `deadlineMs` to be a positive integer, got 0.' },
    });
  });
});

describe('readAccount host overrides', () => {
  it.each([
    ['http://admin:hunter22@127.0.0.1:9', 'http://[redacted]@127.0.0.1:9'],
    ['https://admin:p/ss?w#rd@gateway.example', 'https://[redacted]@gateway.example'],
    ['https://token-only@gateway.example/v1', 'https://[redacted]@gateway.example/v1'],
  ])('refuses %s from GENSPEND_FAL_BASE_URL before any request, without showing its credentials', async (url, shown) => {
    const server = await serve(() => ({ body: BILLING }));
    const env = { FAL_KEY: KEY, GENSPEND_FAL_BASE_URL: url };
    const result = await readAccount(
      'fal',
      { ...accountOptionsFromEnv('fal', env)!, transport: recordingTransport().transport, uuid },
      WINDOW,
    );
    expect(result).toEqual({
      provider: 'fal',
      error: {
        kind: 'configuration',
        message: `fal: GENSPEND_FAL_BASE_URL must be an http(s) URL without a user name or password, got "${shown}" (fix: remove the "user:password@" part; genspend sends the API key in the provider's own header)`,
      },
    });
    for (const secret of ['hunter22', 'p/ss?w#rd', 'token-only', 'admin:']) expectNoSecret(new Error(JSON.stringify(result)), secret);
    expect(server.requests).toHaveLength(0);
  });

  it('does not show the credentials of a malformed URL either', async () => {
    const env = { RUNPOD_API_KEY: KEY, GENSPEND_RUNPOD_REST_BASE_URL: 'ftp://admin:hunter22@files.example' };
    const result = (await readAccount(
      'runpod',
      { ...accountOptionsFromEnv('runpod', env)!, transport: recordingTransport().transport, uuid },
      WINDOW,
    )) as AccountFailure;
    expect(result.error.message).toBe(
      'runpod: GENSPEND_RUNPOD_REST_BASE_URL must be an http(s) URL such as "https://api.example.com", got "ftp://[redacted]@files.example"',
    );
  });
});

describe('withDeadline (front doors that call an account one request at a time, as the n8n nodes do)', () => {
  it('stops a paged usage history at the deadline, shared by every request of the client', async () => {
    // every page answers at once with a next cursor, and each request moves the clock 1 s:
    // without a deadline the pages would go on; with 5 s the fifth is sent at the deadline and never answered
    let pages = 0;
    const server = await serve(() => ({ body: { time_series: [], next_cursor: `p${++pages}`, has_more: true } }));
    let now = 1_000_000;
    const { transport } = recordingTransport({ now: () => now, sleep: async () => undefined });
    const ticking: typeof transport = (request, options) => ((now += 1_000), transport(request, options));
    const client = accountClient('fal', {
      apiKey: KEY,
      baseUrl: server.url,
      transport: withDeadline(ticking, { deadlineMs: 5_000, now: () => now }),
      uuid,
    });
    await expect(client.getUsage(WINDOW)).rejects.toThrow('took longer than 5 s (the deadline for one account read)');
    expect(pages).toBe(4);
  });
});
