/**
 * Behaviour every client shares, run against each provider's documented balance response
 * on a local server: success, tolerated extra fields, named missing fields, error statuses,
 * retries, timeouts and truncated bodies, and that the key never leaks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../test/server.js';
import { createFalClient, createRunpodClient, createRunwareClient, createRunwayClient, type Balance, type Transport } from './index.js';

const KEY = 'sk-SECRET-123';
const UUID = '3f1c1a52-8a5e-4e57-9d43-0b2f3b0c9a11';

interface Case {
  provider: string;
  make(url: string, transport: Transport): { getBalance(): Promise<Balance> };
  body: Record<string, unknown>;
  /** The balance as the provider reports it: USD, or Runway's credits (never converted here). */
  amount: { amountUsd: string; currency: 'USD' } | { credits: string; currency: 'credits' };
  /** The documented body with one required field removed, and the message naming it. */
  withoutField: unknown;
  missingMessage: string;
  /** fal's billing endpoint needs an admin key, so a refused key means that. */
  refusedKind: string;
  /** The JSON key that holds the balance, and the field of Balance it is read into. */
  balanceField: string;
  readInto: 'amountUsd' | 'credits';
}

const cases: Case[] = [
  {
    provider: 'runway',
    make: (url, transport) => createRunwayClient({ apiKey: KEY, baseUrl: url, transport }),
    body: { creditBalance: 5000, tier: { maxMonthlyCreditSpend: 10000, models: {} } },
    amount: { credits: '5000', currency: 'credits' },
    withoutField: { tier: { maxMonthlyCreditSpend: 10000, models: {} } },
    missingMessage: 'runway /v1/organization: missing field creditBalance',
    refusedKind: 'auth',
    balanceField: 'creditBalance',
    readInto: 'credits',
  },
  {
    provider: 'runware',
    make: (url, transport) => createRunwareClient({ apiKey: KEY, baseUrl: url, transport, uuid: () => UUID }),
    body: {
      data: [{ taskType: 'accountManagement', operation: 'getDetails', balance: { amount: 12.34, freeBalance: 0, currency: 'USD' } }],
    },
    amount: { amountUsd: '12.34', currency: 'USD' },
    withoutField: { data: [{ taskType: 'accountManagement', operation: 'getDetails', balance: { currency: 'USD' } }] },
    missingMessage: 'runware accountManagement getDetails: missing field balance.amount',
    refusedKind: 'auth',
    balanceField: 'amount',
    readInto: 'amountUsd',
  },
  {
    provider: 'fal',
    make: (url, transport) => createFalClient({ apiKey: KEY, baseUrl: url, transport }),
    body: { username: 'my-team', credits: { current_balance: 24.5, currency: 'USD' } },
    amount: { amountUsd: '24.5', currency: 'USD' },
    withoutField: { username: 'my-team', credits: { currency: 'USD' } },
    missingMessage: 'fal /v1/account/billing: missing field credits.current_balance',
    refusedKind: 'admin-key-required',
    balanceField: 'current_balance',
    readInto: 'amountUsd',
  },
  {
    provider: 'runpod',
    make: (url, transport) => createRunpodClient({ apiKey: KEY, baseUrl: url, restBaseUrl: url, transport }),
    body: { data: { myself: { clientBalance: 435.85, currentSpendPerHr: 0.001, spendLimit: 180 } } },
    amount: { amountUsd: '435.85', currency: 'USD' },
    withoutField: { data: { myself: { currentSpendPerHr: 0.001, spendLimit: 180 } } },
    missingMessage: 'runpod graphql myself: missing field data.myself.clientBalance',
    refusedKind: 'auth',
    balanceField: 'clientBalance',
    readInto: 'amountUsd',
  },
];

afterEach(closeServers);

describe.each(cases)('$provider client', (c) => {
  it('reads the documented balance and tolerates unknown fields', async () => {
    const server = await serve([{ body: { ...c.body, someFieldAddedNextYear: { nested: true } } }]);
    const balance = await c.make(server.url, recordingTransport().transport).getBalance();
    expect(balance).toMatchObject({ provider: c.provider, ...c.amount });
  });

  it('names a missing required field', async () => {
    const server = await serve([{ body: c.withoutField }]);
    const e = await failure(c.make(server.url, recordingTransport().transport).getBalance());
    expect(e).toMatchObject({ kind: 'bad-response', provider: c.provider, retryable: false });
    expect(e.message).toBe(c.missingMessage);
  });

  it('reports truncated JSON as a bad response, without retrying', async () => {
    const server = await serve([{ body: JSON.stringify(c.body).slice(0, 20) }]);
    const e = await failure(c.make(server.url, recordingTransport().transport).getBalance());
    expect(e).toMatchObject({ kind: 'bad-response', status: 200 });
    expect(e.message).toContain('not valid JSON');
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a refused key (401), and never prints the key even when the provider echoes it', async () => {
    const server = await serve((req) => ({ status: 401, body: { error: `invalid credentials: ${req.headers.authorization}` } }));
    const { transport, sleeps } = recordingTransport();
    const e = await failure(c.make(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: c.refusedKind, status: 401, retryable: false });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(e.message).toContain('[redacted]');
    expectNoSecret(e, KEY);
  });

  it('redacts the key in any letter case the provider echoes it in', async () => {
    const server = await serve((req) => {
      const auth = req.headers.authorization ?? '';
      return { status: 401, body: { error: `bad key ${auth.toUpperCase()} (as sent: ${auth.toLowerCase()})` } };
    });
    const e = await failure(c.make(server.url, recordingTransport().transport).getBalance());
    expect(e.message.match(/\[redacted\]/g)).toHaveLength(2);
    expectNoSecret(e, KEY);
  });

  it.each(['12345678901234567.89', '0.1000000000000000055511151231257827'])('keeps every digit of a balance of %s', async (digits) => {
    // JSON numbers a double cannot hold: written into the body text as they are
    const text = JSON.stringify(c.body).replace(new RegExp(`("${c.balanceField}":)[-\\d.]+`), `$1${digits}`);
    expect(text).toContain(digits);
    const server = await serve([{ body: text }]);
    const balance = await c.make(server.url, recordingTransport().transport).getBalance();
    expect(balance[c.readInto]).toBe(digits);
  });

  it('stops reading a body at the size limit and reports it as a bad response, not retried', async () => {
    const server = await serve((_, i) => ({ status: i === 0 ? 503 : 200, endless: true }));
    const { transport, sleeps } = recordingTransport({ maxResponseBytes: 64 * 1024 });
    const started = Date.now();
    const e = await failure(c.make(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: 'bad-response', provider: c.provider, retryable: false });
    expect(e.message).toMatch(/: the response is larger than 64 KiB, the size limit for one answer$/);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1_500); // not the 2 s attempt timeout
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    const server = await serve([{ status: 429, headers: { 'retry-after': '2' }, body: { error: 'Too many requests' } }, { body: c.body }]);
    const { transport, sleeps } = recordingTransport();
    await expect(c.make(server.url, transport).getBalance()).resolves.toMatchObject(c.amount);
    expect(sleeps).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('backs off after a 500, then succeeds', async () => {
    const server = await serve([{ status: 500, body: 'Internal Server Error' }, { body: c.body }]);
    const { transport, sleeps } = recordingTransport();
    await expect(c.make(server.url, transport).getBalance()).resolves.toMatchObject(c.amount);
    expect(sleeps).toEqual([750]); // 500 ms x 2^0 x (1 + jitter 0.5)
  });

  it('gives up after the retries with a typed, retryable error', async () => {
    const server = await serve((_, i) => ({ status: 503, body: { error: `down ${i}` } }));
    const { transport, sleeps } = recordingTransport({ retries: 2 });
    const e = await failure(c.make(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: 'unavailable', status: 503, retryable: true });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([750, 1500]);
  });

  it('times out a slow response', async () => {
    const server = await serve([
      { delayMs: 2_000, body: c.body },
      { delayMs: 2_000, body: c.body },
    ]);
    const { transport } = recordingTransport({ timeoutMs: 200, retries: 1 });
    const e = await failure(c.make(server.url, transport).getBalance());
    expect(e).toMatchObject({ kind: 'timeout', provider: c.provider, retryable: true });
    expect(e.message).toMatch(/no response within 200 ms/);
    expect(server.requests).toHaveLength(2);
    expectNoSecret(e, KEY);
  });
});
