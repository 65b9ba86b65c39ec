/**
 * Runpod: the balance only exists in the GraphQL API (deprecated, retiring 2027; REST has no
 * balance yet), spend history in REST v1, live serverless GPU prices in the v2 catalog.
 */
import { z } from 'zod';
import { call } from './call.js';
import type { ProviderRequest, Transport } from './http.js';
import { badResponse, type Origin } from './internal/classify.js';
import { checkWindow, dayOf, groupByDay } from './internal/days.js';
import { moneySchema, numberTextSchema } from './internal/money.js';
import { jsonParser } from './internal/parse.js';
import { baseUrl, buildRequest, checkCredentials, jobId, pathSegment, query } from './internal/request.js';
import type { Balance, Credentials, JobCost, LivePrice, LivePrices, UsageHistory, UsageWindow } from './types.js';

export const RUNPOD_BASE_URL = 'https://api.runpod.io';
export const RUNPOD_REST_BASE_URL = 'https://rest.runpod.io';
/** The Serverless API host, where endpoints take jobs and report their status. */
export const RUNPOD_SERVERLESS_BASE_URL = 'https://api.runpod.ai';
/** Job states after which the job's worker time is final. */
export const RUNPOD_FINISHED = ['COMPLETED', 'FAILED', 'CANCELLED', 'TIMED_OUT'] as const;
export const RUNPOD_BALANCE_QUERY = 'query { myself { clientBalance currentSpendPerHr spendLimit } }';

export interface RunpodCredentials extends Credentials {
  /** Overrides the REST host (`rest.runpod.io`); `baseUrl` covers GraphQL and the catalog. */
  restBaseUrl?: string;
  /** Overrides the Serverless host (`api.runpod.ai`), where job status is read. */
  serverlessBaseUrl?: string;
}

const GRAPHQL: Origin = { provider: 'runpod', endpoint: 'graphql myself' };
const BILLING: Origin = { provider: 'runpod', endpoint: '/v1/billing/endpoints' };
const CATALOG: Origin = { provider: 'runpod', endpoint: '/v2/catalog/gpus' };
const JOB_STATUS: Origin = { provider: 'runpod', endpoint: 'GET /v2/{endpointId}/status/{id}' };

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

/** `GET /v2/{endpointId}/status/{id}` on the Serverless host: one job's state and worker times. */
export function jobStatusRequest(creds: RunpodCredentials, endpointId: string, id: string): ProviderRequest {
  const endpoint = jobId(endpointId, 'a Runpod endpoint id (`endpointId`)');
  const job = jobId(id, 'a Runpod job id');
  const base = baseUrl(creds.serverlessBaseUrl, RUNPOD_SERVERLESS_BASE_URL, 'serverlessBaseUrl');
  return buildRequest(JOB_STATUS, 'GET', `${base}/v2/${pathSegment(endpoint)}/status/${pathSegment(job)}`, auth(creds));
}

const milliseconds = numberTextSchema.refine((ms) => /^\d+(\.\d+)?$/.test(ms), 'expected milliseconds, 0 or more');

/**
 * A job's worker times in milliseconds: `executionTime` (running) and `delayTime` (from
 * submission until a worker took it: queue time, which is not billed, and any cold start).
 * A COMPLETED job without `executionTime` is a bad response; a job that failed or was
 * cancelled before it ran may have none, and ran 0 ms.
 */
export const parseJobStatus = jsonParser({
  ...JOB_STATUS,
  schema: z.object({ id: z.string(), status: z.string(), executionTime: milliseconds.optional(), delayTime: milliseconds.optional() }),
  map: (job): JobCost => {
    const source = 'runpod GET /v2/{endpointId}/status/{id}';
    const times = { ...(job.delayTime !== undefined ? { delayMs: job.delayTime } : {}) };
    if (!(RUNPOD_FINISHED as readonly string[]).includes(job.status))
      return {
        provider: 'runpod',
        id: job.id,
        state: 'pending',
        status: job.status,
        ...times,
        ...(job.executionTime !== undefined ? { executionMs: job.executionTime } : {}),
        source,
      };
    if (job.executionTime === undefined && job.status === 'COMPLETED') throw badResponse(JOB_STATUS, 'missing field executionTime');
    return {
      provider: 'runpod',
      id: job.id,
      state: 'finished',
      status: job.status,
      executionMs: job.executionTime ?? '0',
      ...times,
      source,
    };
  },
});

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
  /** One job's state and worker times (`GET /v2/{endpointId}/status/{id}`). */
  getJobStatus(endpointId: string, id: string): Promise<JobCost>;
}

export function createRunpodClient(options: RunpodClientOptions): RunpodClient {
  const { transport, ...creds } = options;
  // validate credentials and both hosts now, not on first use
  balanceRequest(creds);
  baseUrl(creds.restBaseUrl, RUNPOD_REST_BASE_URL, 'restBaseUrl');
  baseUrl(creds.serverlessBaseUrl, RUNPOD_SERVERLESS_BASE_URL, 'serverlessBaseUrl');
  return Object.freeze({
    getJobStatus: async (endpointId: string, id: string) => call(transport, jobStatusRequest(creds, endpointId, id), parseJobStatus),
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
