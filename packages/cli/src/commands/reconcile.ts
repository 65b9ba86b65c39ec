import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  compareJob,
  escapeControl,
  reconcileJobsJson,
  renderJobsMarkdown,
  renderJobsTable,
  type JobReportEntry,
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
  accountOptionsFromEnv,
  isJobFailure,
  PROVIDER_IDS,
  readBilled,
  readJobCost,
  reconcileProviders,
  reconcileWindow,
  type ProviderId,
  type Transport,
} from '@genspend/providers';
import { expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, UsageError, writeJson, type Io } from '../io.js';
import { namedProviders, providerList, unknownProvider, wholeNumber } from '../options.js';
import { loadCatalog } from '../price-file.js';
import { parseRequests, readRequestsFile, type RequestEntry } from '../requests.js';

export const reconcileHelp = `Usage: genspend reconcile --manifest <files or globs> [--days 30 | --from YYYY-MM-DD --to YYYY-MM-DD]
                          [--max-variance 25%] [--provider <ids>] [--deadline 120] [--format table|markdown|json]
       genspend reconcile --requests <file> [--provider <id>] [--max-variance 25%] [--deadline 120] [--format ...]

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

--requests: per job, after the fact. The file lists finished jobs, one id per line (of the
--provider named) or a JSON array of ids or of { provider, id, quoted?, endpointId?, gpu?,
gpuCount?, worker?, cost? } objects. Each job's bill is read: Runway GET /v1/tasks/{id}
(cost.credits), fal GET /v1/models/billing-events?request_id= (cost_total; an ADMIN key),
Runpod GET /v2/{endpointId}/status/{id} (executionTime at the \`gpu\` rate of the catalog,
rounded up to whole seconds), Runware from the \`cost\` its result carried with includeCost.
A job with \`quoted\` (USD) is judged: billed against quoted, over --max-variance (default 25%) fails.
Exit 0 within the variance, 1 a workload or job is over it, 2 a provider or job could not be read or bad input.`;

type Values = {
  provider?: string[];
  manifest?: string[];
  requests?: string;
  days?: string;
  from?: string;
  to?: string;
  'max-variance'?: string;
  deadline?: string;
  format?: string;
};

export async function reconcileCommand(values: Values, io: Io, transportFor: (io: Io) => Transport = defaultTransport): Promise<number> {
  const format = parseFormat(values.format);
  if (values.requests !== undefined) {
    if (values.manifest?.length) throw new UsageError('give either --manifest (usage over a window) or --requests (per job), not both');
    for (const flag of ['days', 'from', 'to'] as const)
      if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to --requests: each job is looked up by its id`);
    return requestsCommand(values, io, format, transportFor);
  }
  if (!values.manifest?.length) throw new UsageError('name the manifests to reconcile with --manifest, or the jobs with --requests');
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

  if (format === 'json') await writeJson(io.stdout, reconcileJson(result, status));
  else if (format === 'markdown') io.stdout.write(renderReconcileMarkdown(result, status));
  else io.stdout.write(renderReconcileTable(result, status));
  const failed = status.filter((s) => s.error);
  if (failed.length) {
    for (const s of failed) io.stderr.write(`genspend: ${escapeControl(s.error!.message)}\n`);
    return EXIT.error;
  }
  return result.verdict === 'fail' ? EXIT.budgetFailed : EXIT.pass;
}

/** How many jobs are read at once: enough to be quick, few enough to stay under providers' rate limits. */
const JOB_CONCURRENCY = 4;

async function requestsCommand(values: Values, io: Io, format: ReturnType<typeof parseFormat>, transportFor: (io: Io) => Transport) {
  const maxVariance = values['max-variance'] === undefined ? undefined : percent(values['max-variance']);
  const deadlineMs = wholeNumber('--deadline', values.deadline ?? String(DEFAULT_DEADLINE_MS / 1000), 1, 3600, ' of seconds') * 1000;
  const named = providerList(values.provider);
  if (named.length > 1) throw new UsageError('--provider with --requests names the one provider of the bare ids in the file');
  const provider = named[0] as ProviderId | undefined;
  if (provider && !PROVIDER_IDS.includes(provider)) throw unknownProvider(provider);
  const file = values.requests!;
  const jobs = parseRequests(readRequestsFile(io.cwd, file), file, provider);
  // Runware's cost is in the file; every other provider is asked, and needs its key
  const needKeys = [...new Set(jobs.map((j) => j.provider))].filter((p) => p !== 'runware' && !io.env[KEY_VARIABLES[p]]?.trim());
  if (needKeys.length)
    throw new GenspendError(
      `no key for ${needKeys.join(', ')}, whose jobs the file lists`,
      { file },
      `set ${needKeys.map((p) => KEY_VARIABLES[p]).join(', ')}`,
    );
  const catalog = loadCatalog(io.cwd, [], undefined);
  const transport = transportFor(io);
  const now = () => (io.now?.() ?? new Date()).getTime();
  const results = await inBatches(jobs, JOB_CONCURRENCY, async (job) => {
    const options = job.provider === 'runware' ? { apiKey: 'none' } : accountOptionsFromEnv(job.provider, io.env)!;
    const bill = await readJobCost(
      {
        provider: job.provider,
        id: job.id,
        ...(job.endpointId ? { endpointId: job.endpointId } : {}),
        ...(job.result !== undefined ? { result: job.result } : {}),
      },
      { ...options, transport, deadlineMs, now },
    );
    if (isJobFailure(bill)) return { failure: { provider: job.provider, id: job.id || bill.id, error: bill.error } };
    try {
      return {
        compared: compareJob(
          { bill, ...(job.quoted !== undefined ? { quotedUsd: job.quoted } : {}), hardware: hardwareOf(job) },
          catalog,
          maxVariance ? { maxVariance } : {},
        ),
      };
    } catch (e) {
      if (!(e instanceof GenspendError)) throw e;
      return { failure: { provider: job.provider, id: job.id, error: { kind: 'input', message: e.format() } } };
    }
  });
  const entries: JobReportEntry[] = results.map((r) => r.compared ?? r.failure!);
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  if (format === 'json') await writeJson(io.stdout, reconcileJobsJson(entries));
  else if (format === 'markdown') io.stdout.write(renderJobsMarkdown(entries));
  else io.stdout.write(renderJobsTable(entries));
  if (failures.length) {
    for (const f of failures) io.stderr.write(`genspend: ${escapeControl(f.error.message)}\n`);
    return EXIT.error;
  }
  return results.some((r) => r.compared?.over) ? EXIT.budgetFailed : EXIT.pass;
}

function hardwareOf(job: RequestEntry) {
  return {
    ...(job.gpu ? { gpu: job.gpu } : {}),
    ...(job.gpuCount !== undefined ? { gpuCount: job.gpuCount } : {}),
    ...(job.worker ? { worker: job.worker } : {}),
  };
}

/** `work` over the items, `size` at a time, results in the items' order. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
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

/** The providers named with --provider; else every provider with a key, each one a manifest uses included. */
function providersToRead(requested: string[] | undefined, planned: string[], env: Io['env']): ProviderId[] {
  const named = namedProviders(requested);
  const giveKeys = (variables: readonly string[]) => `set ${variables.join(', ')}, or leave the provider out with --provider`;
  return reconcileProviders(named, planned, env, { noKeys: 'no provider key in the environment', giveKeys });
}

function defaultTransport(): Transport {
  return createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) });
}
