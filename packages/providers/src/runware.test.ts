import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, failure, recordingTransport, serve } from '../test/server.js';
import { createRunwareClient, runware, type Transport } from './index.js';

const KEY = 'sk-SECRET-123';
const UUIDS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-9222-222222222222'];

afterEach(closeServers);

function client(url: string, transport: Transport = recordingTransport().transport) {
  let n = 0;
  return createRunwareClient({ apiKey: KEY, baseUrl: url, contentBaseUrl: url, transport, uuid: () => UUIDS[n++ % UUIDS.length]! });
}

const DETAILS = {
  taskType: 'accountManagement',
  taskUUID: UUIDS[0],
  operation: 'getDetails',
  organizationName: 'Acme',
  balance: { amount: 12.34, freeBalance: 0, currency: 'USD' },
  usage: {
    today: { credits: 1.2, requests: 40 },
    last7Days: { credits: 9.8, requests: 310 },
    last30Days: { credits: 41.0, requests: 1200 },
    total: { credits: 90.0, requests: 3000 },
  },
};

describe('runware', () => {
  it('posts an array of accountManagement tasks with v4 task UUIDs', async () => {
    const server = await serve([{ body: { data: [DETAILS] } }]);
    await client(server.url).getBalance();
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', url: '/v1' });
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(req?.body ?? '')).toEqual([{ taskType: 'accountManagement', taskUUID: UUIDS[0], operation: 'getDetails' }]);
  });

  it('reads the day series and rolling totals from one two-task call', async () => {
    const activity = {
      taskType: 'accountManagement',
      operation: 'getUsageActivity',
      usage: {
        timeseries: {
          data: [
            { date: '2026-03-02', count: 10, spend: 0.25 },
            { date: '2026-03-01', count: 200, spend: 1.5 },
          ],
          meta: { totalSpend: 1.75, avgDailySpend: 0.875, projectedSpend: 26.25 },
        },
      },
    };
    const server = await serve([{ body: { data: [DETAILS, activity] } }]);
    const history = await client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-31' });
    const tasks = JSON.parse(server.requests[0]?.body ?? '') as Array<Record<string, unknown>>;
    expect(tasks.map((t) => t.operation)).toEqual(['getDetails', 'getUsageActivity']);
    expect(tasks[1]).toMatchObject({ startDate: '2026-03-01', endDate: '2026-03-30', groupBy: ['date', 'model'] });
    expect(history).toEqual({
      provider: 'runware',
      source: 'runware POST /v1 accountManagement getUsageActivity',
      days: [
        { date: '2026-03-01', amountUsd: '1.5' },
        { date: '2026-03-02', amountUsd: '0.25' },
      ],
      totals: { todayUsd: '1.2', last7DaysUsd: '9.8', last30DaysUsd: '41', allTimeUsd: '90', periodUsd: '1.75', projectedUsd: '26.25' },
    });
  });

  it('maps the errors array to a typed error, with the key scrubbed', async () => {
    const server = await serve([
      {
        status: 400,
        body: {
          errors: [{ code: 'invalidApiKey', message: `Invalid API key ${KEY}`, parameter: 'apiKey', taskType: 'accountManagement' }],
        },
      },
    ]);
    const e = await failure(client(server.url).getBalance());
    expect(e).toMatchObject({ kind: 'auth', provider: 'runware', status: 400 });
    expect(e.message).toContain('invalidApiKey: Invalid API key [redacted]');
    expectNoSecret(e, KEY);
  });

  it('treats errors inside a 200 answer as a failure', async () => {
    const server = await serve([{ body: { data: [DETAILS], errors: [{ code: 'invalidDateRange', message: 'span exceeds 30 days' }] } }]);
    const e = await failure(client(server.url).getUsage({ startDate: '2026-01-01', beforeDate: '2026-01-31' }));
    expect(e).toMatchObject({ kind: 'bad-response', status: 200 });
    expect(e.message).toContain('invalidDateRange: span exceeds 30 days');
  });

  it('reads a window longer than 30 days in 30-day parts and sums them, as Runware refuses a longer span', async () => {
    // a stand-in that answers like Runware: at most 30 days from startDate to endDate (both
    // included), else invalidDateRange; the days of the range asked, $1 a day on google:4@1 and
    // $0.5 on runware:101@1 every fifth day, 90 days from 2026-09-01
    const day = (i: number) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
    const rows = Array.from({ length: 90 }, (_, i) => [
      { date: day(i), model: 'google:4@1', spend: 1 },
      ...(i % 5 === 0 ? [{ date: day(i), model: 'runware:101@1', spend: 0.5 }] : []),
    ]).flat();
    const spans: string[] = [];
    const server = await serve((req) => {
      const [, activity] = JSON.parse(req.body) as { startDate: string; endDate: string }[];
      const { startDate, endDate } = activity!;
      spans.push(`${startDate}..${endDate}`);
      const days = (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000 + 1;
      if (days > 30) return { body: { data: [DETAILS], errors: [{ code: 'invalidDateRange', message: 'span exceeds 30 days' }] } };
      const data = rows.filter((r) => r.date >= startDate && r.date <= endDate);
      // whole dollars and halves: exact as doubles
      const totalSpend = data.reduce((a, r) => a + r.spend, 0);
      return {
        body: {
          data: [
            DETAILS,
            {
              taskType: 'accountManagement',
              operation: 'getUsageActivity',
              usage: { timeseries: { data, meta: { totalSpend, projectedSpend: 99 } } },
            },
          ],
        },
      };
    });
    const history = await client(server.url).getUsage({ startDate: '2026-09-01', beforeDate: '2026-11-30' });
    expect(spans).toEqual(['2026-09-01..2026-09-30', '2026-10-01..2026-10-30', '2026-10-31..2026-11-29']);
    expect(history.days).toHaveLength(90);
    expect(history.days[0]).toEqual({ date: '2026-09-01', amountUsd: '1.5', byModel: { 'google:4@1': '1', 'runware:101@1': '0.5' } });
    expect(history.days[89]).toEqual({ date: '2026-11-29', amountUsd: '1', byModel: { 'google:4@1': '1' } });
    // 90 x $1 + 18 x $0.50 = $99 over the window, each part's totalSpend summed; no projection
    expect(history.days.every((d) => d.byModel?.['google:4@1'] === '1')).toBe(true);
    expect(history.days.filter((d) => d.byModel?.['runware:101@1'] === '0.5')).toHaveLength(18);
    expect(history.totals).toEqual({ todayUsd: '1.2', last7DaysUsd: '9.8', last30DaysUsd: '41', allTimeUsd: '90', periodUsd: '99' });
    // one day past 30 takes a second part of one day
    spans.length = 0;
    await client(server.url).getUsage({ startDate: '2026-09-01', beforeDate: '2026-10-02' });
    expect(spans).toEqual(['2026-09-01..2026-09-30', '2026-10-01..2026-10-01']);
    // 30 days are one request, as before
    spans.length = 0;
    const month = await client(server.url).getUsage({ startDate: '2026-09-01', beforeDate: '2026-10-01' });
    expect(spans).toEqual(['2026-09-01..2026-09-30']);
    expect(month.totals?.projectedUsd).toBe('99');
  });

  it('says which result is missing', async () => {
    const server = await serve([{ body: { data: [DETAILS] } }]);
    const e = await failure(client(server.url).getUsage({ startDate: '2026-03-01', beforeDate: '2026-03-02' }));
    expect(e.message).toBe('runware accountManagement getUsageActivity: no getUsageActivity result in data[]');
  });

  it('reads published prices from free text, and a 404 as no published price', async () => {
    const server = await serve((req) =>
      req.url === '/models/runware:101@1/pricing'
        ? {
            body: {
              model: 'runware:101@1',
              air: 'runware:101@1',
              name: 'FLUX.1 [dev]',
              pricingOverview: 'Compute-billed; see examples',
              pricingExamples: [
                { configuration: '1024x1024, 30 steps', price: '$0.0013' },
                { configuration: '2048x2048, 50 steps', price: 'from $0.01 to $0.02' },
              ],
            },
          }
        : req.url === '/models/bfl:2@1/pricing'
          ? { body: { air: 'bfl:2@1', pricingOverview: '$0.04 per image' } }
          : { status: 404, body: { error: 'not found' } },
    );
    const prices = await client(server.url).getLivePrices(['runware:101@1', 'bfl:2@1', 'nobody:1@1']);
    expect(prices).toEqual({
      prices: [
        {
          provider: 'runware',
          model: 'runware:101@1',
          unit: 'request',
          amountUsd: '0.0013',
          raw: '$0.0013',
          configuration: '1024x1024, 30 steps',
        },
        { provider: 'runware', model: 'bfl:2@1', unit: 'image', amountUsd: '0.04', raw: '$0.04 per image' },
      ],
      missing: ['nobody:1@1'],
    });
    expect(server.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('refuses a uuid source that does not give v4 UUIDs', () => {
    expect(() => runware.balanceRequest({ apiKey: KEY }, { uuid: () => 'not-a-uuid' })).toThrow(
      'Expected `uuid` to return a v4 UUID, got "not-a-uuid".',
    );
  });
});
