import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  columns,
  DEFAULT_THRESHOLDS,
  defaultCatalog,
  estimateManifests,
  forecastBalance,
  formatUsd,
  GenspendError,
  money,
  sum,
  tierHeadroom,
  type BalanceForecast,
  type Estimate,
  type Money,
  type Status,
  type Thresholds,
  type TierHeadroom,
} from '@genspend/core';
import {
  burnRate,
  createFalClient,
  createFetchTransport,
  createRunpodClient,
  createRunwareClient,
  createRunwayClient,
  isProviderError,
  lastDays,
  type Balance,
  type ProviderId,
  type TierLimits,
  type Transport,
  type UsageHistory,
  type UsageWindow,
} from '@genspend/providers';
import { expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, UsageError, type Io } from '../io.js';

/** Where each provider's key comes from: the variable names its own SDK reads. */
export const KEY_VARIABLES: Record<ProviderId, string> = {
  runway: 'RUNWAYML_API_SECRET',
  runware: 'RUNWARE_API_KEY',
  fal: 'FAL_KEY',
  runpod: 'RUNPOD_API_KEY',
};
const PROVIDERS = Object.keys(KEY_VARIABLES) as ProviderId[];

export const balanceHelp = `Usage: genspend balance [--provider <ids>] [--manifest <files or globs>] [--days 30]
                        [--low-days 14] [--critical-days 3] [--format table|json]

Reads each provider's balance and recent usage, and says how many days the balance lasts at
the observed burn rate and, with --manifest, at the spend the manifests plan (plus Runway
usage-tier headroom for the plan). Status per provider: ok, low or critical.

Keys come from the environment: ${PROVIDERS.map((p) => KEY_VARIABLES[p]).join(', ')}.
Providers without a key are skipped unless named with --provider. fal's billing and usage
endpoints need an ADMIN key. Base URLs can be overridden (gateways, tests) with
GENSPEND_<PROVIDER>_BASE_URL (and GENSPEND_RUNPOD_REST_BASE_URL, GENSPEND_RUNWARE_CONTENT_BASE_URL).
Exit 0 all ok, 1 a provider is low or critical, 2 a provider could not be read or bad input.`;

interface ProviderReport {
  provider: ProviderId;
  balance?: Balance;
  forecast?: BalanceForecast;
  tier?: TierHeadroom;
  /** What the manifests plan to spend with this provider per period. */
  plannedUsd?: Money;
  /** Usage history could not be read: days left at the observed burn are unknown. */
  usageError?: string;
  error?: { kind: string; message: string };
}

type Values = { provider?: string[]; manifest?: string[]; days?: string; 'low-days'?: string; 'critical-days'?: string; format?: string };

export async function balanceCommand(values: Values, io: Io, transportFor: (io: Io) => Transport = defaultTransport): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const days = wholeNumber('--days', values.days ?? '30', 1, 90);
  const thresholds: Thresholds = {
    lowDays: values['low-days'] !== undefined ? money(wholeNumber('--low-days', values['low-days'], 0, 3650)) : DEFAULT_THRESHOLDS.lowDays,
    criticalDays:
      values['critical-days'] !== undefined
        ? money(wholeNumber('--critical-days', values['critical-days'], 0, 3650))
        : DEFAULT_THRESHOLDS.criticalDays,
  };
  if (thresholds.criticalDays.greaterThan(thresholds.lowDays)) throw new UsageError('--critical-days must not be more than --low-days');
  const providers = chooseProviders(values.provider, io);
  const estimate = values.manifest?.length
    ? estimateManifests(loadManifests(io.cwd, await expandManifestArgs(values.manifest, io.cwd)), defaultCatalog())
    : undefined;
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const window = lastDays(today, days);
  const transport = transportFor(io);
  const reports = await Promise.all(providers.map((p) => readProvider(p, io, transport, window, days, estimate, thresholds)));

  // a provider that could not be read makes the whole check an error, never a silent "ok"
  const worst: Status | 'error' = reports.some((r) => r.error)
    ? 'error'
    : reports.some((r) => r.forecast?.status === 'critical')
      ? 'critical'
      : reports.some((r) => r.forecast?.status === 'low')
        ? 'low'
        : 'ok';
  if (format === 'json') io.stdout.write(JSON.stringify(balanceJson(reports, worst, today, days, estimate), null, 2) + '\n');
  else io.stdout.write(renderBalanceTable(reports, worst, days, estimate));
  if (reports.some((r) => r.error)) {
    for (const r of reports) if (r.error) io.stderr.write(`genspend: ${r.error.message}\n`);
    return EXIT.error;
  }
  return worst === 'ok' ? EXIT.pass : EXIT.budgetFailed;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  return Number(value);
}

function chooseProviders(requested: string[] | undefined, io: Io): ProviderId[] {
  const named = (requested ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  for (const p of named)
    if (!PROVIDERS.includes(p as ProviderId)) throw new UsageError(`--provider: unknown provider "${p}" (use ${PROVIDERS.join(', ')})`);
  const chosen = named.length ? (named as ProviderId[]) : PROVIDERS.filter((p) => io.env[KEY_VARIABLES[p]]);
  if (chosen.length === 0) {
    throw new GenspendError(
      'no provider key in the environment',
      undefined,
      `set one or more of ${PROVIDERS.map((p) => KEY_VARIABLES[p]).join(', ')}`,
    );
  }
  const missing = chosen.filter((p) => !io.env[KEY_VARIABLES[p]]);
  if (missing.length)
    throw new GenspendError(`no key for ${missing.join(', ')}`, undefined, `set ${missing.map((p) => KEY_VARIABLES[p]).join(', ')}`);
  return [...new Set(chosen)];
}

function defaultTransport(): Transport {
  return createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) });
}

function clientFor(provider: ProviderId, io: Io, transport: Transport) {
  const env = (name: string) => io.env[`GENSPEND_${provider.toUpperCase()}_${name}`] || undefined;
  const apiKey = io.env[KEY_VARIABLES[provider]]!;
  const baseUrl = env('BASE_URL');
  const common = { apiKey, transport, ...(baseUrl ? { baseUrl } : {}) };
  switch (provider) {
    case 'runway': {
      const c = createRunwayClient(common);
      return { getBalance: c.getBalance, getUsage: c.getUsage, getTierLimits: c.getTierLimits };
    }
    case 'runware': {
      const contentBaseUrl = env('CONTENT_BASE_URL');
      const c = createRunwareClient({ ...common, uuid: randomUUID, ...(contentBaseUrl ? { contentBaseUrl } : {}) });
      return { getBalance: c.getBalance, getUsage: c.getUsage };
    }
    case 'fal': {
      const c = createFalClient(common);
      return { getBalance: c.getBalance, getUsage: c.getUsage };
    }
    case 'runpod': {
      const restBaseUrl = env('REST_BASE_URL');
      const c = createRunpodClient({ ...common, ...(restBaseUrl ? { restBaseUrl } : {}) });
      return { getBalance: c.getBalance, getUsage: c.getUsage };
    }
  }
}

async function readProvider(
  provider: ProviderId,
  io: Io,
  transport: Transport,
  window: UsageWindow,
  days: number,
  estimate: Estimate | undefined,
  thresholds: Thresholds,
): Promise<ProviderReport> {
  const report: ProviderReport = { provider };
  try {
    const client = clientFor(provider, io, transport);
    const [balance, usage, limits] = await Promise.all([
      client.getBalance(),
      client.getUsage(window).catch((e: unknown): UsageHistory | string => {
        if (isProviderError(e) && e.kind !== 'auth') return e.message;
        throw e;
      }),
      'getTierLimits' in client && client.getTierLimits ? client.getTierLimits() : Promise.resolve(undefined as TierLimits | undefined),
    ]);
    report.balance = balance;
    if (typeof usage === 'string') report.usageError = usage;
    const catalog = defaultCatalog();
    // Runway's credit value is catalog data with its own source and date, like every price
    const creditUsd = catalog.provider(provider)?.credit?.usd;
    const balanceUsd = balance.credits !== undefined && creditUsd ? money(balance.credits).times(creditUsd) : money(balance.amountUsd);
    const planned = estimate ? plannedFor(provider, estimate) : undefined;
    if (planned) report.plannedUsd = planned;
    report.forecast = forecastBalance(
      {
        provider,
        balanceUsd,
        ...(typeof usage === 'string' ? {} : { burnPerDayUsd: money(burnRate(usage, { days })) }),
        ...(planned !== undefined ? { plannedPerPeriodUsd: planned } : {}),
        period: estimate?.period ?? 'month',
      },
      thresholds,
    );
    if (limits && estimate) {
      report.tier = tierHeadroom(
        estimate.manifests.flatMap((m) => m.workloads),
        limits,
        estimate.period,
        catalog.provider('runway')?.usageTiers?.tiers ?? [],
      );
      if (report.tier.problems.length && report.forecast.status === 'ok') report.forecast = { ...report.forecast, status: 'low' };
      report.forecast.reasons.push(...report.tier.problems);
    }
  } catch (e) {
    if (isProviderError(e)) report.error = { kind: e.kind, message: e.message };
    else if (e instanceof TypeError) report.error = { kind: 'configuration', message: `${provider}: ${e.message}` };
    else throw e;
  }
  return report;
}

/** Days shown to one decimal, rounded down: never overstate the time left. */
const days1 = (d: Money | null) => (d === null ? null : d.toFixed(1, 1 /* ROUND_DOWN */));

function plannedFor(provider: ProviderId, estimate: Estimate): Money {
  return sum(
    estimate.manifests
      .flatMap((m) => m.workloads)
      .filter((w) => w.provider.toLowerCase() === provider && w.cost !== null)
      .map((w) => w.cost!),
  );
}

function balanceJson(reports: ProviderReport[], status: Status | 'error', today: string, days: number, estimate: Estimate | undefined) {
  return {
    version: 1,
    asOf: today,
    burnWindowDays: days,
    period: estimate?.period ?? 'month',
    status,
    providers: reports.map((r) => ({
      provider: r.provider,
      status: r.forecast?.status ?? null,
      ...(r.balance
        ? {
            balanceUsd: r.forecast!.balanceUsd.toFixed(),
            ...(r.balance.credits !== undefined ? { credits: r.balance.credits } : {}),
            ...(r.balance.spendLimitPerHourUsd !== undefined ? { spendLimitPerHourUsd: r.balance.spendLimitPerHourUsd } : {}),
            ...(r.balance.currentSpendPerHourUsd !== undefined ? { currentSpendPerHourUsd: r.balance.currentSpendPerHourUsd } : {}),
            burnPerDayUsd: r.forecast!.burnPerDayUsd?.toFixed() ?? null,
            daysLeft: days1(r.forecast!.daysLeft),
            plannedPerPeriodUsd: r.plannedUsd?.toFixed() ?? null,
            plannedDaysLeft: days1(r.forecast!.plannedDaysLeft),
            shortfallUsd: r.forecast!.shortfallUsd?.toFixed() ?? null,
            reasons: r.forecast!.reasons,
          }
        : {}),
      ...(r.usageError ? { usageError: r.usageError } : {}),
      ...(r.tier
        ? {
            tier: {
              maxMonthlyCreditSpend: r.tier.maxMonthlyCreditSpend,
              plannedCreditsPer30Days: r.tier.plannedCreditsPer30Days.toDecimalPlaces(0, 0 /* ROUND_UP */).toFixed(),
              fitsMonthlyCap: r.tier.fitsMonthlyCap,
              tierNeeded: r.tier.tierNeeded?.tier ?? null,
              models: r.tier.models.map((m) => ({ ...m, plannedPerDay: m.plannedPerDay.toFixed(1) })),
            },
          }
        : {}),
      ...(r.error ? { error: r.error } : {}),
    })),
  };
}

function renderBalanceTable(reports: ProviderReport[], status: Status | 'error', days: number, estimate: Estimate | undefined): string {
  const failed = reports.filter((r) => r.error).length;
  const rows = [
    [
      'PROVIDER',
      'STATUS',
      'BALANCE',
      `BURN/DAY (${days}d)`,
      'DAYS LEFT',
      ...(estimate ? [`PLANNED/${estimate.period.toUpperCase()}`, 'DAYS LEFT (PLAN)'] : []),
    ],
  ];
  const notes: string[] = [];
  for (const r of reports) {
    if (r.error || !r.forecast) {
      rows.push([r.provider, 'error', '-', '-', '-', ...(estimate ? ['-', '-'] : [])]);
      notes.push(`${r.provider}: ${r.error?.message ?? 'no answer'}`);
      continue;
    }
    const f = r.forecast;
    const balance = r.balance?.credits !== undefined ? `${formatUsd(f.balanceUsd)} (${r.balance.credits} cr)` : formatUsd(f.balanceUsd);
    rows.push([
      r.provider,
      f.status.toUpperCase(),
      balance,
      f.burnPerDayUsd ? formatUsd(f.burnPerDayUsd) : r.usageError ? 'unknown' : '-',
      days1(f.daysLeft) ?? (f.burnPerDayUsd ? 'not spending' : '-'),
      ...(estimate ? [r.plannedUsd ? formatUsd(r.plannedUsd) : '-', days1(f.plannedDaysLeft) ?? '-'] : []),
    ]);
    if (r.balance?.currentSpendPerHourUsd !== undefined)
      notes.push(
        `${r.provider}: spending ${formatUsd(money(r.balance.currentSpendPerHourUsd))}/hour now (limit ${r.balance.spendLimitPerHourUsd ? formatUsd(money(r.balance.spendLimitPerHourUsd)) : 'none'}/hour)`,
      );
    if (r.usageError) notes.push(`${r.provider}: usage history unavailable: ${r.usageError}`);
    for (const reason of f.reasons) notes.push(`${r.provider}: ${reason}`);
    if (r.tier) {
      for (const m of r.tier.models) {
        notes.push(
          `${r.provider} ${m.model}: plan ${m.plannedPerDay.toFixed(1)} generations/day; limit ${m.maxDailyGenerations ?? 'none'}/day, ${m.leftToday ?? 'unlimited'} left in the last 24 h; concurrency ${m.maxConcurrentGenerations ?? 'unlimited'}`,
        );
      }
    }
  }
  const lines = columns(rows);
  return [
    `genspend balance: ${status === 'error' ? `ERROR (${failed} of ${reports.length} provider${reports.length === 1 ? '' : 's'} could not be read)` : status.toUpperCase()}`,
    '',
    ...lines,
    ...(notes.length ? ['', ...notes.map((n) => `  - ${n}`)] : []),
    '',
  ].join('\n');
}
