import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// One local stand-in that answers each provider's documented account routes (PROVIDERS.md
// shapes) on 127.0.0.1 and records what it received: `genspend balance` and the Action's
// balance mode are both tested against it.

export const KEYS = {
  RUNWAYML_API_SECRET: 'rw-SECRET-1',
  RUNWARE_API_KEY: 'rr-SECRET-2',
  FAL_KEY: 'fal-SECRET-3',
  RUNPOD_API_KEY: 'rp-SECRET-4',
};

type Reply = { status?: number; body: unknown; headers?: Record<string, string> };
type Route = (body: string, url: URL) => Reply;
/** Amounts are numbers, or `rawNumber("12345678901234567.89")` for digits a double cannot hold. */
export interface World {
  runwayCredits?: number | string;
  runwayUsedCredits?: number | string;
  runwareBalance?: number | string;
  falBalance?: number | string;
  falStatus?: number;
  falError?: unknown;
  runpodBalance?: number | string;
  runpodSpent?: number | string;
  /** Runpod's GPU catalog (`GET /v2/catalog/gpus`), records made with `runpodGpu`. */
  runpodGpus?: unknown[];
  /** fal's `GET /v1/models/pricing` records (`endpoint_id`, `unit_price`, `unit`); answered for the ids asked. */
  falPrices?: { endpoint_id: string; unit_price: number | string; unit: string }[];
  /** Runware's public `GET /models/{air}/pricing` answers by AIR; any other AIR is a 404. */
  runwarePrices?: Record<string, unknown>;
  /** Runware's `modelSearch` results (`air`, `name`, `architecture`); a search returns those whose AIR it names. */
  runwareModels?: { air: string; name?: string; architecture?: string }[];
  /**
   * Runware's `getUsageActivity` rows; answered as Runware does, the rows of the days asked
   * (`startDate` to `endDate`, both included), and `invalidDateRange` for a span over 30 days.
   */
  runwareUsage?: { date: string; model?: string; spend: number | string }[];
  /** fal usage answered page by page: page 1 without a cursor, then `?cursor=page-2` and so on. */
  falUsagePages?: unknown[];
  /** Runway `GET /v1/tasks/{id}` answers by task id; any other id is a 404. */
  runwayTasks?: Record<string, unknown>;
  /** fal `GET /v1/models/billing-events` answers by `request_id`; any other id has no events. */
  falBillingEvents?: Record<string, unknown>;
  /** Runpod `GET /v2/{endpointId}/status/{id}` answers keyed "endpointId/id"; any other is a 404. */
  runpodJobs?: Record<string, unknown>;
  /** Replace a route's answer, keyed "METHOD /path" (e.g. a usage history that fails). */
  replies?: Record<string, Reply>;
  /** Answer a route this many ms late, keyed "METHOD /path". */
  delays?: Record<string, number>;
}

const RAW = '\u0000raw:';
/** A JSON number written into the answer's text as these digits, not through a double. */
export const rawNumber = (digits: string): string => RAW + digits;
const toJson = (body: unknown) => JSON.stringify(body).replace(/"\\u0000raw:([-+.\deE]+)"/g, '$1');

/**
 * One GPU type as Runpod's v2 catalog answers it: `pool` is the Serverless pool id, null when the
 * GPU is in none, and then `price.serverless` is absent.
 */
export function runpodGpu(id: string, name: string, pool: string | null, serverless?: number | string): unknown {
  return {
    id,
    name,
    pool,
    manufacturer: 'NVIDIA',
    memory: 80,
    secure: true,
    community: false,
    price: { secure: 2.99, community: 2.69, ...(serverless !== undefined ? { serverless } : {}) },
    maxCount: { secure: 8, community: 0 },
  };
}

/** A pool of three GPU types at one price, another pool, and a GPU in no pool (Pods only). */
export const RUNPOD_GPUS = [
  runpodGpu('NVIDIA H100 80GB HBM3', 'H100 SXM', 'ADA_80_PRO', 4.176),
  runpodGpu('NVIDIA H100 PCIe', 'H100 PCIe', 'ADA_80_PRO', 4.176),
  runpodGpu('NVIDIA H100 NVL', 'H100 NVL', 'ADA_80_PRO', 4.176),
  runpodGpu('NVIDIA L4', 'L4', 'AMPERE_24', 0.72),
  runpodGpu('NVIDIA GeForce RTX 3070', 'RTX 3070', null),
];

let server: Server | undefined;
export const received: { method: string; url: string; auth: string | undefined; body: string }[] = [];
/** Stops the stand-in and forgets what it received (call in afterEach). */
export async function closeStandIn(): Promise<void> {
  received.length = 0;
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
}

export async function standIn(w: World): Promise<string> {
  const falUsage = (): Reply => ({
    body: {
      time_series: [
        { bucket: '2026-11-03T00:00:00Z', results: [{ endpoint_id: 'fal-ai/veo3', unit: 'video_second', quantity: 7, unit_price: 0.4 }] },
      ],
      next_cursor: null,
      has_more: false,
    },
  });
  const routes: Record<string, Route> = {
    'GET /v1/organization': () => ({
      body: {
        creditBalance: w.runwayCredits ?? 50_000,
        tier: { maxMonthlyCreditSpend: 10_000, models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50 } } },
        usage: { models: { 'gen4.5': { dailyGenerations: 12 } } },
      },
    }),
    'POST /v1/organization/usage': () => ({
      body: {
        models: ['gen4.5'],
        results: [{ date: '2026-11-01', usedCredits: [{ model: 'gen4.5', amount: w.runwayUsedCredits ?? 3000 }] }],
      },
    }),
    'POST /v1': (body) => {
      if (body.includes('"modelSearch"')) {
        const [search] = JSON.parse(body) as { search: string }[];
        const results = (w.runwareModels ?? []).filter((m) => m.air.toLowerCase() === search!.search.toLowerCase());
        return { body: { data: [{ taskType: 'modelSearch', results, totalResults: results.length }] } };
      }
      const details = {
        taskType: 'accountManagement',
        operation: 'getDetails',
        balance: { amount: w.runwareBalance ?? 12.34, currency: 'USD' },
      };
      let data: unknown[] = [{ date: '2026-11-02', spend: 1.75 }];
      if (w.runwareUsage && body.includes('getUsageActivity')) {
        const asked = (JSON.parse(body) as { operation?: string; startDate: string; endDate: string }[]).find(
          (t) => t.operation === 'getUsageActivity',
        )!;
        if ((Date.parse(asked.endDate) - Date.parse(asked.startDate)) / 86_400_000 + 1 > 30)
          return { body: { data: [details], errors: [{ code: 'invalidDateRange', message: 'The date range cannot exceed 30 days' }] } };
        data = w.runwareUsage.filter((r) => r.date >= asked.startDate && r.date <= asked.endDate);
      }
      const activity = { taskType: 'accountManagement', operation: 'getUsageActivity', usage: { timeseries: { data } } };
      return { body: { data: body.includes('getUsageActivity') ? [details, activity] : [details] } };
    },
    'GET /v1/account/billing': () =>
      w.falStatus
        ? { status: w.falStatus, body: w.falError }
        : { body: { username: 'team', credits: { current_balance: w.falBalance ?? 24.5, currency: 'USD' } } },
    'GET /v1/models/usage': (_body, url) => {
      if (w.falUsagePages) {
        const page = Number(url.searchParams.get('cursor')?.replace('page-', '') ?? '1');
        const more = page < w.falUsagePages.length;
        return { body: { ...(w.falUsagePages[page - 1] as object), next_cursor: more ? `page-${page + 1}` : null, has_more: more } };
      }
      return falUsage();
    },
    'POST /graphql': () => ({
      body: { data: { myself: { clientBalance: w.runpodBalance ?? 435.85, currentSpendPerHr: 0.5, spendLimit: 80 } } },
    }),
    'GET /v1/models/pricing': (_body, url) => {
      const ids = (url.searchParams.get('endpoint_id') ?? '').split(',');
      const prices = (w.falPrices ?? []).filter((p) => ids.includes(p.endpoint_id)).map((p) => ({ ...p, currency: 'USD' }));
      return { body: { prices, next_cursor: null, has_more: false } };
    },
    'GET /v1/models/billing-events': (_body, url) => ({
      body: w.falBillingEvents?.[url.searchParams.get('request_id') ?? ''] ?? { billing_events: [], next_cursor: null, has_more: false },
    }),
    'GET /v2/catalog/gpus': () => ({ body: { gpus: w.runpodGpus ?? RUNPOD_GPUS } }),
    'GET /v1/billing/endpoints': () => ({
      body: [{ amount: w.runpodSpent ?? 30, endpointId: 'ep-1', time: '2026-11-04T00:00:00Z', timeBilledMs: 1000 }],
    }),
  };
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      const name = `${req.method} ${req.url!.split('?')[0]}`;
      const url = new URL(req.url!, 'http://stand-in');
      // Runware's public pricing: one path per AIR
      const air = /^\/models\/([^/]+)\/pricing$/.exec(url.pathname)?.[1];
      // one path per job: Runway tasks, Runpod job status
      const task = req.method === 'GET' ? /^\/v1\/tasks\/([^/]+)$/.exec(url.pathname)?.[1] : undefined;
      const job = req.method === 'GET' ? /^\/v2\/([^/]+)\/status\/([^/]+)$/.exec(url.pathname) : null;
      const found = (answer: unknown): Reply => (answer ? { body: answer } : { status: 404, body: { error: 'not found' } });
      const route: Route | undefined =
        routes[name] ??
        (task !== undefined ? () => found(w.runwayTasks?.[decodeURIComponent(task)]) : undefined) ??
        (job ? () => found(w.runpodJobs?.[`${decodeURIComponent(job[1]!)}/${decodeURIComponent(job[2]!)}`]) : undefined) ??
        (req.method === 'GET' && air !== undefined
          ? () => {
              const found = w.runwarePrices?.[decodeURIComponent(air)];
              return found ? { body: found } : { status: 404, body: { error: 'not found' } };
            }
          : undefined);
      const reply: Reply = w.replies?.[name] ?? (route ? route(body, url) : { status: 404, body: { error: 'no such route' } });
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        res.end(toJson(reply.body));
      };
      const delay = w.delays?.[name];
      if (delay) {
        const timer = setTimeout(send, delay);
        res.on('close', () => clearTimeout(timer));
      } else send();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return url;
}

/** The environment that points every provider client at the stand-in. */
export function standInEnv(url: string): Record<string, string> {
  const env: Record<string, string> = {
    GENSPEND_RUNPOD_REST_BASE_URL: url,
    GENSPEND_RUNPOD_SERVERLESS_BASE_URL: url,
    GENSPEND_RUNWARE_CONTENT_BASE_URL: url,
  };
  for (const p of ['RUNWAY', 'RUNWARE', 'FAL', 'RUNPOD']) env[`GENSPEND_${p}_BASE_URL`] = url;
  return env;
}
