import type { Estimate } from '../estimate/types.js';
import { escapeControl } from './escape.js';
import { checkPeriod, fewestDaysLeft, shownDays, type AccountReport, type CheckStatus } from '../forecast/account.js';
import { addDays, calendarDays } from '../days.js';
import { runsOutOn } from '../forecast/balance.js';
import { Decimal, exact, formatCredits, formatUsd, money, ZERO } from '../money.js';
import { escapeMarkdown } from './markdown.js';
import { mermaidText, xyChartMermaid } from './mermaid.js';
import { columns } from './table.js';

/** What a balance check covered: the day it ran, the usage window, and the plan if any. */
export interface BalanceCheck {
  reports: readonly AccountReport[];
  status: CheckStatus;
  /** UTC day, YYYY-MM-DD. */
  asOf: string;
  burnWindowDays: number;
  estimate?: Estimate;
}

/**
 * The JSON contract of `genspend balance --format json` and the Action's balance report,
 * version 2 (which added `runsOutOn`, `plannedRunsOutOn` and `daily` to each provider).
 */
export function balanceJson(check: BalanceCheck) {
  const { reports, estimate } = check;
  return {
    version: 2,
    asOf: check.asOf,
    burnWindowDays: check.burnWindowDays,
    period: checkPeriod(estimate),
    status: check.status,
    daysLeft: shownDays(fewestDaysLeft(reports)),
    providers: reports.map((r) => {
      const f = r.forecast;
      const b = r.figures?.balance;
      return {
        provider: r.provider,
        status: f?.status ?? null,
        ...(f && b
          ? {
              balanceUsd: f.balanceUsd.toFixed(),
              ...(b.credits !== undefined ? { credits: b.credits } : {}),
              ...(b.spendLimitPerHourUsd !== undefined ? { spendLimitPerHourUsd: b.spendLimitPerHourUsd } : {}),
              ...(b.currentSpendPerHourUsd !== undefined ? { currentSpendPerHourUsd: b.currentSpendPerHourUsd } : {}),
              burnPerDayUsd: f.burnPerDayUsd?.toFixed() ?? null,
              daysLeft: shownDays(f.daysLeft),
              runsOutOn: runsOutOn(check.asOf, f.daysLeft),
              plannedPerPeriodUsd: r.plannedUsd?.toFixed() ?? null,
              plannedDaysLeft: shownDays(f.plannedDaysLeft),
              plannedRunsOutOn: runsOutOn(check.asOf, f.plannedDaysLeft),
              shortfallUsd: f.shortfallUsd?.toFixed() ?? null,
              reasons: f.reasons,
            }
          : {}),
        ...(r.figures?.usageError ? { usageError: r.figures.usageError } : {}),
        ...(r.usageUsd ? { daily: dailyBurn(check, r)!.map((d) => ({ date: d.date, amountUsd: exact(d.amountUsd) })) } : {}),
        ...(r.tier
          ? {
              tier: {
                maxMonthlyCreditSpend: r.tier.maxMonthlyCreditSpend,
                plannedCreditsPer30Days: r.tier.plannedCreditsPer30Days.toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(),
                fitsMonthlyCap: r.tier.fitsMonthlyCap,
                capBindsInDays: r.tier.capBindsInDays?.toDecimalPlaces(1, Decimal.ROUND_DOWN).toFixed() ?? null,
                tierNeeded: r.tier.tierNeeded?.tier ?? null,
                models: r.tier.models.map((m) => ({ ...m, plannedPerDay: m.plannedPerDay.toFixed(1) })),
              },
            }
          : {}),
        ...(r.error ? { error: r.error } : {}),
      };
    }),
  };
}

export type BalanceJson = ReturnType<typeof balanceJson>;

const headline = (check: BalanceCheck): string => {
  const failed = check.reports.filter((r) => r.error || !r.forecast).length;
  const n = check.reports.length;
  return check.status === 'error'
    ? `ERROR (${failed} of ${n} provider${n === 1 ? '' : 's'} could not be read)`
    : check.status.toUpperCase();
};

interface Row {
  provider: string;
  status: string;
  balance: string;
  burn: string;
  daysLeft: string;
  planned: string;
  plannedDaysLeft: string;
}

/** One row per account and the notes under the table (reasons, live spend, tier limits, errors). */
function rowsAndNotes(check: BalanceCheck): { rows: Row[]; notes: string[] } {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const r of check.reports) {
    const f = r.forecast;
    if (r.error || !f) {
      rows.push({ provider: r.provider, status: 'error', balance: '-', burn: '-', daysLeft: '-', planned: '-', plannedDaysLeft: '-' });
      notes.push(`${r.provider}: ${r.error?.message ?? 'no answer'}`);
      continue;
    }
    const b = r.figures?.balance;
    const usageError = r.figures?.usageError;
    rows.push({
      provider: r.provider,
      status: f.status.toUpperCase(),
      balance: b?.credits !== undefined ? `${formatUsd(f.balanceUsd)} (${formatCredits(money(b.credits))})` : formatUsd(f.balanceUsd),
      burn: f.burnPerDayUsd ? formatUsd(f.burnPerDayUsd) : usageError ? 'unknown' : '-',
      daysLeft: shownDays(f.daysLeft) ?? (f.burnPerDayUsd ? 'not spending' : '-'),
      planned: r.plannedUsd ? formatUsd(r.plannedUsd) : '-',
      plannedDaysLeft: shownDays(f.plannedDaysLeft) ?? '-',
    });
    if (b?.currentSpendPerHourUsd !== undefined)
      notes.push(
        `${r.provider}: spending ${formatUsd(money(b.currentSpendPerHourUsd))}/hour now (limit ${b.spendLimitPerHourUsd ? formatUsd(money(b.spendLimitPerHourUsd)) : 'none'}/hour)`,
      );
    for (const reason of f.reasons) notes.push(`${r.provider}: ${reason}`);
    for (const m of r.tier?.models ?? []) {
      notes.push(
        `${r.provider} ${m.model}: plan ${m.plannedPerDay.toFixed(1)} generations/day; limit ${!m.limitKnown ? 'unknown' : (m.maxDailyGenerations ?? 'none')}/day, ${!m.limitKnown ? 'unknown' : (m.leftToday ?? 'unlimited')} left in the last 24 h; concurrency ${!m.limitKnown ? 'unknown' : (m.maxConcurrentGenerations ?? 'unlimited')}`,
      );
    }
  }
  return { rows, notes };
}

function header(check: BalanceCheck): string[] {
  const period = checkPeriod(check.estimate);
  return [
    'PROVIDER',
    'STATUS',
    'BALANCE',
    `BURN/DAY (${check.burnWindowDays}d)`,
    'DAYS LEFT',
    ...(check.estimate ? [`PLANNED/${period.toUpperCase()}`, 'DAYS LEFT (PLAN)'] : []),
  ];
}

const cells = (row: Row, withPlan: boolean) => [
  row.provider,
  row.status,
  row.balance,
  row.burn,
  row.daysLeft,
  ...(withPlan ? [row.planned, row.plannedDaysLeft] : []),
];

/** The terminal table of `genspend balance`. */
export function renderBalanceTable(check: BalanceCheck): string {
  const { rows, notes } = rowsAndNotes(check);
  const withPlan = check.estimate !== undefined;
  return [
    `genspend balance: ${headline(check)}`,
    '',
    ...columns([header(check), ...rows.map((r) => cells(r, withPlan))]),
    // notes carry providers' messages: shown, never acted on by the terminal
    ...(notes.length ? ['', ...notes.map((n) => `  - ${escapeControl(n)}`)] : []),
    '',
  ].join('\n');
}

const STATUS_MARK: Record<string, string> = {
  OK: ':green_circle: ok',
  LOW: ':yellow_circle: low',
  CRITICAL: ':red_circle: critical',
  error: ':warning: error',
};

/** The Action's job summary: a headline, one table row per provider, then the reasons. */
export function renderBalanceMarkdown(check: BalanceCheck): string {
  const { rows, notes } = rowsAndNotes(check);
  const withPlan = check.estimate !== undefined;
  const head = header(check).map((h) => h.charAt(0) + h.slice(1).toLowerCase());
  const days = shownDays(fewestDaysLeft(check.reports));
  return [
    '## genspend balance check',
    '',
    `**Status: ${headline(check)}**${days !== null ? ` · fewest days left: ${days}` : ''} · as of ${check.asOf}, burn over the last ${check.burnWindowDays} days`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    // the cells are genspend's own words and figures; the notes carry providers' messages, escaped
    ...rows.map((r) => `| ${cells({ ...r, status: STATUS_MARK[r.status] ?? r.status }, withPlan).join(' | ')} |`),
    ...(notes.length ? ['', ...notes.map((n) => `- ${escapeMarkdown(n)}`)] : []),
    ...check.reports.flatMap((r) => burnChart(check, r)),
    '',
  ].join('\n');
}

/** Net USD spent on each day of the burn window, oldest first, $0 on days without usage; null without a usage history. */
function dailyBurn(check: BalanceCheck, r: AccountReport): { date: string; amountUsd: Decimal }[] | null {
  if (!r.usageUsd) return null;
  const byDate = new Map(r.usageUsd.map((d) => [d.date, d.amountUsd]));
  return calendarDays(addDays(check.asOf, -check.burnWindowDays), check.asOf).map((date) => ({
    date,
    amountUsd: byDate.get(date) ?? ZERO,
  }));
}

/**
 * One account's daily burn as a Mermaid chart (GitHub draws it): bars the net spend of each day
 * of the window, the line its average (the burn per day days left are reckoned at), and the day
 * the balance runs out at that rate (and at the planned spend) said above it and in the title.
 */
function burnChart(check: BalanceCheck, r: AccountReport): string[] {
  const days = dailyBurn(check, r);
  const f = r.forecast;
  if (!days || !f || !f.burnPerDayUsd) return [];
  const out = runsOutOn(check.asOf, f.daysLeft);
  const planned = runsOutOn(check.asOf, f.plannedDaysLeft);
  const when = out
    ? `at this rate the balance runs out about **${out}** (${shownDays(f.daysLeft)} days)`
    : 'at this rate the balance does not run out';
  return [
    '',
    `**${escapeMarkdown(r.provider)}**: burn per day over the last ${check.burnWindowDays} days (bars) and its average, ${formatUsd(f.burnPerDayUsd)} a day (line); ${when}${planned ? `; at the planned spend about **${planned}** (${shownDays(f.plannedDaysLeft)} days)` : ''}.`,
    '',
    xyChartMermaid({
      title: `${mermaidText(r.provider)}: burn per day${out ? `, runs out about ${out}` : ''}`,
      x: days.map((d) => d.date.slice(5)),
      yLabel: 'USD',
      bars: [days.map((d) => d.amountUsd)],
      lines: [days.map(() => f.burnPerDayUsd!)],
    }),
  ];
}
