import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  balanceJson,
  DEFAULT_THRESHOLDS,
  defaultCatalog,
  estimateManifests,
  fewestDaysLeft,
  formatUsd,
  money,
  overallStatus,
  renderBalanceMarkdown,
  shownDays,
  type AccountReport,
  type BalanceCheck,
  type Estimate,
  type Thresholds,
} from '@genspend/core';
import {
  checkBalances,
  chooseProviders,
  createFetchTransport,
  DEFAULT_DEADLINE_MS,
  KEY_VARIABLES,
  lastDays,
  PROVIDER_IDS,
  type ProviderId,
  type Transport,
} from '@genspend/providers';
import { amount, deadline, globs, inputChecker, InputError, oneOf, providerList } from './inputs.js';
import { findManifests, readHead } from './manifests.js';
import { couldNotRun, summary, type GateResult } from './failure.js';
import type { Toolkit } from './toolkit.js';

export const FAIL_ON = ['low', 'critical', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface BalanceInputs {
  readonly manifests: readonly string[];
  /** Named in the `providers` input; undefined = every provider with a key in the environment. */
  readonly providers: readonly ProviderId[] | undefined;
  /** The usage window the burn rate is averaged over. */
  readonly days: number;
  readonly thresholds: Thresholds;
  readonly failOn: FailOn;
  /** Each account read (balance, every usage page, retries and waits) ends within this. */
  readonly deadlineMs: number;
}

function wholeNumber(name: string, value: string, fallback: number, max: number): number {
  if (value === '') return fallback;
  if (!/^\d{1,4}$/.test(value) || Number(value) > max)
    throw new InputError(`input \`${name}\` must be a whole number from 0 to ${max}, got ${JSON.stringify(value.slice(0, 60))}`);
  return Number(value);
}

/** Reads and checks the inputs of `mode: balance`; every bad value is reported at once. */
export function readBalanceInputs(getInput: (name: string) => string): BalanceInputs {
  const { get, check, done } = inputChecker(getInput);
  const days = check(() => {
    const d = wholeNumber('days', get('days'), 30, 90);
    if (d === 0) throw new InputError('input `days` must be a whole number from 1 to 90, got "0"');
    return d;
  }, 30);
  const lowDays = check(() => wholeNumber('low-days', get('low-days'), DEFAULT_THRESHOLDS.lowDays.toNumber(), 3650), 0);
  const criticalDays = check(() => wholeNumber('critical-days', get('critical-days'), DEFAULT_THRESHOLDS.criticalDays.toNumber(), 3650), 0);
  check(() => {
    if (criticalDays > lowDays)
      throw new InputError(`input \`critical-days\` (${criticalDays}) must not be more than \`low-days\` (${lowDays})`);
  }, undefined);
  const deadlineMs = check(() => deadline(get('deadline')), DEFAULT_DEADLINE_MS);
  const lowBalance = check(() => amount('low-balance', get('low-balance'), 'USD'), undefined);
  const criticalBalance = check(() => amount('critical-balance', get('critical-balance'), 'USD'), undefined);
  const inputs: BalanceInputs = {
    manifests: check(() => globs(getInput('manifests')), []),
    providers: check(() => providerList(get('providers')), undefined),
    days,
    thresholds: {
      lowDays: money(lowDays),
      criticalDays: money(criticalDays),
      ...(lowBalance ? { lowBalanceUsd: lowBalance } : {}),
      ...(criticalBalance ? { criticalBalanceUsd: criticalBalance } : {}),
    },
    failOn: check(() => oneOf('fail-on', get('fail-on'), FAIL_ON, 'low'), 'low'),
    deadlineMs,
  };
  done();
  return inputs;
}

export interface BalanceDeps {
  readonly toolkit: Toolkit;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly exists: (path: string) => boolean;
  /** Default: fetch with timeouts and retries. */
  readonly transport?: Transport;
  /** v4 UUIDs for Runware task ids. */
  readonly uuid: () => string;
  readonly now: () => Date;
}

/**
 * `mode: balance`, for scheduled workflows: reads each provider's balance and burn, forecasts
 * the days left (and, when manifests are found, the days at the planned spend and Runway tier
 * headroom), writes the job summary, annotations and outputs, and fails at the chosen status.
 */
export async function balanceMode(deps: BalanceDeps): Promise<GateResult> {
  const { toolkit, env } = deps;
  const workspace = env.GITHUB_WORKSPACE || deps.cwd;
  try {
    const inputs = readBalanceInputs((name) => toolkit.getInput(name));
    const secrets = (variables: readonly string[]) => variables.map((v) => `${v}: \${{ secrets.${v} }}`).join(', ');
    const providers = chooseProviders(inputs.providers, env, {
      noKeys: 'mode `balance` found no provider key in the environment',
      namedIn: 'named in the `providers` input',
      giveKeys: (variables) =>
        inputs.providers
          ? `add to the step's \`env:\` ${secrets(variables)}`
          : `pass the keys of the accounts to check as \`env:\` of the step, e.g. ${secrets([KEY_VARIABLES.runway])}`,
    });
    for (const p of providers) toolkit.setSecret(env[KEY_VARIABLES[p]]!.trim());
    const estimate = await plan(workspace, inputs.manifests, toolkit);

    const asOf = deps.now().toISOString().slice(0, 10);
    const reports = await checkBalances(providers, {
      env,
      transport: deps.transport ?? createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) }),
      uuid: deps.uuid,
      deadlineMs: inputs.deadlineMs,
      window: lastDays(asOf, inputs.days),
      catalog: defaultCatalog(),
      thresholds: inputs.thresholds,
      ...(estimate ? { estimate } : {}),
    });
    const check: BalanceCheck = {
      reports,
      status: overallStatus(reports),
      asOf,
      burnWindowDays: inputs.days,
      ...(estimate ? { estimate } : {}),
    };

    for (const r of reports) toolkit.info(`genspend: ${r.provider}: ${describe(r)}`);
    setBalanceOutputs(toolkit, check, writeBalanceReport(env.RUNNER_TEMP || '', check));
    await summary(toolkit, renderBalanceMarkdown(check));
    annotateAccounts(reports, toolkit);
    return verdictOf(check, inputs.failOn);
  } catch (e) {
    return couldNotRun(toolkit, e, (file) => deps.exists(resolve(workspace, file)));
  }
}

/** The planned spend, when the `manifests` input matches anything; without manifests the check uses the observed burn only. */
async function plan(workspace: string, patterns: readonly string[], toolkit: Toolkit): Promise<Estimate | undefined> {
  const files = await findManifests(workspace, patterns);
  if (files.length === 0) {
    toolkit.info(`genspend: no manifest matches ${patterns.join(', ')}: days left at the observed burn only`);
    return undefined;
  }
  toolkit.info(`genspend: planned spend from ${files.length} manifest(s): ${files.join(', ')}`);
  return estimateManifests(readHead(workspace, files), defaultCatalog());
}

function describe(r: AccountReport): string {
  if (r.error || !r.forecast) return `could not read: ${r.error?.message ?? 'no answer'}`;
  const f = r.forecast;
  const days = shownDays(f.daysLeft);
  return [
    f.status.toUpperCase(),
    `balance ${formatUsd(f.balanceUsd)}`,
    f.burnPerDayUsd ? `burn ${formatUsd(f.burnPerDayUsd)}/day` : 'burn unknown',
    ...(days !== null ? [`${days} days left`] : []),
    ...f.reasons,
  ].join('; ');
}

/** A per-run folder under RUNNER_TEMP holding the JSON of `genspend balance --format json`. */
function writeBalanceReport(dir: string, check: BalanceCheck): string {
  const path = join(mkdtempSync(join(dir || tmpdir(), 'genspend-')), 'balance.json');
  writeFileSync(path, JSON.stringify(balanceJson(check), null, 2) + '\n');
  return path;
}

/**
 * status (ok|low|critical|error), days-left (the fewest of any account, one decimal rounded
 * down; empty when nothing is being spent), balances (JSON: provider -> USD as an exact decimal
 * string), <provider>-balance for each provider checked, report-path.
 */
function setBalanceOutputs(toolkit: Toolkit, check: BalanceCheck, reportPath: string): void {
  const balances: Record<string, string> = {};
  for (const r of check.reports) if (r.forecast) balances[r.provider] = r.forecast.balanceUsd.toFixed();
  toolkit.setOutput('status', check.status);
  toolkit.setOutput('days-left', shownDays(fewestDaysLeft(check.reports)) ?? '');
  toolkit.setOutput('balances', JSON.stringify(balances));
  for (const p of PROVIDER_IDS) toolkit.setOutput(`${p}-balance`, balances[p] ?? '');
  toolkit.setOutput('report-path', reportPath);
}

/** A warning per low account, an error per critical or unreadable one (GitHub lists them on the run's page). */
function annotateAccounts(reports: readonly AccountReport[], toolkit: Toolkit): void {
  for (const r of reports) {
    if (r.error || !r.forecast)
      toolkit.error(`${r.provider}: could not read the account: ${r.error?.message ?? 'no answer'}`, { title: 'genspend balance' });
    else if (r.forecast.status === 'critical')
      toolkit.error(`${r.provider}: ${r.forecast.reasons.join('; ')}`, { title: 'genspend balance: critical' });
    else if (r.forecast.status === 'low')
      toolkit.warning(`${r.provider}: ${r.forecast.reasons.join('; ')}`, { title: 'genspend balance: low' });
  }
}

function verdictOf(check: BalanceCheck, failOn: FailOn): GateResult {
  const { status, reports } = check;
  if (status === 'error') {
    const failed = reports.filter((r) => r.error).map((r) => `${r.provider}: ${r.error!.message}`);
    return {
      verdict: 'error',
      message: `genspend could not read ${failed.length === 1 ? 'an account' : 'accounts'}: ${failed.join('; ')}`,
    };
  }
  if (status === 'ok') return { verdict: 'pass' };
  const breaks = failOn === 'low' || (failOn === 'critical' && status === 'critical');
  if (!breaks) return { verdict: 'warn' };
  const which = reports
    .filter((r) => r.forecast && r.forecast.status !== 'ok')
    .map((r) => `${r.provider} ${r.forecast!.status} (${r.forecast!.reasons.join('; ')})`);
  return { verdict: 'fail', message: `genspend: balance ${status}: ${which.join('; ')}` };
}
