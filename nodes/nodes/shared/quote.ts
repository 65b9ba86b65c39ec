import {
  defaultCatalog,
  estimateNotices,
  exact,
  money,
  parseRequestBody,
  problemsOf,
  quoteRequest,
  RUNWAY_ENDPOINTS,
  sum,
  type Basis,
  type Catalog,
  type GenspendError,
  type Quote,
  type QuoteOptions,
  type QuotedJob,
  type WorkloadEstimate,
} from '@genspend/core';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { attributeOptions, FIELD } from './estimate';
import { describe, JobInputError } from './errors';

/** The fields of "Job From: Provider Request", as the editor shows them; errors name them so. */
export const REQUEST_FIELD = {
  jobFrom: 'Job From',
  body: 'Request Body',
  endpoint: 'Endpoint',
  seconds: 'Expected Execution Seconds',
  worker: 'Worker Type',
  given: 'Not in the Request',
} as const;

const quoted = (displayName: string) => `"${displayName}"`;

/** Attributes a quote may be given beside the body: what the body cannot carry. Runs (a quote is one run) and the worker type (its own field) are not. */
const GIVEN_OPTIONS = attributeOptions().filter((o) => o.name !== 'runs' && o.name !== 'worker');

const request = (shown: Record<string, unknown>) => ({ show: { '@version': [2], jobFrom: ['request'], ...shown } });

/** The node's "Job From" choice and the fields of the Provider Request path (version 2). */
export function requestProperties(): INodeProperties[] {
  return [
    {
      displayName: REQUEST_FIELD.endpoint,
      name: 'endpoint',
      type: 'options',
      options: RUNWAY_ENDPOINTS.map((e) => ({ name: e, value: e })),
      default: 'image_to_video',
      description: 'The create endpoint the body is sent to (POST /v1/&lt;endpoint&gt;); the body names the model',
      displayOptions: request({ provider: ['runway'] }),
    },
    {
      displayName: REQUEST_FIELD.body,
      name: 'requestBody',
      type: 'json',
      default: '{}',
      required: true,
      description:
        'The JSON the request sends, as text or an expression giving the object (typically the body of the HTTP Request node that follows): a fal input, a Runway create body, one Runware task or the task array, a Runpod job body',
      displayOptions: request({}),
    },
    {
      displayName: REQUEST_FIELD.seconds,
      name: 'expectedSeconds',
      type: 'number',
      default: 10,
      required: true,
      typeOptions: { minValue: 0 },
      description:
        "Seconds one job is expected to run (a job body does not say). The job's policy.executionTimeout, or Runpod's 10-minute default, gives the most it can be billed.",
      displayOptions: request({ provider: ['runpod'] }),
    },
    {
      displayName: REQUEST_FIELD.worker,
      name: 'workerType',
      type: 'options',
      default: 'flex',
      options: [
        { name: 'Active', value: 'active' },
        { name: 'Flex', value: 'flex' },
      ],
      description: 'The worker type of the endpoint: flex workers scale to zero, active workers are always on',
      displayOptions: request({ provider: ['runpod'] }),
    },
    {
      displayName: REQUEST_FIELD.given,
      name: 'given',
      type: 'collection',
      placeholder: 'Add Attribute',
      default: {},
      description:
        'What the price depends on that the body does not carry, such as the length of a video sent to an upscaler (Seconds). The error of a quote that needs one names it.',
      options: GIVEN_OPTIONS,
      displayOptions: request({}),
    },
  ];
}

/** "Job From": the job's attributes (the default) or the provider request itself. */
export function jobFromOf(value: unknown): 'attributes' | 'request' {
  if (value === undefined || value === 'attributes') return 'attributes';
  if (value === 'request') return 'request';
  throw new JobInputError(
    `Item 0: ${quoted(REQUEST_FIELD.jobFrom)} must be attributes or request, got ${describe(value)}`,
    `choose Attributes or Provider Request in ${quoted(REQUEST_FIELD.jobFrom)}`,
  );
}

export interface RequestParameters {
  provider: unknown;
  /** fal: the endpoint id; Runpod: the GPU pool (the Model field). Runway: the create endpoint. Runware: unused. */
  target: unknown;
  body: unknown;
  /** Runpod only. */
  seconds?: unknown;
  worker?: unknown;
  given?: unknown;
  catalog?: Catalog;
}

/** One item's request priced, as the node routes and totals it: the request as one estimate, with each job's notes. */
export interface QuotedItem {
  quote: Quote;
  /** The whole request (a Runware task array: every task) as one estimate of one item. */
  estimate: WorkloadEstimate;
  notices: string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';

/** The field a target is typed in, by provider. */
function targetField(provider: string): string {
  return provider === 'runway' ? REQUEST_FIELD.endpoint : FIELD.model;
}

/** The body as the core takes it: an object or list from an expression, or the JSON text typed in the field. */
function bodyOf(index: number, value: unknown): unknown {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    throw new JobInputError(
      `Item ${index}: ${quoted(REQUEST_FIELD.body)}: no request body given`,
      `put the JSON the request sends in ${quoted(REQUEST_FIELD.body)}, or an expression giving it, such as {{ $json.body }}`,
    );
  return typeof value === 'string' ? parseRequestBody(value, REQUEST_FIELD.body) : value;
}

/** The "Not in the Request" collection as the quote's `given`, numbers as exact decimals as printed. */
function givenOf(index: number, value: unknown): QuoteOptions['given'] {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isPlainObject(value))
    throw new JobInputError(
      `Item ${index}: ${quoted(REQUEST_FIELD.given)} must be an object of attribute names and values, got ${describe(value)}`,
      `add the attributes under ${quoted(REQUEST_FIELD.given)}, or make its expression give an object such as { "seconds": 12 }`,
    );
  const given: Record<string, string | number | boolean> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'number') given[key] = Number.isFinite(v) ? exact(money(v)) : String(v);
    else if (typeof v === 'string' || typeof v === 'boolean') given[key] = v;
    else
      throw new JobInputError(
        `Item ${index}: ${quoted(REQUEST_FIELD.given)}: ${describe(key)} must be a number, text or true/false, got ${describe(v)}`,
        `correct ${describe(key)} under ${quoted(REQUEST_FIELD.given)}`,
      );
  }
  return given;
}

/** "Expected Execution Seconds" as the quote takes it. */
function secondsOf(index: number, value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return exact(money(value));
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return value.trim();
  throw new JobInputError(
    `Item ${index}: ${quoted(REQUEST_FIELD.seconds)} must be a number of seconds of 0 or more, got ${describe(value)}`,
    `set ${quoted(REQUEST_FIELD.seconds)} to the seconds one job is expected to run, such as 2.5`,
  );
}

function workerOf(index: number, value: unknown): 'flex' | 'active' {
  if (value === undefined || value === 'flex' || value === 'active') return (value as 'flex' | 'active' | undefined) ?? 'flex';
  throw new JobInputError(
    `Item ${index}: ${quoted(REQUEST_FIELD.worker)} must be flex or active, got ${describe(value)}`,
    `choose Flex or Active in ${quoted(REQUEST_FIELD.worker)}`,
  );
}

/**
 * A quote's problem on the node field it came from: the body's field path under "Request
 * Body", a given attribute under "Not in the Request", the endpoint or GPU under its field.
 */
function quoteError(index: number, provider: string, problem: GenspendError): JobInputError {
  const path = problem.where?.path;
  const fix = problem.fix;
  if (problem.where === undefined || problem.where.file !== REQUEST_FIELD.body) {
    // no place in the body: the provider, the endpoint or the GPU is what is wrong
    const field = problem.detail?.allowed?.includes('fal') ? FIELD.provider : targetField(provider);
    return new JobInputError(`Item ${index}: ${quoted(field)}: ${problem.message}`, fix ?? `correct ${quoted(field)}`);
  }
  if (path?.startsWith('given.')) {
    const name = path.slice('given.'.length);
    return new JobInputError(
      `Item ${index}: ${quoted(REQUEST_FIELD.given)}: ${describe(name)}: ${problem.message}`,
      fix ?? `correct ${describe(name)} under ${quoted(REQUEST_FIELD.given)}`,
    );
  }
  if (provider === 'runpod' && (path === 'seconds' || path === 'worker')) {
    const field = path === 'seconds' ? REQUEST_FIELD.seconds : REQUEST_FIELD.worker;
    return new JobInputError(`Item ${index}: ${quoted(field)}: ${problem.message}`, fix ?? `correct ${quoted(field)}`);
  }
  const missing = problem.detail?.missing;
  if (missing?.length)
    return new JobInputError(
      `Item ${index}: ${quoted(REQUEST_FIELD.body)}${path ? `: ${path}` : ''}: ${problem.message}`,
      `add it to the request, or under ${quoted(REQUEST_FIELD.given)} (${missing.join(', ')})`,
    );
  const at = [problem.where.line !== undefined ? `line ${problem.where.line}` : '', path ?? ''].filter(Boolean).join(', ');
  return new JobInputError(
    `Item ${index}: ${quoted(REQUEST_FIELD.body)}${at ? `: ${at}` : ''}: ${problem.message}`,
    fix ?? `correct ${path ? `\`${path}\` in ` : ''}${quoted(REQUEST_FIELD.body)}, or the expression that gives it`,
  );
}

const STRENGTH: Record<Basis, number> = { published: 2, contract: 2, account: 2, measured: 1, modeled: 0 };

/** Each job's notes; in a task array, each says which task it is about. */
function notesOf(quote: Quote, today: string): string[] {
  const notes = quote.jobs.flatMap((job) =>
    estimateNotices(job.estimate, today).map((n) => (quote.batch ? `${job.estimate.name}: ${n}` : n)),
  );
  return [...new Set(notes)];
}

/** The request as one estimate: one job as it is; a task array as the sum of its tasks (the quote's own total). */
function requestEstimate(quote: Quote, index: number): WorkloadEstimate {
  if (!quote.batch && quote.jobs.length === 1) return { ...quote.jobs[0]!.estimate, name: `item ${index}` };
  const estimates = quote.jobs.map((j) => j.estimate);
  const models = [...new Set(estimates.map((e) => e.model).filter((m): m is string => m !== undefined))];
  const bases = estimates.map((e) => e.basis).filter((b): b is Basis => b !== null);
  return {
    name: `item ${index}`,
    provider: quote.provider,
    model: models.join(', ') || undefined,
    runs: sum(estimates.map((e) => e.runs ?? money(0))),
    cost: quote.cost,
    credits: quote.credits,
    basis: bases.length ? bases.reduce((weakest, b) => (STRENGTH[b] < STRENGTH[weakest] ? b : weakest)) : null,
    lines: estimates.flatMap((e) => e.lines),
    assumptions: estimates.flatMap((e) => e.assumptions.map((a) => `${e.name}: ${a}`)),
    warnings: estimates.flatMap((e) => e.warnings.map((w) => `${e.name}: ${w}`)),
  };
}

/**
 * Prices the request an item is about to send with the core's quoteRequest, the same catalog
 * and rules as the attributes path. A request no price covers (an endpoint or model the catalog
 * does not know) is an error naming why, never a silent $0.
 */
export function quoteItem(index: number, params: RequestParameters, today: string): QuotedItem {
  const provider = typeof params.provider === 'string' ? params.provider.trim().toLowerCase() : '';
  if (!provider)
    throw new JobInputError(
      `Item ${index}: ${quoted(FIELD.provider)}: no provider given`,
      `choose a provider in ${quoted(FIELD.provider)}, or map it from the item with an expression`,
    );
  const takesTarget = provider !== 'runware';
  const target =
    typeof params.target === 'string' ? params.target.trim() : typeof params.target === 'number' ? String(params.target) : undefined;
  if (takesTarget && !target)
    throw new JobInputError(
      `Item ${index}: ${quoted(targetField(provider))}: no ${provider === 'runpod' ? 'GPU' : 'endpoint'} given`,
      `choose one in ${quoted(targetField(provider))}, or map it from the item with an expression`,
    );
  const options: QuoteOptions = {
    file: REQUEST_FIELD.body,
    catalog: params.catalog ?? defaultCatalog(),
    ...(provider === 'runpod' ? { seconds: secondsOf(index, params.seconds), worker: workerOf(index, params.worker) } : {}),
  };
  const given = givenOf(index, params.given);
  if (given && Object.keys(given).length) options.given = given;
  let quote: Quote | undefined;
  let problem: unknown;
  try {
    quote = quoteRequest(provider, takesTarget ? target : undefined, bodyOf(index, params.body), options);
  } catch (e) {
    problem = e;
  }
  if (!quote) {
    const first = problemsOf(problem)?.[0];
    throw first ? quoteError(index, provider, first) : problem;
  }
  const unpriced = quote.jobs.find((j) => j.estimate.cost === null);
  if (unpriced) {
    const job = unpriced.estimate;
    const onTarget = provider === 'fal' || provider === 'runpod';
    const field = onTarget ? targetField(provider) : REQUEST_FIELD.body;
    throw new JobInputError(
      `Item ${index}: ${quoted(field)}: cannot price ${quote.batch ? job.name : (job.model ?? job.name)}: ${job.unpriced ?? 'no price matches'}`,
      onTarget
        ? `choose one from the list in ${quoted(field)} (it shows every priced ${provider === 'runpod' ? 'GPU' : 'endpoint'}), or correct the expression that sets it`
        : `send a model the catalog prices in ${quoted(REQUEST_FIELD.body)}; the Model list of the Attributes path shows them`,
    );
  }
  return { quote, estimate: requestEstimate(quote, index), notices: notesOf(quote, today) };
}

/** What Simplify Output off adds for a request: the fields read, the defaults assumed, the fields ignored, and Runpod's most per job. */
export function requestDetail(quote: Quote): IDataObject {
  const jobs: readonly QuotedJob[] = quote.jobs;
  const highs = jobs.filter((j) => j.high);
  const high = highs.length === 1 && jobs.length === 1 ? highs[0]!.high! : undefined;
  return {
    read: jobs.flatMap((j) => j.read),
    assumed: jobs.flatMap((j) => j.assumed.map((a) => ({ ...a }))),
    ignored: jobs.flatMap((j) => j.ignored),
    ...(high && high.estimate.cost !== null
      ? { atMost: { seconds: high.seconds.toNumber(), costUsd: high.estimate.cost.toNumber(), costUsdExact: exact(high.estimate.cost) } }
      : {}),
  };
}
