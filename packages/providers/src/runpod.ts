/**
 * Runpod: the balance only exists in the GraphQL API (deprecated, retiring 2027; REST has no
 * balance yet), spend history in REST v1, live serverless GPU prices in the v2 catalog.
 */
import { z } from 'zod';
import { call } from './call.js';
import type { ProviderRequest, Transport } from './http.js';
import { badResponse, type Origin } from './internal/classify.js';
import { checkWindow, dayOf, groupByDay } from './internal/days.js';
import { moneySchema } from './internal/money.js';
import { jsonParser } from './internal/parse.js';
import { baseUrl, buildRequest, checkCredentials, query } from './internal/request.js';
import type { Balance, Credentials, LivePrice, LivePrices, UsageHistory, UsageWindow } from './types.js';

export const RUNPOD_BASE_URL = 'https://api.runpod.io';
export const RUNPOD_REST_BASE_URL = 'https://rest.runpod.io';
export const RUNPOD_BALANCE_QUERY = 'query { myself { clientBalance currentSpendPerHr spendLimit } }';

export interface RunpodCredentials extends Credentials {
  /** Overrides the REST host (`rest.runpod.io`); `baseUrl` covers GraphQL and the catalog. */
  restBaseUrl?: string;
}

const GRAPHQL: Origin = { provider: 'runpod', endpoint: 'graphql myself' };
const BILLING: Origin = { provider: 'runpod', endpoint: '/v1/billing/endpoints' };
const CATALOG: Origin = { provider: 'runpod', endpoint: '/v2/catalog/gpus' };

function auth(creds: Credentials): Record<string, string> {
  checkCredentials(creds);
  return { Authorization: `Bearer ${creds.apiKey}` };
}

/** `POST /graphql` with the `myself` balance query. */
export function balanceRequest(creds: Credentials): ProviderRequest {
  return buildRequest(GRAPHQL, 'POST', `${baseUrl(creds.baseUrl, RUNPOD_BASE_URL)}/graphql`, auth(creds), { query: RUNPOD_BALANCE_QUERY });
}

/**
 * `GET /v1/billing/endpoints` in day buckets, grouped by endpoint so spend splits per endpoint.
 * Runpod's history may lag about an hour behind the meter.
 */
export function usageRequest(creds: RunpodCredentials, window: UsageWindow): ProviderRequest {
  const { startDate, beforeDate } = checkWindow(window);
  const params = query({
    bucketSize: 'day',
    startTime: `${startDate}T00:00:00Z`,
    endTime: `${beforeDate}T00:00:00Z`,
    grouping: 'endpointId',
  });
  const base = baseUrl(creds.restBaseUrl, RUNPOD_REST_BASE_URL, 'restBaseUrl');
  return buildRequest(BILLING, 'GET', `${base}/v1/billing/endpoints${params}`, auth(creds));
}

/** `GET /v2/catalog/gpus`: every GPU type with its prices per GPU-hour. */
export function gpuCatalogRequest(creds: Credentials): ProviderRequest {
  return buildRequest(CATALOG, 'GET', `${baseUrl(creds.baseUrl, RUNPOD_BASE_URL)}/v2/catalog/gpus`, auth(creds));
}

export const parseBalance = jsonParser({
  ...GRAPHQL,
  errorsInBody: true,
  schema: z.object({
    data: z.object({
      myself: z.object({
        clientBalance: moneySchema,
        currentSpendPerHr: moneySchema.nullable().optional(),
        spendLimit: moneySchema.nullable().optional(),
      }),
    }),
  }),
  map: ({ data: { myself } }): Balance => ({
    provider: 'runpod',
    amountUsd: myself.clientBalance,
    currency: 'USD',
    ...(myself.spendLimit != null ? { spendLimitPerHourUsd: myself.spendLimit } : {}),
    ...(myself.currentSpendPerHr != null ? { currentSpendPerHourUsd: myself.currentSpendPerHr } : {}),
  }),
});

export const parseUsage = jsonParser({
  ...BILLING,
  schema: z.array(z.object({ amount: moneySchema, time: z.string(), endpointId: z.string().optional(), gpuTypeId: z.string().optional() })),
  map: (buckets): UsageHistory => {
    const rows = buckets.map((bucket, i) => {
      const date = dayOf(bucket.time);
      if (!date) throw badResponse(BILLING, `field [${i}].time: expected a timestamp, got ${JSON.stringify(bucket.time)}`);
      const model = bucket.endpointId ?? bucket.gpuTypeId;
      return { date, amountUsd: bucket.amount, ...(model !== undefined ? { model } : {}) };
    });
    return { provider: 'runpod', days: groupByDay(rows), source: 'runpod GET /v1/billing/endpoints' };
  },
});

/** A live GPU price with the Serverless pool it belongs to: Runpod prices Serverless per pool. */
export interface RunpodLivePrice extends LivePrice {
  /** The pool id (`ADA_24`); null when the GPU is in no Serverless pool. */
  readonly pool: string | null;
}

const gpu = z.object({
  id: z.string(),
  name: z.string().optional(),
  // Required by the API description: the Serverless pool id, null when the GPU is in none.
  pool: z.string().min(1).nullable(),
  // Null or absent for GPUs not offered on serverless.
  price: z.object({ serverless: moneySchema.nullable().optional() }),
});

/** Serverless price per GPU-hour for each GPU that has one; the catalog answers a list or `{ gpus: [...] }`. */
export const parseGpuCatalog = jsonParser({
  ...CATALOG,
  // one shape to validate, so a bad record is named by its field rather than "Invalid input"
  schema: z
    .preprocess((body) => (Array.isArray(body) ? { gpus: body } : body), z.object({ gpus: z.array(gpu) }))
    .transform((body) => body.gpus),
  map: (gpus): RunpodLivePrice[] =>
    gpus.flatMap((g) =>
      g.price.serverless == null
        ? []
        : [
            {
              provider: 'runpod' as const,
              model: g.id,
              unit: 'gpu-hour',
              amountUsd: g.price.serverless,
              ...(g.name ? { name: g.name } : {}),
              pool: g.pool,
            },
          ],
    ),
});

export interface RunpodLivePrices extends LivePrices {
  readonly prices: readonly RunpodLivePrice[];
}

export interface RunpodClientOptions extends RunpodCredentials {
  transport: Transport;
}

export interface RunpodClient {
  getBalance(): Promise<Balance>;
  getUsage(window: UsageWindow): Promise<UsageHistory>;
  /** Serverless prices for GPU ids or names ("NVIDIA H100 80GB HBM3", "H100 PRO"); all GPUs when no ids are given. */
  getLivePrices(gpuIds?: readonly string[]): Promise<RunpodLivePrices>;
}

export function createRunpodClient(options: RunpodClientOptions): RunpodClient {
  const { transport, ...creds } = options;
  // validate credentials and both hosts now, not on first use
  balanceRequest(creds);
  baseUrl(creds.restBaseUrl, RUNPOD_REST_BASE_URL, 'restBaseUrl');
  return Object.freeze({
    getBalance: () => call(transport, balanceRequest(creds), parseBalance),
    getUsage: (window: UsageWindow) => call(transport, usageRequest(creds, window), parseUsage),
    async getLivePrices(gpuIds?: readonly string[]): Promise<RunpodLivePrices> {
      const all = await call(transport, gpuCatalogRequest(creds), parseGpuCatalog);
      if (!gpuIds) return { prices: all, missing: [] };
      const matches = (p: RunpodLivePrice, id: string) => p.model === id || p.name === id;
      return {
        prices: all.filter((p) => gpuIds.some((id) => matches(p, id))),
        missing: gpuIds.filter((id) => !all.some((p) => matches(p, id))),
      };
    },
  });
}
