import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  balanceJson,
  DEFAULT_THRESHOLDS,
  escapeControl,
  defaultCatalog,
  estimateManifests,
  money,
  overallStatus,
  renderBalanceTable,
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
  type Transport,
} from '@genspend/providers';
import { expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, UsageError, writeJson, type Io } from '../io.js';
import { namedProviders, wholeNumber } from '../options.js';

export const balanceHelp = `Usage: genspend balance [--provider <ids>] [--manifest <files or globs>] [--days 30]
                        [--low-days 14] [--critical-days 3] [--deadline 120] [--format table|json]

Reads each provider's balance and recent usage, and says how many days the balance lasts at
the observed burn rate and, with --manifest, at the spend the manifests plan (plus Runway
usage-tier headroom for the plan). Status per provider: ok, low or critical.

Keys come from the environment: ${PROVIDER_IDS.map((p) => KEY_VARIABLES[p]).join(', ')}.
Providers without a key are skipped unless named with --provider. fal's billing and usage
endpoints need an ADMIN key. Base URLs can be overridden (gateways, tests) with
GENSPEND_<PROVIDER>_BASE_URL (and GENSPEND_RUNPOD_REST_BASE_URL, GENSPEND_RUNWARE_CONTENT_BASE_URL).
Each account read (balance, every page of usage, retries and waits) ends within --deadline
seconds; a usage history that could not be read makes the account at least low.
Exit 0 all ok, 1 a provider is low or critical, 2 a provider could not be read or bad input.`;

type Values = {
  provider?: string[];
  manifest?: string[];
  days?: string;
  'low-days'?: string;
  'critical-days'?: string;
  deadline?: string;
  format?: string;
};

export async function balanceCommand(values: Values, io: Io, transportFor: (io: Io) => Transport = defaultTransport): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const days = wholeNumber('--days', values.days ?? '30', 1, 90);
  const deadlineMs = wholeNumber('--deadline', values.deadline ?? String(DEFAULT_DEADLINE_MS / 1000), 1, 3600, ' of seconds') * 1000;
  const thresholds: Thresholds = {
    lowDays: values['low-days'] !== undefined ? money(wholeNumber('--low-days', values['low-days'], 0, 3650)) : DEFAULT_THRESHOLDS.lowDays,
    criticalDays:
      values['critical-days'] !== undefined
        ? money(wholeNumber('--critical-days', values['critical-days'], 0, 3650))
        : DEFAULT_THRESHOLDS.criticalDays,
  };
  if (thresholds.criticalDays.greaterThan(thresholds.lowDays)) throw new UsageError('--critical-days must not be more than --low-days');
  const providers = chooseProviders(namedProviders(values.provider), io.env, {
    noKeys: 'no provider key in the environment',
    giveKeys: (variables) => `set ${variables.length > 1 && !values.provider?.length ? 'one or more of ' : ''}${variables.join(', ')}`,
  });
  const estimate = values.manifest?.length
    ? estimateManifests(loadManifests(io.cwd, await expandManifestArgs(values.manifest, io.cwd)), defaultCatalog())
    : undefined;
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const reports = await checkBalances(providers, {
    env: io.env,
    transport: transportFor(io),
    uuid: randomUUID,
    deadlineMs,
    window: lastDays(today, days),
    catalog: defaultCatalog(),
    thresholds,
    ...(estimate ? { estimate } : {}),
  });
  const check = { reports, status: overallStatus(reports), asOf: today, burnWindowDays: days, ...(estimate ? { estimate } : {}) };
  if (format === 'json') await writeJson(io.stdout, balanceJson(check));
  else io.stdout.write(renderBalanceTable(check));
  if (check.status === 'error') {
    for (const r of reports) if (r.error) io.stderr.write(`genspend: ${escapeControl(r.error.message)}\n`);
    return EXIT.error;
  }
  return check.status === 'ok' ? EXIT.pass : EXIT.budgetFailed;
}

function defaultTransport(): Transport {
  return createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) });
}
