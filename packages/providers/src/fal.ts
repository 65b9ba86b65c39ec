/**
 * fal.ai Platform API: balance (`/v1/account/billing`) and usage (`/v1/models/usage`) need an
 * ADMIN key; live prices (`/v1/models/pricing`) take any key and reflect account discounts.
 */
import { z } from 'zod';
import { call } from './call.js';
import type { ProviderRequest, Transport } from './http.js';
import { ProviderError } from './errors.js';
import { badResponse, type Origin } from './internal/classify.js';
import { checkWindow, dayOf, groupByDay, type UsageRow } from './internal/days.js';
import { Dec, moneySchema } from './internal/money.js';
import { chunk, collectPages, type Page } from './internal/paginate.js';
import { jsonParser } from './internal/parse.js';
import { baseUrl, buildRequest, checkCredentials, jobId, query } from './internal/request.js';
import type { Balance, BilledUnits, Credentials, JobCost, LivePrice, LivePrices, UsageHistory, UsageWindow } from './types.js';

export const FAL_BASE_URL = 'https://api.fal.ai';
/** `endpoint_id` takes 1 to 50 ids per request. */
export const FAL_PRICING_BATCH = 50;

const BILLING: Origin = { provider: 'fal', endpoint: '/v1/account/billing', admin: true };
const USAGE: Origin = { provider: 'fal', endpoint: '/v1/models/usage', admin: true };
const PRICING: Origin = { provider: 'fal', endpoint: '/v1/models/pricing' };
const BILLING_EVENTS: Origin = { provider: 'fal', endpoint: '/v1/models/billing-events', admin: true };
/** fal caps a billing-events query at 90 days; the default start is 24 hours ago, too recent for a job of last week. */
export const FAL_BILLING_EVENTS_DAYS = 90;

function get(origin: Origin, creds: Credentials, path: string): ProviderRequest {
  checkCredentials(creds);
  return buildRequest(origin, 'GET', `${baseUrl(creds.baseUrl, FAL_BASE_URL)}${path}`, { Authorization: `Key ${creds.apiKey}` });
}

/** `GET /v1/account/billing?expand=credits` (admin key). */
export function balanceRequest(creds: Credentials): ProviderRequest {
  return get(BILLING, creds, `/v1/account/billing${query({ expand: 'credits' })}`);
}

/**
 * One page of `GET /v1/models/usage` (admin key). `expand=time_series` with `timeframe=day`
 * and `timezone=UTC` gives the per-day buckets a burn rate needs; `expand=summary` gives the
 * window's total per endpoint. `end` is exclusive, like `beforeDate`.
 */
export function usageRequest(creds: Credentials, window: UsageWindow, options: { cursor?: string } = {}): ProviderRequest {
  const { startDate, beforeDate } = checkWindow(window);
  const params = query({
    start: `${startDate}T00:00:00Z`,
    end: `${beforeDate}T00:00:00Z`,
    timeframe: 'day',
    timezone: 'UTC',
    expand: ['time_series', 'summary'],
    cursor: options.cursor,
  });
  return get(USAGE, creds, `/v1/models/usage${params}`);
}

/** One page of `GET /v1/models/pricing?endpoint_id=a,b` for 1 to 50 endpoint ids. */
export function pricingRequest(creds: Credentials, endpointIds: readonly string[], options: { cursor?: string } = {}): ProviderRequest {
  if (endpointIds.length < 1 || endpointIds.length > FAL_PRICING_BATCH) {
    throw new RangeError(`Expected 1 to ${FAL_PRICING_BATCH} endpoint ids per pricing request, got ${endpointIds.length}.`);
  }
  return get(PRICING, creds, `/v1/models/pricing${query({ endpoint_id: endpointIds.join(','), cursor: options.cursor })}`);
}

/**
 * One page of `GET /v1/models/billing-events?request_id=...` (admin key) from `start` (an ISO
 * timestamp; fal defaults to 24 hours ago and caps the span at 90 days) to now.
 */
export function billingEventsRequest(creds: Credentials, requestId: string, options: { start: string; cursor?: string }): ProviderRequest {
  const id = jobId(requestId, 'a fal request id');
  if (typeof options?.start !== 'string' || Number.isNaN(Date.parse(options.start)))
    throw new TypeError(`Expected \`start\` to be an ISO timestamp, got ${JSON.stringify(options?.start)}.`);
  return get(BILLING_EVENTS, creds, `/v1/models/billing-events${query({ request_id: id, start: options.start, cursor: options.cursor })}`);
}

const usd = z.literal('USD');
const cursorFields = { next_cursor: z.string().nullable().optional(), has_more: z.boolean().optional() };

export const parseBalance = jsonParser({
  ...BILLING,
  schema: z.object({ credits: z.object({ current_balance: moneySchema, currency: usd.optional() }) }),
  map: ({ credits }): Balance => ({ provider: 'fal', amountUsd: credits.current_balance, currency: 'USD' }),
});

const usageLine = z.object({
  endpoint_id: z.string(),
  unit: z.string().optional(),
  quantity: moneySchema.optional(),
  unit_price: moneySchema.optional(),
  cost: moneySchema.optional(),
  cost_total: moneySchema.optional(),
  currency: usd.optional(),
});
type UsageLine = z.output<typeof usageLine>;

export interface FalUsagePage extends Page<UsageRow> {
  /** USD billed over the whole window, the sum of `summary[].cost_total`. */
  summaryUsd?: string;
}

export const parseUsagePage = jsonParser({
  ...USAGE,
  schema: z.object({
    time_series: z.array(z.object({ bucket: z.string(), results: z.array(usageLine) })).optional(),
    summary: z.array(usageLine).optional(),
    ...cursorFields,
  }),
  map: (page): FalUsagePage => {
    const items = (page.time_series ?? []).flatMap((bucket, i) => {
      const date = dayOf(bucket.bucket);
      if (!date) throw badResponse(USAGE, `field time_series[${i}].bucket: expected a timestamp, got ${JSON.stringify(bucket.bucket)}`);
      return bucket.results.map((line, j) => ({
        date,
        model: line.endpoint_id,
        amountUsd: lineCost(line, `time_series[${i}].results[${j}]`),
        ...(line.quantity !== undefined ? { units: unitsOf(line, line.quantity) } : {}),
      }));
    });
    const summaryUsd = page.summary
      ?.map((line, i) => lineCost(line, `summary[${i}]`))
      .reduce((sum, cost) => sum.plus(cost), new Dec(0))
      .toFixed();
    return { items, ...nextCursor(USAGE, page), ...(summaryUsd !== undefined ? { summaryUsd } : {}) };
  },
});

/** The line's billed units, kept so a reconcile can set fal's unit price and quantity against the plan. */
function unitsOf(line: UsageLine, quantity: string): BilledUnits {
  return {
    ...(line.unit !== undefined ? { unit: line.unit } : {}),
    quantity,
    ...(line.unit_price !== undefined ? { unitPrice: line.unit_price } : {}),
  };
}

/**
 * A usage line's USD: `cost_total` or `cost` as billed, else quantity x unit price
 * (4 images x $0.1 = "0.4"). A line with neither is an error, never $0.
 */
function lineCost(line: UsageLine, path: string): string {
  const billed = line.cost_total ?? line.cost;
  if (billed !== undefined) return billed;
  if (line.quantity !== undefined && line.unit_price !== undefined) return new Dec(line.quantity).times(line.unit_price).toFixed();
  throw badResponse(USAGE, `missing field ${path}.cost_total`);
}

export const parsePricingPage = jsonParser({
  ...PRICING,
  schema: z.object({
    prices: z.array(z.object({ endpoint_id: z.string(), unit_price: moneySchema, unit: z.string(), currency: usd.optional() })),
    ...cursorFields,
  }),
  map: (page): Page<LivePrice> => ({
    items: page.prices.map((p) => ({ provider: 'fal', model: p.endpoint_id, unit: p.unit, amountUsd: p.unit_price })),
    ...nextCursor(PRICING, page),
  }),
});

/** fal ends a listing with `has_more: false` or a null cursor; `has_more` without a cursor would lose pages. */
function nextCursor(
  origin: Origin,
  page: { next_cursor?: string | null | undefined; has_more?: boolean | undefined },
): { nextCursor?: string } {
  if (page.has_more === false || (page.has_more === undefined && !page.next_cursor)) return {};
  if (!page.next_cursor) throw badResponse(origin, 'missing field next_cursor (has_more is true)');
  return { nextCursor: page.next_cursor };
}

const billingEvent = z.object({
  request_id: z.string(),
  endpoint_id: z.string().optional(),
  unit: z.string().optional(),
  output_units: moneySchema.nullable().optional(),
  unit_price: moneySchema.nullable().optional(),
  percent_discount: moneySchema.nullable().optional(),
  cost_total: moneySchema.nullable().optional(),
  cost_estimate_nano_usd: moneySchema.nullable().optional(),
});
type BillingEvent = z.output<typeof billingEvent>;

export const parseBillingEventsPage = jsonParser({
  ...BILLING_EVENTS,
  schema: z.object({ billing_events: z.array(billingEvent), ...cursorFields }),
  map: (page): Page<BillingEvent> => ({ items: page.billing_events, ...nextCursor(BILLING_EVENTS, page) }),
});

/**
 * One event's USD: `cost_total` as billed (after discounts); else `cost_estimate_nano_usd`, which
 * fal documents as cost_total in nano USD (1,500,000 -> "0.0015"); else output units x unit price
 * less `percent_discount` (2 x $0.001 less 10% = "0.0018"). An event with none is an error, never $0.
 */
function eventCost(event: BillingEvent, path: string): string {
  if (event.cost_total != null) return event.cost_total;
  if (event.cost_estimate_nano_usd != null) return new Dec(event.cost_estimate_nano_usd).dividedBy(1e9).toFixed();
  if (event.output_units != null && event.unit_price != null) {
    const off = new Dec(1).minus(new Dec(event.percent_discount ?? 0).dividedBy(100));
    return new Dec(event.output_units).times(event.unit_price).times(off).toFixed();
  }
  throw badResponse(BILLING_EVENTS, `missing field ${path}.cost_total`);
}

/**
 * What fal billed for one request: the sum of its billing events (one, usually). No event is a
 * `not-found`: fal may not have recorded it yet, or it is older than the window asked.
 */
export function requestCost(requestId: string, events: readonly BillingEvent[], since: string): JobCost {
  const own = events.map((e, i) => ({ e, i })).filter(({ e }) => e.request_id === requestId);
  if (!own.length)
    throw new ProviderError({
      kind: 'not-found',
      provider: 'fal',
      message: `fal ${BILLING_EVENTS.endpoint}: no billing event for request ${JSON.stringify(requestId)} since ${since} (fal records an event shortly after the request ends; check the id and that the key is the admin key of the account that ran it)`,
    });
  const total = own.reduce((sum, { e, i }) => sum.plus(eventCost(e, `billing_events[${i}]`)), new Dec(0)).toFixed();
  const first = own[0]!.e;
  const quantity = own.every(({ e }) => e.output_units != null)
    ? own.reduce((sum, { e }) => sum.plus(e.output_units!), new Dec(0)).toFixed()
    : undefined;
  const prices = new Set(own.map(({ e }) => e.unit_price ?? undefined));
  const unitPrice = prices.size === 1 ? [...prices][0] : undefined;
  return {
    provider: 'fal',
    id: requestId,
    state: 'finished',
    amountUsd: total,
    ...(first.endpoint_id !== undefined ? { model: first.endpoint_id } : {}),
    ...(quantity !== undefined
      ? {
          units: { quantity, ...(first.unit !== undefined ? { unit: first.unit } : {}), ...(unitPrice !== undefined ? { unitPrice } : {}) },
        }
      : {}),
    source: 'fal GET /v1/models/billing-events',
  };
}

export interface FalClientOptions extends Credentials {
  transport: Transport;
}

export interface FalClient {
  getBalance(): Promise<Balance>;
  /** Every page of the window's usage, merged per day and endpoint. */
  getUsage(window: UsageWindow): Promise<UsageHistory>;
  /** Prices for endpoint ids, 50 per request, following each batch's cursor. */
  getLivePrices(endpointIds: readonly string[]): Promise<LivePrices>;
  /** What one request billed, from its billing events since `start` (an ISO timestamp at most 90 days back). */
  getRequestCost(requestId: string, options: { start: string }): Promise<JobCost>;
}

export function createFalClient(options: FalClientOptions): FalClient {
  const { transport, ...creds } = options;
  balanceRequest(creds); // validate credentials now, not on first use
  return Object.freeze({
    getBalance: () => call(transport, balanceRequest(creds), parseBalance),

    async getUsage(window: UsageWindow): Promise<UsageHistory> {
      let summaryUsd: string | undefined;
      const rows = await collectPages(USAGE, async (cursor) => {
        const page = await call(transport, usageRequest(creds, window, cursor ? { cursor } : {}), parseUsagePage);
        // The summary aggregates the whole window; later pages may repeat it, so the first one counts.
        summaryUsd ??= page.summaryUsd;
        return page;
      });
      return {
        provider: 'fal',
        days: groupByDay(rows),
        source: 'fal GET /v1/models/usage',
        ...(summaryUsd !== undefined ? { totals: { periodUsd: summaryUsd } } : {}),
      };
    },

    async getLivePrices(endpointIds: readonly string[]): Promise<LivePrices> {
      const wanted = [...new Set(endpointIds)];
      const prices: LivePrice[] = [];
      for (const batch of chunk(wanted, FAL_PRICING_BATCH)) {
        prices.push(
          ...(await collectPages(PRICING, (cursor) =>
            call(transport, pricingRequest(creds, batch, cursor ? { cursor } : {}), parsePricingPage),
          )),
        );
      }
      const found = new Set(prices.map((p) => p.model));
      return { prices, missing: wanted.filter((id) => !found.has(id)) };
    },

    async getRequestCost(requestId: string, options: { start: string }): Promise<JobCost> {
      const id = jobId(requestId, 'a fal request id');
      const events = await collectPages(BILLING_EVENTS, (cursor) =>
        call(transport, billingEventsRequest(creds, id, { start: options?.start, ...(cursor ? { cursor } : {}) }), parseBillingEventsPage),
      );
      return requestCost(id, events, options.start);
    },
  });
}
