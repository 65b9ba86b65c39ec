/**
 * How the four providers answer the balance, usage and tier endpoints (the documented response
 * shapes), from a small description of the account. The unit tests answer n8n's HTTP helper
 * with it; the end-to-end suite serves it over HTTP to a real n8n.
 */
export interface Account {
  runway?: {
    credits: number;
    maxMonthlyCreditSpend?: number;
    /** Per model: daily limit and generations in the last 24 h. */
    models?: Record<string, { maxConcurrentGenerations: number | null; maxDailyGenerations: number | null; used: number }>;
    /** Credits used per day and model. */
    usage?: Array<{ date: string; model: string; amount: number }>;
    /** `GET /v1/tasks/{id}` by task id: a finished task carries `cost.credits`. */
    tasks?: Record<string, { status: string; credits?: number; estimatedCredits?: number }>;
  };
  runware?: { balance: number; usage?: Array<{ date: string; spend: number }> };
  fal?: { balance: number; usage?: Array<{ date: string; endpoint: string; cost: number }> };
  runpod?: {
    balance: number;
    spendPerHour?: number;
    spendLimit?: number;
    spend?: Array<{ date: string; endpointId: string; amount: number }>;
  };
  /** Every request gets this answer instead (an error the test wants to see handled). */
  failure?: Answer;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const missing = (what: string): Answer => ({ status: 404, body: { error: `no ${what} in this test account` } });

/** The answer to one request; `path` is the URL path without the query. */
export function answer(account: Account, method: string, path: string, body: string): Answer {
  if (account.failure) return account.failure;
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  const taskId = /^GET \/v1\/tasks\/([^/]+)$/.exec(route)?.[1];
  if (taskId !== undefined) {
    const task = account.runway?.tasks?.[decodeURIComponent(taskId)];
    if (!task) return missing(`task ${taskId}`);
    return ok({
      id: decodeURIComponent(taskId),
      status: task.status,
      ...(task.estimatedCredits !== undefined ? { estimatedCost: { credits: task.estimatedCredits } } : {}),
      ...(task.credits !== undefined ? { cost: { credits: task.credits } } : {}),
    });
  }
  switch (route) {
    case 'GET /v1/organization': {
      const r = account.runway;
      if (!r) return missing('runway');
      const models = Object.entries(r.models ?? {});
      return ok({
        creditBalance: r.credits,
        tier: {
          maxMonthlyCreditSpend: r.maxMonthlyCreditSpend ?? 10_000,
          models: Object.fromEntries(
            models.map(([id, m]) => [
              id,
              { maxConcurrentGenerations: m.maxConcurrentGenerations, maxDailyGenerations: m.maxDailyGenerations },
            ]),
          ),
        },
        usage: { models: Object.fromEntries(models.map(([id, m]) => [id, { dailyGenerations: m.used }])) },
      });
    }
    case 'POST /v1/organization/usage': {
      const usage = account.runway?.usage ?? [];
      const dates = [...new Set(usage.map((u) => u.date))].sort();
      return ok({
        models: [...new Set(usage.map((u) => u.model))],
        results: dates.map((date) => ({
          date,
          usedCredits: usage.filter((u) => u.date === date).map((u) => ({ model: u.model, amount: u.amount })),
        })),
      });
    }
    case 'POST /v1': {
      const r = account.runware;
      if (!r) return missing('runware');
      const tasks = JSON.parse(body) as Array<{ operation: string; taskUUID: string }>;
      return ok({
        data: tasks.map((task) =>
          task.operation === 'getDetails'
            ? {
                taskType: 'accountManagement',
                taskUUID: task.taskUUID,
                operation: 'getDetails',
                balance: { amount: r.balance, currency: 'USD' },
              }
            : {
                taskType: 'accountManagement',
                taskUUID: task.taskUUID,
                operation: task.operation,
                usage: { timeseries: { data: (r.usage ?? []).map((u) => ({ date: u.date, spend: u.spend })) } },
              },
        ),
      });
    }
    case 'GET /v1/account/billing':
      return account.fal
        ? ok({ username: 'test-team', credits: { current_balance: account.fal.balance, currency: 'USD' } })
        : missing('fal');
    case 'GET /v1/models/usage': {
      const usage = account.fal?.usage ?? [];
      const dates = [...new Set(usage.map((u) => u.date))].sort();
      return ok({
        time_series: dates.map((date) => ({
          bucket: `${date}T00:00:00Z`,
          results: usage.filter((u) => u.date === date).map((u) => ({ endpoint_id: u.endpoint, cost_total: u.cost, currency: 'USD' })),
        })),
        next_cursor: null,
        has_more: false,
      });
    }
    case 'POST /graphql': {
      const r = account.runpod;
      if (!r) return missing('runpod');
      return ok({ data: { myself: { clientBalance: r.balance, currentSpendPerHr: r.spendPerHour ?? 0, spendLimit: r.spendLimit ?? 80 } } });
    }
    case 'GET /v1/billing/endpoints':
      return ok(
        (account.runpod?.spend ?? []).map((s) => ({
          time: `${s.date}T00:00:00Z`,
          endpointId: s.endpointId,
          amount: s.amount,
          timeBilledMs: 1000,
        })),
      );
    default:
      return { status: 404, body: { error: `no route ${route}` } };
  }
}
