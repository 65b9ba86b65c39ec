import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  escapeControl,
  estimateManifests,
  GenspendError,
  parseVariancePercent,
  reconcile,
  reconcileJson,
  renderReconcileMarkdown,
  renderReconcileTable,
} from '@genspend/core';
import {
  createFetchTransport,
  DEFAULT_DEADLINE_MS,
  KEY_VARIABLES,
  PROVIDER_IDS,
  readBilled,
  reconcileProviders,
  reconcileWindow,
  type ProviderId,
  type Transport,
} from '@genspend/providers';
import { expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, UsageError, type Io } from '../io.js';
import { loadCatalog } from '../price-file.js';

export const reconcileHelp = `Usage: genspend reconcile --manifest <files or globs> [--days 30 | --from YYYY-MM-DD --to YYYY-MM-DD]
                          [--max-variance 25%] [--provider <ids>] [--deadline 120] [--format table|markdown|json]

Sets what the providers billed against what the manifests plan. Usage per model is read for
the window (the last --days full UTC days, or --from to --to, both days included); each
manifest's period is prorated to it by hours (30 days of a 730-hour month plan 720/730 of it).
Per workload: planned, billed, difference and variance; for fal also the billed unit price
against the one the plan was priced at, and units billed against units planned. Spend on models
no manifest declares is listed as unplanned, largest first. Runway matches by model (catalog
aliases count), Runpod by the workload's \`endpointId\`. Refunds count net.

--max-variance (default: each manifest's \`reconcile.maxVariance\`, else 25%): a workload whose
billed spend, or fal unit price, is further than that from the plan fails.
Keys come from the environment as for \`genspend balance\`: ${PROVIDER_IDS.map((p) => KEY_VARIABLES[p]).join(', ')}.
Every provider with a key is read, and every provider a manifest uses must have one; fal's usage
needs an ADMIN key. Runware's usage API spans at most 30 days: a longer window is read in 30-day parts.
Exit 0 within the variance, 1 a workload is over it, 2 a provider could not be read or bad input.`;

type Values = {
  provider?: string[];
  manifest?: string[];
  days?: string;
  from?: string;
  to?: string;
  'max-variance'?: string;
  deadline?: string;
  format?: string;
};

export async function reconcileCommand(values: Values, io: Io, transportFor: (io: Io) => Transport = defaultTransport): Promise<number> {
  const format = parseFormat(values.format);
  if (!values.manifest?.length) throw new UsageError('name the manifests to reconcile with --manifest');
  const window = windowOf(values, io);
  const maxVariance = values['max-variance'] === undefined ? undefined : percent(values['max-variance']);
  const deadlineMs = wholeNumber('--deadline', values.deadline ?? String(DEFAULT_DEADLINE_MS / 1000), 1, 3600, ' of seconds') * 1000;
  const files = await expandManifestArgs(values.manifest, io.cwd);
  const manifests = loadManifests(io.cwd, files);
  const catalog = loadCatalog(io.cwd, files, undefined);
  const estimate = estimateManifests(manifests, catalog);
  const providers = providersToRead(
    values.provider,
    manifests.flatMap((m) => m.workloads.map((w) => w.provider)),
    io.env,
  );

  const { billed, reads: status } = await readBilled(
    providers,
    { env: io.env, transport: transportFor(io), uuid: randomUUID, deadlineMs },
    window,
  );
  const result = reconcile(estimate, billed, window, { catalog, ...(maxVariance ? { maxVariance } : {}) });

  if (format === 'json') io.stdout.write(JSON.stringify(reconcileJson(result, status), null, 2) + '\n');
  else if (format === 'markdown') io.stdout.write(renderReconcileMarkdown(result, status));
  else io.stdout.write(renderReconcileTable(result, status));
  const failed = status.filter((s) => s.error);
  if (failed.length) {
    for (const s of failed) io.stderr.write(`genspend: ${escapeControl(s.error!.message)}\n`);
    return EXIT.error;
  }
  return result.verdict === 'fail' ? EXIT.budgetFailed : EXIT.pass;
}

/** The last --days full UTC days before today, or --from to --to with both days included (the API windows end exclusive). */
function windowOf(values: Values, io: Io): { startDate: string; beforeDate: string } {
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  try {
    return reconcileWindow(values, today, { days: '--days', from: '--from', to: '--to' });
  } catch (e) {
    throw e instanceof GenspendError ? new UsageError(e.message) : e;
  }
}

/** "25%" or "25": a percent from 0 up. */
function percent(value: string) {
  const parsed = parseVariancePercent(value);
  if (!parsed) throw new UsageError(`--max-variance must be a percent such as 25%, got ${JSON.stringify(value.slice(0, 40))}`);
  return parsed;
}

function wholeNumber(flag: string, value: string, min: number, max: number, unit = ''): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(`${flag} must be a whole number${unit} from ${min} to ${max}, got ${JSON.stringify(value.slice(0, 60))}`);
  return Number(value);
}

/** The providers named with --provider; else every provider with a key, each one a manifest uses included. */
function providersToRead(requested: string[] | undefined, planned: string[], env: Io['env']): ProviderId[] {
  const named = (requested ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  for (const p of named)
    if (!PROVIDER_IDS.includes(p as ProviderId))
      throw new UsageError(`--provider: unknown provider "${p}" (use ${PROVIDER_IDS.join(', ')})`);
  const giveKeys = (variables: readonly string[]) => `set ${variables.join(', ')}, or leave the provider out with --provider`;
  return reconcileProviders(named as ProviderId[], planned, env, { noKeys: 'no provider key in the environment', giveKeys });
}

function defaultTransport(): Transport {
  return createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) });
}
