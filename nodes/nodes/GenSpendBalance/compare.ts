import { compareJob, exact, money, type JobComparison, type Money } from '@genspend/core';
import { isJobFailure, ProviderError, readJobCost, type JobRef, type ProviderErrorKind, type ProviderId } from '@genspend/providers';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { describe, JobInputError, nodeErrorFor } from '../shared/errors';
import { withNumbers } from '../shared/output';
import { catalogFor, type PriceFileCache } from '../shared/prices';
import { jobOptionsFor } from '../shared/providers';
import { quoted } from './fields';

/** The figures given as numbers for IF and Switch, each with its exact text as `<field>Exact`. */
const FIGURES = ['quotedUsd', 'billedUsd', 'billedCredits', 'billedHighUsd', 'differenceUsd', 'ratio', 'variancePercent'] as const;

const DECIMAL = /^\d+(\.\d+)?$/;
const PROVIDER_KINDS: ReadonlySet<string> = new Set<ProviderErrorKind>([
  'auth',
  'admin-key-required',
  'locked',
  'insufficient-credits',
  'daily-limit',
  'rate-limited',
  'unavailable',
  'timeout',
  'network',
  'bad-request',
  'bad-response',
]);

function text(ctx: IExecuteFunctions, name: 'jobId' | 'endpointId' | 'gpu', i: number, fix: string): string {
  const value = ctx.getNodeParameter(name, i, '') as unknown;
  const shown = typeof value === 'number' ? String(value) : value;
  if (typeof shown !== 'string' || shown.trim() === '')
    throw new JobInputError(
      `Item ${i}: ${quoted(name)} is empty${value === '' || value === undefined ? '' : `: got ${describe(value)}`}`,
      fix,
    );
  return shown.trim();
}

/** "Quoted Cost (USD)": the GenSpend node's exact text by default; a number is taken as printed. */
function quotedUsd(ctx: IExecuteFunctions, i: number): string {
  const value = ctx.getNodeParameter('quotedUsd', i, '') as unknown;
  const shown = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (shown === undefined || !DECIMAL.test(shown))
    throw new JobInputError(
      `Item ${i}: ${quoted('quotedUsd')} must be a decimal number of dollars, got ${describe(value)}`,
      `price the job with a GenSpend node first (it writes genspend.costUsdExact), or set ${quoted('quotedUsd')} to where the item holds its quote, e.g. {{ $('GenSpend').item.json.genspend.costUsdExact }}`,
    );
  return shown;
}

function percentLimit(ctx: IExecuteFunctions): string {
  const value = ctx.getNodeParameter('maxDifferencePercent', 0) as unknown;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new JobInputError(
      `Item 0: ${quoted('maxDifferencePercent')} must be a number from 0 up, got ${describe(value)}`,
      `set ${quoted('maxDifferencePercent')} to the percent a bill may differ from its quote, e.g. 25`,
    );
  return String(value);
}

/** The Runware result as the item holds it: an object, or its JSON text. */
function runwareResult(ctx: IExecuteFunctions, i: number): unknown {
  const value = ctx.getNodeParameter('runwareResult', i, undefined) as unknown;
  if (typeof value !== 'string') return value;
  // the problem is raised outside the catch: n8n's lint wants node errors thrown there
  let parsed: unknown;
  let ok = true;
  try {
    parsed = JSON.parse(value) as unknown;
  } catch {
    ok = false;
  }
  if (!ok)
    throw new JobInputError(
      `Item ${i}: ${quoted('runwareResult')} is not a result object: got ${describe(value)}`,
      `set ${quoted('runwareResult')} to the task's result, e.g. {{ $json.data[0] }}`,
    );
  return parsed;
}

/** The finished job an item names, from the node's fields (expressions over the item). */
function jobOf(ctx: IExecuteFunctions, provider: ProviderId, i: number): { ref: JobRef; gpu?: string; gpuCount?: string } {
  const idFix = `set ${quoted('jobId')} to the id the provider answered the job with, e.g. {{ $json.${provider === 'fal' ? 'request_id' : 'id'} }}`;
  switch (provider) {
    case 'runware':
      return { ref: { provider, id: '', result: runwareResult(ctx, i) } };
    case 'runpod': {
      const ref = {
        provider,
        id: text(ctx, 'jobId', i, idFix),
        endpointId: text(ctx, 'endpointId', i, `set ${quoted('endpointId')} to the Serverless endpoint the job ran on`),
      };
      const gpu = text(ctx, 'gpu', i, `set ${quoted('gpu')} to the endpoint's GPU: a pool id (ADA_24) or a GPU name (NVIDIA L40S)`);
      const count = ctx.getNodeParameter('gpuCount', i, 1) as unknown;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        throw new JobInputError(
          `Item ${i}: ${quoted('gpuCount')} must be a whole number from 1 up, got ${describe(count)}`,
          'set the GPUs per worker',
        );
      return { ref, gpu, gpuCount: String(count) };
    }
    default:
      return { ref: { provider, id: text(ctx, 'jobId', i, idFix) } };
  }
}

/** A failed read as the error the node raises: the provider's kind kept, so n8n shows its fix. */
function readError(provider: ProviderId, error: { kind: string; message: string }): Error {
  if (error.kind === 'not-found')
    return new JobInputError(
      error.message,
      `check ${quoted('jobId')}: the provider has no such finished job for this credential's account${provider === 'fal' ? ' (fal keeps billing events from the last 89 days here, and records one shortly after a request ends)' : ''}`,
    );
  if (PROVIDER_KINDS.has(error.kind)) return new ProviderError({ kind: error.kind as ProviderErrorKind, provider, message: error.message });
  return new JobInputError(
    error.message,
    provider === 'runware'
      ? `send the Runware task with "includeCost": true and set ${quoted('runwareResult')} to its result`
      : 'correct the field named',
  );
}

function output(c: JobComparison): IDataObject {
  const fixed = (d: Money | null) => (d === null ? null : exact(d));
  return withNumbers(
    {
      provider: c.provider,
      id: c.id,
      status: c.status ?? null,
      quotedUsd: fixed(c.quotedUsd),
      billedUsd: fixed(c.billedUsd),
      ...(c.billedCredits !== undefined ? { billedCredits: exact(c.billedCredits) } : {}),
      ...(c.billedHighUsd !== undefined ? { billedHighUsd: exact(c.billedHighUsd) } : {}),
      differenceUsd: fixed(c.differenceUsd),
      ratio: c.ratio === null ? null : c.ratio.toFixed(4),
      variancePercent: c.variancePercent === null ? null : c.variancePercent.toFixed(2),
      maxDifferencePercent: exact(c.maxVariance),
      offQuote: c.over,
      basis: c.basis,
      reasons: c.reasons,
    },
    FIGURES,
  );
}

/**
 * Compare Billed Cost: each item's finished job read from its provider and set against its
 * quote; items within the threshold go to the first output, items off by more (and, with
 * Continue On Fail, items whose bill could not be read) to the second, each in input order.
 */
export async function compareBilledCost(ctx: IExecuteFunctions, provider: ProviderId): Promise<INodeExecutionData[][]> {
  const node = ctx.getNode();
  const items = ctx.getInputData();
  const within: INodeExecutionData[] = [];
  const off: INodeExecutionData[] = [];
  const failed = (i: number, message: string): INodeExecutionData => ({
    json: { ...items[i]!.json, error: message },
    pairedItem: { item: i },
  });
  let maxVariance: string;
  let options: Awaited<ReturnType<typeof jobOptionsFor>>;
  try {
    maxVariance = percentLimit(ctx);
    options = await jobOptionsFor(ctx, provider);
  } catch (e) {
    const error = nodeErrorFor(node, e, 0);
    if (!ctx.continueOnFail()) throw error;
    return [[], items.map((_, i) => failed(i, error.message))];
  }
  const priceFiles: PriceFileCache = new Map();
  for (let i = 0; i < items.length; i++) {
    let comparison: JobComparison | undefined;
    let problem: unknown;
    try {
      const catalog = catalogFor(i, ctx.getNodeParameter('prices', i, '') as unknown, priceFiles);
      const job = jobOf(ctx, provider, i);
      const quote = quotedUsd(ctx, i);
      const bill = await readJobCost(job.ref, options);
      if (isJobFailure(bill)) throw readError(provider, bill.error);
      if (bill.state === 'pending')
        throw new JobInputError(
          `Item ${i}: ${provider} job ${bill.id} is not finished (${bill.status ?? 'pending'}): its bill is not final`,
          'compare after the job has finished, e.g. after the node that waits for its result',
        );
      comparison = compareJob(
        { bill, quotedUsd: quote, hardware: { ...(job.gpu ? { gpu: job.gpu } : {}), ...(job.gpuCount ? { gpuCount: job.gpuCount } : {}) } },
        catalog,
        { maxVariance: money(maxVariance) },
      );
    } catch (e) {
      problem = e;
    }
    if (!comparison) {
      const error = nodeErrorFor(node, problem, i);
      if (!ctx.continueOnFail()) throw error;
      off.push(failed(i, error.message));
      continue;
    }
    const item = items[i]!;
    (comparison.over ? off : within).push({
      json: { ...item.json, genspendBilled: output(comparison) },
      ...(item.binary ? { binary: item.binary } : {}),
      pairedItem: { item: i },
    });
  }
  return [within, off];
}
