import { billedRows, GenspendError, type Billed, type BilledRow, type ProviderRead } from '@genspend/core';
import { accountOptionsFromEnv, KEY_VARIABLES, PROVIDER_IDS, readUsage } from './account.js';
import { chooseProviders, type KeyWording } from './balances.js';
import { lastDays } from './burn-rate.js';
import { addDays, isIsoDay } from './internal/days.js';
import type { Transport } from './http.js';
import type { ProviderId, UsageWindow } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The most days one reconcile reads: the longest window the providers' usage APIs answer at once (Runware's is read in 30-day parts). */
export const MAX_RECONCILE_DAYS = 90;
const DEFAULT_RECONCILE_DAYS = 30;

/** How a front door names its window settings in messages: `--from`, or "input `from`". */
export interface WindowNames {
  readonly days: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The reconcile window, both days included as the user gives them, as the end-exclusive window
 * the APIs take: the last `days` full UTC days before `today` (default 30), or `from` to `to`
 * ("2026-11-01" to "2026-11-30" -> beforeDate "2026-12-01", 30 days). `to` must be before
 * today: a day's bill is complete only after it ends. At most 90 days.
 */
export function reconcileWindow(
  spec: { readonly days?: string | undefined; readonly from?: string | undefined; readonly to?: string | undefined },
  today: string,
  names: WindowNames,
): UsageWindow {
  const { from, to } = spec;
  if (from === undefined && to === undefined) {
    const days = spec.days ?? String(DEFAULT_RECONCILE_DAYS);
    if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > MAX_RECONCILE_DAYS)
      throw new GenspendError(
        `${names.days} must be a whole number from 1 to ${MAX_RECONCILE_DAYS}, got ${JSON.stringify(days.slice(0, 60))}`,
      );
    return lastDays(today, Number(days));
  }
  if (spec.days !== undefined) throw new GenspendError(`give either ${names.days} or ${names.from} and ${names.to}, not both`);
  if (from === undefined || to === undefined)
    throw new GenspendError(`give both ${names.from} and ${names.to} (YYYY-MM-DD, both days included)`);
  for (const [name, day] of [
    [names.from, from],
    [names.to, to],
  ] as const)
    if (!isIsoDay(day)) throw new GenspendError(`${name} must be a UTC date as YYYY-MM-DD, got ${JSON.stringify(day.slice(0, 40))}`);
  if (to < from) throw new GenspendError(`${names.to} (${to}) is before ${names.from} (${from})`);
  const beforeDate = addDays(to, 1);
  if (beforeDate > today)
    throw new GenspendError(`${names.to} (${to}) must be before today (${today}): a day's bill is complete only after it ends`);
  const days = Math.round((Date.parse(beforeDate) - Date.parse(from)) / 86_400_000);
  if (days > MAX_RECONCILE_DAYS)
    throw new GenspendError(`${names.from} to ${names.to} spans ${days} days; the providers give at most ${MAX_RECONCILE_DAYS} at once`);
  return { startDate: from, beforeDate };
}

/**
 * The providers a reconcile reads: those named (each with its key); else every provider with a
 * key, where each provider a manifest uses must have one: a plan left unread would pass unjudged.
 */
export function reconcileProviders(
  named: readonly ProviderId[] | undefined,
  planned: readonly string[],
  env: Env,
  wording: KeyWording,
): ProviderId[] {
  if (named?.length) return chooseProviders(named, env, wording);
  const used = [...new Set(planned.map((p) => p.trim().toLowerCase()))].filter((p): p is ProviderId =>
    PROVIDER_IDS.includes(p as ProviderId),
  );
  const missing = used.filter((p) => !env[KEY_VARIABLES[p]]?.trim());
  if (missing.length)
    throw new GenspendError(
      `no key for ${missing.join(', ')}, which the manifests use`,
      undefined,
      wording.giveKeys(missing.map((p) => KEY_VARIABLES[p])),
    );
  return chooseProviders(undefined, env, wording);
}

export interface BilledReadOptions {
  readonly env: Env;
  readonly transport: Transport;
  readonly uuid: () => string;
  readonly deadlineMs: number;
}

/**
 * Reads every chosen provider's usage over `window` at once, as billed rows for the core's
 * `reconcile`, and how each read went: the one path of `genspend reconcile` and the Action's
 * reconcile mode. A provider that cannot be read is in `reads` with its error and not in
 * `billed.providers`, so its workloads are not judged against nothing.
 */
export async function readBilled(
  providers: readonly ProviderId[],
  options: BilledReadOptions,
  window: UsageWindow,
): Promise<{ billed: Billed; reads: ProviderRead[] }> {
  const { env, transport, uuid, deadlineMs } = options;
  const results = await Promise.all(
    providers.map((p) => readUsage(p, { ...accountOptionsFromEnv(p, env)!, transport, uuid, deadlineMs }, window)),
  );
  const rows: BilledRow[] = [];
  const reads: ProviderRead[] = results.map((r) => {
    if ('error' in r) return { provider: r.provider, error: r.error };
    rows.push(...billedRows(r.usage));
    return { provider: r.provider, source: r.usage.source };
  });
  return { billed: { providers: results.filter((r) => !('error' in r)).map((r) => r.provider), rows }, reads };
}
