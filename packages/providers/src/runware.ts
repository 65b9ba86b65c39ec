/**
 * Runware: balance and usage through the `accountManagement` task on `POST /v1` (the body is
 * always an array of tasks), and published prices from the public content API.
 *
 * Whether `usage.*.credits` in `getDetails` is USD is unverified; it is treated as USD, the
 * account's currency, until Runware documents otherwise.
 */
import { z } from 'zod';
import { call } from './call.js';
import type { ProviderRequest, Transport } from './http.js';
import { badResponse, type Origin } from './internal/classify.js';
import { addDays, checkWindow, dayOf, groupByDay } from './internal/days.js';
import { Dec, moneySchema, numberTextSchema } from './internal/money.js';
import { jsonParser, validate } from './internal/parse.js';
import { parsePriceText } from './internal/price-text.js';
import { baseUrl, buildRequest, checkCredentials, pathSegment } from './internal/request.js';
import type { Balance, Credentials, JobCost, LivePrice, LivePrices, UsageDay, UsageHistory, UsageTotals, UsageWindow } from './types.js';

export const RUNWARE_BASE_URL = 'https://api.runware.ai';
export const RUNWARE_CONTENT_BASE_URL = 'https://content.runware.ai';

export interface RunwareCredentials extends Credentials {
  /** Overrides the public pricing host. */
  contentBaseUrl?: string;
}

/**
 * Runware wants a v4 UUID per task. It is injected because lib ES2023 without DOM or Node
 * typings has no `crypto` global to build one from; front doors pass `crypto.randomUUID`.
 */
export interface TaskIds {
  uuid: () => string;
}

const DETAILS: Origin = { provider: 'runware', endpoint: 'accountManagement getDetails' };
const ACTIVITY: Origin = { provider: 'runware', endpoint: 'accountManagement getUsageActivity' };
const PRICING: Origin = { provider: 'runware', endpoint: 'GET /models/{id}/pricing' };
const SEARCH: Origin = { provider: 'runware', endpoint: 'modelSearch' };
const UUID_SOURCE = 'Expected `uuid` to be a function returning a v4 UUID, e.g. crypto.randomUUID.';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function tasksRequest(origin: Origin, creds: Credentials, tasks: Array<Record<string, unknown>>): ProviderRequest {
  checkCredentials(creds);
  return buildRequest(origin, 'POST', `${baseUrl(creds.baseUrl, RUNWARE_BASE_URL)}/v1`, { Authorization: `Bearer ${creds.apiKey}` }, tasks);
}

function taskUUID(ids: TaskIds): string {
  if (typeof ids?.uuid !== 'function') throw new TypeError(UUID_SOURCE);
  const id = ids.uuid();
  if (!UUID_V4.test(id)) throw new TypeError(`Expected \`uuid\` to return a v4 UUID, got ${JSON.stringify(id)}.`);
  return id;
}

function task(ids: TaskIds, operation: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { taskType: 'accountManagement', taskUUID: taskUUID(ids), operation, ...fields };
}

/** `[{ taskType: "accountManagement", operation: "getDetails" }]`. */
export function balanceRequest(creds: Credentials, ids: TaskIds): ProviderRequest {
  return tasksRequest(DETAILS, creds, [task(ids, 'getDetails')]);
}

/**
 * Both tasks in one call (the reason the body is an array): the day series per model from
 * `getUsageActivity` (Runware's `endDate` is inclusive, hence `beforeDate - 1`) and the rolling
 * totals from `getDetails`.
 */
export function usageRequest(creds: Credentials, window: UsageWindow, ids: TaskIds): ProviderRequest {
  const { startDate, beforeDate } = checkWindow(window);
  return tasksRequest(ACTIVITY, creds, [
    task(ids, 'getDetails'),
    task(ids, 'getUsageActivity', { startDate, endDate: addDays(beforeDate, -1), groupBy: ['date', 'model'], timezone: 'UTC' }),
  ]);
}

/** The most days one `getUsageActivity` spans (its `startDate` to `endDate`, both included). */
export const RUNWARE_MAX_USAGE_DAYS = 30;

/**
 * A window cut into the parts Runware answers, oldest first, each at most 30 days:
 * 2026-09-01 to 2026-11-30 (90 days) -> 09-01..09-30, 10-01..10-30, 10-31..11-29, 11-30.
 */
export function usageWindows(window: UsageWindow): UsageWindow[] {
  const { startDate, beforeDate } = checkWindow(window);
  const parts: UsageWindow[] = [];
  for (let start = startDate; start < beforeDate;) {
    const end = addDays(start, RUNWARE_MAX_USAGE_DAYS);
    const part = { startDate: start, beforeDate: end < beforeDate ? end : beforeDate };
    parts.push(part);
    start = part.beforeDate;
  }
  return parts;
}

/**
 * The usage of consecutive parts of one window as one history: days summed by date and model
 * (a day answered twice counts twice, as billed), the rolling totals of the last answer
 * (`getDetails` is the same account each time), the period's spend summed when every part has
 * it, and no projection (each part projects its own month).
 */
export function joinUsage(parts: readonly UsageHistory[]): UsageHistory {
  if (parts.length === 1) return parts[0]!;
  const days = new Map<string, { total: Dec; byModel: Map<string, Dec> }>();
  for (const day of parts.flatMap((p) => p.days)) {
    let d = days.get(day.date);
    if (!d) days.set(day.date, (d = { total: new Dec(0), byModel: new Map() }));
    d.total = d.total.plus(day.amountUsd!);
    for (const [model, amount] of Object.entries(day.byModel ?? {}))
      d.byModel.set(model, (d.byModel.get(model) ?? new Dec(0)).plus(amount));
  }
  const joined: UsageDay[] = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, d]) => ({
      date,
      amountUsd: d.total.toFixed(),
      ...(d.byModel.size ? { byModel: Object.fromEntries([...d.byModel].map(([m, v]) => [m, v.toFixed()])) } : {}),
    }));
  const last = parts.at(-1)!.totals ?? {};
  const periods = parts.map((p) => p.totals?.periodUsd);
  const totals: UsageTotals = prune({
    todayUsd: last.todayUsd,
    last7DaysUsd: last.last7DaysUsd,
    last30DaysUsd: last.last30DaysUsd,
    allTimeUsd: last.allTimeUsd,
    periodUsd: periods.every((p) => p !== undefined) ? periods.reduce((a, b) => a.plus(b!), new Dec(0)).toFixed() : undefined,
  });
  return { ...parts[0]!, days: joined, totals };
}

/** Public, no key: `GET https://content.runware.ai/models/{id}/pricing`. */
export function pricingRequest(creds: Pick<RunwareCredentials, 'contentBaseUrl'>, modelId: string): ProviderRequest {
  if (typeof modelId !== 'string' || modelId === '') throw new TypeError('Expected a model id such as "runware:101@1".');
  const base = baseUrl(creds.contentBaseUrl, RUNWARE_CONTENT_BASE_URL, 'contentBaseUrl');
  return buildRequest(PRICING, 'GET', `${base}/models/${pathSegment(modelId)}/pricing`, {});
}

/**
 * `[{ taskType: "modelSearch", search: "<AIR>" }]` over every visibility: a community model's
 * architecture, which decides how Runware bills its compute.
 */
export function modelSearchRequest(creds: Credentials, ids: TaskIds, air: string): ProviderRequest {
  if (typeof air !== 'string' || air === '') throw new TypeError('Expected a model AIR such as "civitai:618692@691639".');
  return tasksRequest(SEARCH, creds, [{ taskType: 'modelSearch', taskUUID: taskUUID(ids), search: air, visibility: 'all', limit: 20 }]);
}

const tasksSchema = z.object({ data: z.array(z.unknown()) });
const period = z.object({ credits: moneySchema.optional() }).optional();
const detailsSchema = z.object({
  balance: z.object({ amount: moneySchema, currency: z.literal('USD').optional() }),
  usage: z.object({ today: period, last7Days: period, last30Days: period, total: period }).optional(),
});
const metaSchema = z.object({ totalSpend: moneySchema.optional(), projectedSpend: moneySchema.optional() }).optional();
const activitySchema = z.object({
  usage: z.object({
    timeseries: z
      .object({ data: z.array(z.object({ date: z.string(), spend: moneySchema, model: z.string().optional() })), meta: metaSchema })
      .optional(),
    // Runware documents `meta` beside the series; accept it one level up too.
    meta: metaSchema,
  }),
});

/** The result of one operation out of `data[]`, validated. */
function result<S extends z.ZodType>(origin: Origin, data: readonly unknown[], operation: string, schema: S): z.output<S> {
  const found = data.find((item) => (item as { operation?: unknown })?.operation === operation);
  if (found === undefined) throw badResponse(origin, `no ${operation} result in data[]`);
  return validate(origin, schema, found);
}

export const parseBalance = jsonParser({
  ...DETAILS,
  schema: tasksSchema,
  errorsInBody: true,
  map: ({ data }): Balance => {
    const { balance } = result(DETAILS, data, 'getDetails', detailsSchema);
    return { provider: 'runware', amountUsd: balance.amount, currency: 'USD' };
  },
});

export const parseUsage = jsonParser({
  ...ACTIVITY,
  schema: tasksSchema,
  errorsInBody: true,
  map: ({ data }): UsageHistory => {
    const details = result(ACTIVITY, data, 'getDetails', detailsSchema);
    const { usage } = result(ACTIVITY, data, 'getUsageActivity', activitySchema);
    const rows = (usage.timeseries?.data ?? []).map((row, i) => {
      const date = dayOf(row.date);
      if (!date) throw badResponse(ACTIVITY, `field usage.timeseries.data[${i}].date: expected a date, got ${JSON.stringify(row.date)}`);
      return { date, amountUsd: row.spend, ...(row.model !== undefined ? { model: row.model } : {}) };
    });
    const meta = usage.timeseries?.meta ?? usage.meta;
    const totals: UsageTotals = prune({
      todayUsd: details.usage?.today?.credits,
      last7DaysUsd: details.usage?.last7Days?.credits,
      last30DaysUsd: details.usage?.last30Days?.credits,
      allTimeUsd: details.usage?.total?.credits,
      periodUsd: meta?.totalSpend,
      projectedUsd: meta?.projectedSpend,
    });
    return { provider: 'runware', days: groupByDay(rows), source: 'runware POST /v1 accountManagement getUsageActivity', totals };
  },
});

const pricingSchema = z.object({
  air: z.string(),
  pricingOverview: z.string().optional(),
  pricingExamples: z
    .array(z.object({ configuration: z.string(), price: z.union([z.string(), numberTextSchema.transform((digits) => `$${digits}`)]) }))
    .optional(),
});

/**
 * Published prices for one model: the overview price when its text names one price, and each
 * pricing example as the price of one request in that configuration. 404 -> null (none published).
 */
export const parsePricing = jsonParser({
  ...PRICING,
  schema: pricingSchema,
  onNotFound: () => null,
  map: ({ air, pricingOverview, pricingExamples }): LivePrice[] | null => {
    const read = (text: string, fallbackUnit: string, configuration?: string): LivePrice[] => {
      const parsed = parsePriceText(text);
      if (!parsed) return [];
      const unit = parsed.unit ?? fallbackUnit;
      return [
        { provider: 'runware', model: air, unit, amountUsd: parsed.amountUsd, raw: text, ...(configuration ? { configuration } : {}) },
      ];
    };
    return [
      ...(pricingOverview !== undefined ? read(pricingOverview, 'unspecified') : []),
      ...(pricingExamples ?? []).flatMap(({ configuration, price }) => read(price, 'request', configuration)),
    ];
  },
});

/** What Runware's model search says of one AIR: its name and architecture (Runware's own code, "sdxl", "flux1d"). */
export interface RunwareModelInfo {
  readonly air: string;
  readonly name?: string;
  readonly architecture?: string;
}

const searchSchema = z.object({
  results: z
    .array(z.object({ air: z.string(), name: z.string().optional(), version: z.string().optional(), architecture: z.string().optional() }))
    .default([]),
});

/**
 * The search result whose AIR is the one asked for (a search also returns models that merely
 * mention it); null when none is. `air` is compared case-insensitively, as Runware's ids are.
 */
export function parseModelSearch(air: string) {
  return jsonParser({
    ...SEARCH,
    schema: tasksSchema,
    errorsInBody: true,
    map: ({ data }): RunwareModelInfo | null => {
      const found = data.find((item) => (item as { taskType?: unknown })?.taskType === 'modelSearch');
      if (found === undefined) throw badResponse(SEARCH, 'no modelSearch result in data[]');
      const { results } = validate(SEARCH, searchSchema, found);
      const hit = results.find((r) => r.air.toLowerCase() === air.toLowerCase());
      if (!hit) return null;
      return prune({ air: hit.air, name: hit.name, architecture: hit.architecture });
    },
  });
}

export interface RunwareClientOptions extends RunwareCredentials, TaskIds {
  transport: Transport;
}

export interface RunwareClient {
  getBalance(): Promise<Balance>;
  /** The window in parts of at most 30 days (Runware's limit), joined. */
  getUsage(window: UsageWindow): Promise<UsageHistory>;
  /** One public request per id, in order; ids with no published or readable price are `missing`. */
  getLivePrices(modelIds: readonly string[]): Promise<LivePrices>;
  /** Runware's model search for one AIR (needs the key); null when Runware does not know it. */
  getModelInfo(air: string): Promise<RunwareModelInfo | null>;
}

export function createRunwareClient(options: RunwareClientOptions): RunwareClient {
  const { transport, uuid, ...creds } = options;
  const ids: TaskIds = { uuid };
  // Validate now, not on first use, without spending a task UUID.
  checkCredentials(creds);
  baseUrl(creds.baseUrl, RUNWARE_BASE_URL);
  baseUrl(creds.contentBaseUrl, RUNWARE_CONTENT_BASE_URL, 'contentBaseUrl');
  if (typeof uuid !== 'function') throw new TypeError(UUID_SOURCE);
  return Object.freeze({
    getBalance: () => call(transport, balanceRequest(creds, ids), parseBalance),
    // Runware answers at most 30 days at a time: a longer window is read part by part, in turn
    async getUsage(window: UsageWindow): Promise<UsageHistory> {
      const parts: UsageHistory[] = [];
      for (const part of usageWindows(window)) parts.push(await call(transport, usageRequest(creds, part, ids), parseUsage));
      return joinUsage(parts);
    },
    async getLivePrices(modelIds: readonly string[]): Promise<LivePrices> {
      const prices: LivePrice[] = [];
      const missing: string[] = [];
      for (const id of modelIds) {
        const found = await call(transport, pricingRequest(creds, id), parsePricing);
        if (found?.length) prices.push(...found);
        else missing.push(id);
      }
      return { prices, missing };
    },
    getModelInfo: (air: string) => call(transport, modelSearchRequest(creds, ids, air), parseModelSearch(air)),
  });
}

const resultCostSchema = z.object({
  taskUUID: z.string().min(1).optional().catch(undefined),
  taskType: z.string().optional().catch(undefined),
  cost: moneySchema,
});

/**
 * What Runware billed for one task, read from its result: a task sent with `includeCost: true`
 * carries `cost` (USD) in its result, so no call is needed. `result` is one item of the answer's
 * `data` array (a video task's final `getResponse` result). A result without `cost` is refused,
 * never read as $0.
 */
export function resultCost(result: unknown, id?: string): JobCost {
  const record = typeof result === 'object' && result !== null && !Array.isArray(result) ? (result as Record<string, unknown>) : undefined;
  if (!record) throw new TypeError(`Expected a Runware result object (one item of the answer's \`data\`), got ${shownValue(result)}.`);
  if (record.cost === undefined || record.cost === null)
    throw new TypeError('The Runware result carries no `cost`. Send the task with `"includeCost": true` and pass its result.');
  const parsed = resultCostSchema.safeParse(record);
  if (!parsed.success)
    throw new TypeError(`Expected the Runware result's \`cost\` to be a USD amount such as 0.0013, got ${shownValue(record.cost)}.`);
  const taskUUID = parsed.data.taskUUID ?? id;
  if (!taskUUID) throw new TypeError('The Runware result carries no `taskUUID`; give the task id with it.');
  return {
    provider: 'runware',
    id: taskUUID,
    state: 'finished',
    amountUsd: parsed.data.cost,
    ...(parsed.data.taskType !== undefined ? { status: parsed.data.taskType } : {}),
    source: 'runware result cost (includeCost)',
  };
}

function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}

/** Drop undefined values so results compare and print cleanly. */
function prune<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
