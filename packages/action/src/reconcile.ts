import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  estimateManifests,
  exact,
  GenspendError,
  parseVariancePercent,
  reconcile,
  reconcileJson,
  renderReconcileMarkdown,
  type Money,
  type ProviderRead,
  type ReconcileLine,
  type Reconciliation,
} from '@genspend/core';
import {
  createFetchTransport,
  KEY_VARIABLES,
  readBilled,
  reconcileProviders,
  reconcileWindow,
  type ProviderId,
  type Transport,
  type UsageWindow,
} from '@genspend/providers';
import { MAX_ANNOTATIONS_PER_LEVEL } from './annotations.js';
import type { Git } from './base.js';
import { couldNotRun, summary, type GateResult } from './failure.js';
import { deadline, globs, inputChecker, InputError, PRICES_DEFAULT, pricesInput, providerList } from './inputs.js';
import { findManifests, readHead } from './manifests.js';
import { readPrices } from './prices.js';
import { SUMMARY_LIMIT_BYTES } from './report.js';
import type { Toolkit } from './toolkit.js';

export interface ReconcileInputs {
  readonly manifests: readonly string[];
  /** Named in the `providers` input; undefined = every provider with a key (each one a manifest uses must have one). */
  readonly providers: readonly ProviderId[] | undefined;
  readonly window: UsageWindow;
  /** Percent; undefined = each manifest's `reconcile.maxVariance`, else 25. */
  readonly maxVariance: Money | undefined;
  readonly deadlineMs: number;
  readonly prices: { readonly file: string; readonly explicit: boolean };
}

/** Reads and checks the inputs of `mode: reconcile`; every bad value is reported at once. `today` is the UTC day of the run. */
export function readReconcileInputs(getInput: (name: string) => string, today: string): ReconcileInputs {
  const { get, check, done } = inputChecker(getInput);
  const optional = (name: string) => get(name) || undefined;
  const inputs: ReconcileInputs = {
    manifests: check(() => globs(getInput('manifests')), []),
    providers: check(() => providerList(get('providers')), undefined),
    window: check(
      () => {
        try {
          const names = { days: 'input `days`', from: 'input `from`', to: 'input `to`' };
          return reconcileWindow({ days: optional('days'), from: optional('from'), to: optional('to') }, today, names);
        } catch (e) {
          throw e instanceof GenspendError ? new InputError(e.message) : e;
        }
      },
      { startDate: today, beforeDate: today },
    ),
    maxVariance: check(() => {
      const raw = get('max-variance');
      if (raw === '') return undefined;
      const parsed = parseVariancePercent(raw);
      if (!parsed) throw new InputError(`input \`max-variance\` must be a percent such as 25%, got ${JSON.stringify(raw.slice(0, 60))}`);
      return parsed;
    }, undefined),
    deadlineMs: check(() => deadline(get('deadline')), 0),
    prices: check(() => pricesInput(get('prices')), PRICES_DEFAULT),
  };
  done();
  return inputs;
}

export interface ReconcileDeps {
  readonly toolkit: Toolkit;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly exists: (path: string) => boolean;
  readonly git: (cwd: string) => Git;
  /** Default: fetch with timeouts and retries. */
  readonly transport?: Transport;
  /** v4 UUIDs for Runware task ids. */
  readonly uuid: () => string;
  readonly now: () => Date;
}

/**
 * `mode: reconcile`, for scheduled workflows: what the providers billed over the window against
 * what the manifests plan for it, by the core's `reconcile` (the rules of `genspend reconcile`).
 * Writes the job summary, an annotation at the manifest line of each workload over the variance,
 * the JSON report and outputs; fails the step when a workload is over the variance, and as
 * "could not run" when a provider could not be read (its workloads are not judged).
 */
export async function reconcileMode(deps: ReconcileDeps): Promise<GateResult> {
  const { toolkit, env } = deps;
  const workspace = env.GITHUB_WORKSPACE || deps.cwd;
  try {
    const today = deps.now().toISOString().slice(0, 10);
    const inputs = readReconcileInputs((name) => toolkit.getInput(name), today);
    const files = await findManifests(workspace, inputs.manifests);
    if (files.length === 0)
      throw new GenspendError(
        `no manifest matches ${inputs.manifests.map((p) => `\`${p}\``).join(', ')} in the workspace`,
        undefined,
        'set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first',
      );
    const manifests = readHead(workspace, files);
    const prices = await readPrices({ workspace, file: inputs.prices.file, explicit: inputs.prices.explicit, base: undefined });
    for (const line of prices.log) toolkit.info(line);
    const estimate = estimateManifests(manifests, prices.catalog);
    const secrets = (variables: readonly string[]) => variables.map((v) => `${v}: \${{ secrets.${v} }}`).join(', ');
    const providers = reconcileProviders(
      inputs.providers,
      manifests.flatMap((m) => m.workloads.map((w) => w.provider)),
      env,
      {
        noKeys: 'mode `reconcile` found no provider key in the environment',
        namedIn: 'named in the `providers` input',
        giveKeys: (variables) => `add to the step's \`env:\` ${secrets(variables)}, or leave the provider out with the \`providers\` input`,
      },
    );
    for (const p of providers) toolkit.setSecret(env[KEY_VARIABLES[p]]!.trim());
    toolkit.info(
      `genspend: reconciling ${files.length} manifest(s) from ${inputs.window.startDate} to ${inputs.window.beforeDate} (exclusive)`,
    );

    const { billed, reads } = await readBilled(
      providers,
      {
        env,
        transport: deps.transport ?? createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) }),
        uuid: deps.uuid,
        deadlineMs: inputs.deadlineMs,
      },
      inputs.window,
    );
    const result = reconcile(estimate, billed, inputs.window, {
      catalog: prices.catalog,
      ...(inputs.maxVariance ? { maxVariance: inputs.maxVariance } : {}),
    });
    const report = reconcileJson(result, reads);

    for (const r of reads)
      toolkit.info(
        `genspend: ${r.provider}: ${r.error ? `could not read the usage: ${r.error.message}` : `read (${r.source ?? 'usage'})`}`,
      );
    toolkit.setOutput('verdict', report.status);
    toolkit.setOutput('unplanned-usd', exact(result.unplannedUsd));
    toolkit.setOutput('report-path', writeReconcileReport(env.RUNNER_TEMP || '', report));
    await summary(
      toolkit,
      renderReconcileMarkdown(result, reads, { maxBytes: SUMMARY_LIMIT_BYTES, fullReportAt: 'the JSON report (the `report-path` output)' }),
    );
    annotateLines(result, reads, toolkit);
    return verdictOf(result, reads);
  } catch (e) {
    return couldNotRun(toolkit, e, (file) => deps.exists(resolve(workspace, file)));
  }
}

/** A per-run folder under RUNNER_TEMP holding the JSON of `genspend reconcile --format json`. */
function writeReconcileReport(dir: string, report: ReturnType<typeof reconcileJson>): string {
  const path = join(mkdtempSync(join(dir || tmpdir(), 'genspend-')), 'reconcile.json');
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
  return path;
}

const names = (l: ReconcileLine) => l.workloads.map((w) => w.name).join(', ');

/**
 * An error at the manifest line of every workload over the variance (the file's page shows it),
 * a warning at each one that could not be judged (unpriced, a Runpod workload without
 * `endpointId`), and an error per provider that could not be read.
 */
function annotateLines(result: Reconciliation, reads: readonly ProviderRead[], toolkit: Toolkit): void {
  const counts = { error: 0, warning: 0 };
  let dropped = 0;
  const emit = (level: 'error' | 'warning', message: string, properties: { title: string; file?: string; startLine?: number }) => {
    if (counts[level]++ >= MAX_ANNOTATIONS_PER_LEVEL) dropped++;
    else toolkit[level](message, properties);
  };
  for (const r of reads)
    if (r.error) emit('error', `${r.provider}: could not read the usage: ${r.error.message}`, { title: 'genspend reconcile' });
  for (const l of result.lines) {
    if (l.verdict === 'pass') continue;
    const level = l.verdict === 'fail' ? 'error' : 'warning';
    const title = l.verdict === 'fail' ? 'genspend reconcile: over the variance' : `genspend reconcile: ${l.verdict}`;
    for (const w of l.workloads)
      emit(level, `${w.name}: ${l.reasons.join('; ')}`, { title, file: w.file, ...(w.line !== undefined ? { startLine: w.line } : {}) });
  }
  if (dropped)
    toolkit.info(`genspend: ${dropped} more annotation${dropped === 1 ? '' : 's'} not shown (GitHub shows 10 per level); see the report`);
}

function verdictOf(result: Reconciliation, reads: readonly ProviderRead[]): GateResult {
  const failed = reads.filter((r) => r.error);
  if (failed.length)
    return {
      verdict: 'error',
      message: `genspend could not read the usage of ${failed.map((r) => r.provider).join(', ')}, so its workloads are not judged: ${failed.map((r) => r.error!.message).join('; ')}`,
    };
  const over = result.lines.filter((l) => l.verdict === 'fail');
  if (!over.length) return { verdict: 'pass' };
  return {
    verdict: 'fail',
    message: `genspend: reconcile: ${over.length} of ${result.lines.length} over the variance: ${over.map((l) => `${names(l)} (${l.reasons.join('; ')})`).join('; ')}`,
  };
}
