import { GenspendError } from '../errors.js';
import { money, quotient } from '../money.js';
import { fieldError, isObject, join, numberValue, shown, type BodyContext } from './body.js';
import type { MappedJob, MappedValue, QuoteOptions } from './types.js';

/**
 * Runpod stops a job that runs longer than its execution timeout: 10 minutes unless the job's
 * `policy.executionTimeout` (milliseconds, at least 5,000) says otherwise.
 */
export const RUNPOD_EXECUTION_TIMEOUT = {
  defaultMs: 600_000,
  minMs: 5_000,
  source: 'https://docs.runpod.io/serverless/endpoints/send-requests#execution-policies',
} as const;

/** Job body fields that do not change what a job bills. */
const RUNPOD_COMMON: ReadonlySet<string> = new Set(['webhook', 'ttl', 'lowPriority', 's3Config']);

const RUNPOD_ASKS: Readonly<Record<string, string>> = {
  seconds: 'the expected execution seconds of one job (not in a job body; CLI --seconds)',
  activeWorkers: 'the number of always-on workers (`activeWorkers`): active workers bill every second of the period, not per job',
};

/**
 * A Runpod Serverless job body (`POST /v2/<endpoint>/run` or `/runsync`) on an endpoint's GPU
 * pool (a pool id, a GPU name, or a fallback list as the endpoint sets it). Worker time is not in
 * the body, so the quote takes the expected execution seconds; the job's execution timeout (its
 * `policy`, or Runpod's 10-minute default) is the most it can be billed: 2.3 s expected on
 * ADA_24 bills 3 s x $0.00031 = $0.00093, and a 900,000 ms timeout caps it at 900 s x $0.00031 = $0.279.
 */
export function mapRunpod(target: string | undefined, body: unknown, ctx: BodyContext, options: QuoteOptions): MappedJob {
  const gpu = target?.trim();
  if (!gpu)
    throw new GenspendError('a Runpod quote names the GPU pool of the endpoint', undefined, 'give the pool, e.g. `ADA_24` or `H100 PRO`');
  if (!isObject(body)) throw fieldError(ctx, '', `expected a job body as a JSON object, got ${shown(body)}`);
  if (!isObject(body.input))
    throw fieldError(
      ctx,
      'input',
      `expected the job's \`input\` object, got ${shown(body.input)}`,
      'send the body as Runpod takes it: { "input": { ... } }',
    );
  const values: MappedValue[] = [];
  if (options.seconds !== undefined)
    values.push({ attribute: 'seconds', value: numberValue('seconds', options.seconds, ctx, 'seconds'), field: 'seconds' });
  if (options.worker !== undefined) values.push({ attribute: 'worker', value: options.worker, field: 'worker' });

  let high: MappedJob['high'];
  const policy = body.policy;
  if (policy !== undefined && !isObject(policy)) throw fieldError(ctx, 'policy', `expected an object, got ${shown(policy)}`);
  const timeout = isObject(policy) ? policy.executionTimeout : undefined;
  if (timeout !== undefined) high = timeoutOf(timeout, ctx);
  else if (options.worker !== 'active') high = DEFAULT_TIMEOUT;
  const fields: string[] = [];
  for (const k of Object.keys(body)) {
    if (k === 'policy' && isObject(policy)) for (const p of Object.keys(policy)) fields.push(join('policy', p));
    else fields.push(k);
  }
  const job: { -readonly [K in keyof MappedJob]: MappedJob[K] } = {
    name: nameOf(gpu),
    model: gpu,
    values,
    fields,
    at: '',
    asks: runpodAsk,
    known: RUNPOD_FIELDS,
    common: RUNPOD_COMMON,
  };
  if (options.worker) job.worker = options.worker;
  if (high) job.high = high;
  return job;
}

const RUNPOD_FIELDS = ['input', 'executionTimeout'];

/** A job's name by its pool, made once per pool: the estimate and the field lists carry the same string each time. */
const NAMES = new Map<string, string>();
function nameOf(gpu: string): string {
  let name = NAMES.get(gpu);
  if (name === undefined) {
    if (NAMES.size >= 256) NAMES.clear();
    NAMES.set(gpu, (name = `job on ${gpu}`));
  }
  return name;
}
const runpodAsk = (attribute: string): string | undefined => RUNPOD_ASKS[attribute];

/** Runpod's own timeout, when the job's policy sets none. */
const DEFAULT_TIMEOUT: NonNullable<MappedJob['high']> = Object.freeze({
  seconds: money(RUNPOD_EXECUTION_TIMEOUT.defaultMs / 1000),
  field: 'policy.executionTimeout',
  defaultFrom: RUNPOD_EXECUTION_TIMEOUT.source,
  shown: `${RUNPOD_EXECUTION_TIMEOUT.defaultMs} ms`,
});

/** `policy.executionTimeout` in seconds; a job's timeouts repeat, so each is checked and divided once. */
const TIMEOUTS = new Map<unknown, NonNullable<MappedJob['high']>>();
function timeoutOf(timeout: unknown, ctx: BodyContext): NonNullable<MappedJob['high']> {
  const known = TIMEOUTS.get(timeout);
  if (known) return known;
  const ms = numberValue('seconds', timeout, ctx, 'policy.executionTimeout');
  if (!ms.isInteger() || ms.lessThan(RUNPOD_EXECUTION_TIMEOUT.minMs))
    throw fieldError(
      ctx,
      'policy.executionTimeout',
      `expected whole milliseconds of at least ${RUNPOD_EXECUTION_TIMEOUT.minMs}, got ${ms.toFixed()}`,
    );
  const high = Object.freeze({ seconds: quotient(ms, 1000), field: 'policy.executionTimeout' });
  if (TIMEOUTS.size >= 256) TIMEOUTS.clear();
  if (typeof timeout === 'number' || typeof timeout === 'string') TIMEOUTS.set(timeout, high);
  return high;
}
