/**
 * Runway developer API: balance and tier limits (`GET /v1/organization`) and daily credit
 * usage (`POST /v1/organization/usage`). Runway bills in credits, and every amount here stays
 * in credits: the core values them at the catalog's dated credit value.
 */
import { z } from 'zod';
import { call } from './call.js';
import type { ProviderRequest, Transport } from './http.js';
import { checkWindow, groupByDay, isIsoDay, type UsageRow } from './internal/days.js';
import { badResponse } from './internal/classify.js';
import { moneySchema } from './internal/money.js';
import { jsonParser } from './internal/parse.js';
import { baseUrl, buildRequest, checkCredentials, jobId, pathSegment } from './internal/request.js';
import type { Balance, Credentials, JobCost, TierLimits, UsageHistory, UsageWindow } from './types.js';

export const RUNWAY_BASE_URL = 'https://api.dev.runwayml.com';
/** Required on every call; Runway versions response shapes by this header. */
export const RUNWAY_API_VERSION = '2024-11-06';

const ORGANIZATION = { provider: 'runway', endpoint: '/v1/organization' } as const;
const USAGE = { provider: 'runway', endpoint: '/v1/organization/usage' } as const;
const TASK = { provider: 'runway', endpoint: 'GET /v1/tasks/{id}' } as const;
/** Task states after which Runway reports the task's final `cost` (a refunded task reports 0). */
export const RUNWAY_FINISHED = ['SUCCEEDED', 'FAILED', 'CANCELLED'] as const;

function headers(creds: Credentials): Record<string, string> {
  checkCredentials(creds);
  return { Authorization: `Bearer ${creds.apiKey}`, 'X-Runway-Version': RUNWAY_API_VERSION };
}

/** `GET /v1/organization`: balance, tier and rolling 24 h usage in one answer. */
export function organizationRequest(creds: Credentials): ProviderRequest {
  return buildRequest(ORGANIZATION, 'GET', `${baseUrl(creds.baseUrl, RUNWAY_BASE_URL)}/v1/organization`, headers(creds));
}
export const balanceRequest = organizationRequest;
export const tierLimitsRequest = organizationRequest;

/** `POST /v1/organization/usage` for a window (Runway: `beforeDate` exclusive, at most 90 days after `startDate`). */
export function usageRequest(creds: Credentials, window: UsageWindow): ProviderRequest {
  const { startDate, beforeDate } = checkWindow(window);
  return buildRequest(USAGE, 'POST', `${baseUrl(creds.baseUrl, RUNWAY_BASE_URL)}/v1/organization/usage`, headers(creds), {
    startDate,
    beforeDate,
  });
}

/** `GET /v1/tasks/{id}`: one task's state and, once it finished, what it cost. */
export function taskRequest(creds: Credentials, taskId: string): ProviderRequest {
  const id = jobId(taskId, 'a Runway task id');
  return buildRequest(TASK, 'GET', `${baseUrl(creds.baseUrl, RUNWAY_BASE_URL)}/v1/tasks/${pathSegment(id)}`, headers(creds));
}

const limit = z.number().int().nonnegative().nullable();
const organizationSchema = z.object({
  creditBalance: moneySchema,
  tier: z.object({
    maxMonthlyCreditSpend: z.number(),
    models: z.record(z.string(), z.object({ maxConcurrentGenerations: limit, maxDailyGenerations: limit })),
  }),
  usage: z.object({ models: z.record(z.string(), z.object({ dailyGenerations: z.number().int().nonnegative() })) }).optional(),
});
/** A balance needs only `creditBalance`; the tier is not required to read it. */
const balanceSchema = organizationSchema.pick({ creditBalance: true });

export const parseBalance = jsonParser({
  ...ORGANIZATION,
  schema: balanceSchema,
  map: ({ creditBalance }): Balance => ({ provider: 'runway', credits: creditBalance, currency: 'credits' }),
});

/**
 * Limits per model, from `tier.models` joined with the rolling usage. A model that has usage
 * but no tier entry gets null limits: Runway lists no limit for it.
 */
export const parseTierLimits = jsonParser({
  ...ORGANIZATION,
  schema: organizationSchema,
  map: ({ tier, usage }): TierLimits => {
    const used = usage?.models ?? {};
    const ids = [...new Set([...Object.keys(tier.models), ...Object.keys(used)])].sort();
    return {
      maxMonthlyCreditSpend: tier.maxMonthlyCreditSpend,
      models: Object.fromEntries(
        ids.map((id) => [
          id,
          {
            maxConcurrentGenerations: tier.models[id]?.maxConcurrentGenerations ?? null,
            maxDailyGenerations: tier.models[id]?.maxDailyGenerations ?? null,
            dailyGenerationsUsed: used[id]?.dailyGenerations ?? 0,
          },
        ]),
      ),
    };
  },
});

const usageSchema = z.object({
  results: z.array(
    z.object({
      date: z.string().refine(isIsoDay, 'expected a date as YYYY-MM-DD'),
      // Net credits: negative after refunds.
      usedCredits: z.array(z.object({ model: z.string(), amount: moneySchema })),
    }),
  ),
});

export const parseUsage = jsonParser({
  ...USAGE,
  schema: usageSchema,
  map: ({ results }): UsageHistory => {
    const rows: UsageRow[] = results.flatMap(({ date, usedCredits }) =>
      usedCredits.map(({ model, amount }) => ({ date, model, credits: amount })),
    );
    return { provider: 'runway', days: groupByDay(rows), source: 'runway POST /v1/organization/usage' };
  },
});

const credits = z.object({ credits: moneySchema }).nullable().optional();
const taskSchema = z.object({ id: z.string(), status: z.string(), cost: credits, estimatedCost: credits });

/**
 * A task's cost in credits: `cost.credits` once it SUCCEEDED, FAILED or was CANCELLED; while it
 * is PENDING, THROTTLED or RUNNING only `estimatedCost.credits`, the most it may charge.
 */
export const parseTaskCost = jsonParser({
  ...TASK,
  schema: taskSchema,
  map: (task): JobCost => {
    const source = 'runway GET /v1/tasks/{id}';
    if (!(RUNWAY_FINISHED as readonly string[]).includes(task.status))
      return {
        provider: 'runway',
        id: task.id,
        state: 'pending',
        status: task.status,
        ...(task.estimatedCost ? { estimatedCredits: task.estimatedCost.credits } : {}),
        source,
      };
    if (!task.cost) throw badResponse(TASK, `missing field cost.credits (the task is ${task.status})`);
    return { provider: 'runway', id: task.id, state: 'finished', status: task.status, credits: task.cost.credits, source };
  },
});

export interface RunwayClientOptions extends Credentials {
  transport: Transport;
}

export interface RunwayClient {
  getBalance(): Promise<Balance>;
  /** Credits used per day and model in the window; use `lastDays(today, 30)` for the usual month. */
  getUsage(window: UsageWindow): Promise<UsageHistory>;
  getTierLimits(): Promise<TierLimits>;
  /** One task's billed credits (`GET /v1/tasks/{id}`). */
  getTaskCost(taskId: string): Promise<JobCost>;
}

export function createRunwayClient(options: RunwayClientOptions): RunwayClient {
  const { transport, ...creds } = options;
  organizationRequest(creds); // validate credentials now, not on first use
  return Object.freeze({
    getBalance: () => call(transport, balanceRequest(creds), parseBalance),
    getUsage: (window: UsageWindow) => call(transport, usageRequest(creds, window), parseUsage),
    getTierLimits: () => call(transport, tierLimitsRequest(creds), parseTierLimits),
    getTaskCost: async (taskId: string) => call(transport, taskRequest(creds, taskId), parseTaskCost),
  });
}
