import { defaultCatalog } from '../catalog/default.js';
import type { Catalog } from '../catalog/lookup.js';
import { closest, GenspendError, problemsOf } from '../errors.js';
import { estimateWorkload, pricedAttributes } from '../estimate/estimate.js';
import type { Attributes, WorkloadEstimate, WorkloadSpec } from '../estimate/types.js';
import { ATTRIBUTE_NAMES, type AttributeName } from '../manifest/fields.js';
import { Decimal, ONE, sum } from '../money.js';
import { attributeValue, checkBody, fieldError, join, type BodyContext } from './body.js';
import { mapFal } from './fal.js';
import { mapRunway } from './runway.js';
import { mapRunware } from './runware.js';
import { mapRunpod } from './runpod.js';
import {
  QUOTE_PROVIDERS,
  type AssumedField,
  type MappedJob,
  type Quote,
  type QuoteOptions,
  type QuotedJob,
  type QuoteProvider,
} from './types.js';

/** Maps a provider's request body to genspend's workloads, one per job it starts. */
type Mapper = (target: string | undefined, body: unknown, ctx: BodyContext, options: QuoteOptions, catalog: Catalog) => MappedJob[];

const MAPPERS: Record<QuoteProvider, Mapper> = {
  fal: (target, body, ctx) => [mapFal(target, body, ctx)],
  runway: (target, body, ctx, _options, catalog) => [mapRunway(target, body, ctx, catalog)],
  runware: (_target, body, ctx, _options, catalog) => mapRunware(body, ctx, catalog),
  runpod: (target, body, ctx, options) => [mapRunpod(target, body, ctx, options)],
};

/**
 * Prices the request a caller is about to send: a fal input for an endpoint, a Runway create
 * body, a Runware task or task array, a Runpod job body. Each job becomes the workload a
 * manifest would declare for one run and is priced by the manifest estimate itself, so the two
 * give the same decimal. An endpoint or model the catalog does not know is unpriced
 * (`cost: null`), never $0; a body genspend cannot read is a GenspendError naming the field.
 */
export function quoteRequest(provider: string, target: string | undefined, body: unknown, options: QuoteOptions = {}): Quote {
  const file = options.file;
  const ctx: BodyContext = file === undefined ? REQUEST : { file };
  const id = provider.trim().toLowerCase() as QuoteProvider;
  if (!QUOTE_PROVIDERS.includes(id)) {
    const suggestion = closest(provider, QUOTE_PROVIDERS);
    throw new GenspendError(
      `unknown provider ${JSON.stringify(provider)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      undefined,
      `use one of ${QUOTE_PROVIDERS.join(', ')}`,
      { value: provider, allowed: QUOTE_PROVIDERS, ...(suggestion ? { suggestion } : {}) },
    );
  }
  const mapper = MAPPERS[id];
  checkBody(body, ctx);
  const catalog = options.catalog ?? defaultCatalog();
  const given = options.given;
  const mapped = mapper(target, body, ctx, options, catalog);
  const jobs: QuotedJob[] = [];
  for (const job of mapped) jobs.push(priceJob(id, job, catalog, ctx, given));
  let cost: Decimal | null;
  let credits: Decimal | null;
  if (jobs.length === 1) {
    const { estimate } = jobs[0]!;
    cost = estimate.cost;
    credits = cost !== null ? estimate.credits : null;
  } else {
    const priced = jobs.every((j) => j.estimate.cost !== null);
    cost = priced ? sum(jobs.map((j) => j.estimate.cost!)) : null;
    credits = priced && jobs.every((j) => j.estimate.credits !== null) ? sum(jobs.map((j) => j.estimate.credits!)) : null;
  }
  return Object.freeze({
    provider: id,
    target,
    jobs: Object.freeze(jobs),
    batch: id === 'runware' && Array.isArray(body),
    cost,
    credits,
  });
}

/** Where a body came from when the caller does not say. */
const REQUEST: BodyContext = Object.freeze({ file: 'request' });

/**
 * The attributes that can change a model's price, by catalog, provider, model id and worker type:
 * each quote of a model asks, and the answer depends on the catalog entry alone. Bounded.
 */
const PRICED = new WeakMap<Catalog, Map<QuoteProvider, Map<string, Map<string | undefined, ReadonlySet<string> | undefined>>>>();
function pricedOf(catalog: Catalog, provider: QuoteProvider, model: string, worker: string | undefined): ReadonlySet<string> | undefined {
  let byProvider = PRICED.get(catalog);
  if (!byProvider) PRICED.set(catalog, (byProvider = new Map()));
  let byModel = byProvider.get(provider);
  if (!byModel) byProvider.set(provider, (byModel = new Map()));
  let byWorker = byModel.get(model);
  if (!byWorker) {
    if (byModel.size >= 1024) byModel.clear();
    byModel.set(model, (byWorker = new Map()));
  }
  if (byWorker.has(worker)) return byWorker.get(worker);
  const priced = pricedAttributes(catalog, provider, model, worker);
  byWorker.set(worker, priced);
  return priced;
}

/** One job: the attributes its model prices (the rest of the body is `ignored`), priced as a one-run workload. */
function priceJob(
  provider: QuoteProvider,
  job: MappedJob,
  catalog: Catalog,
  ctx: BodyContext,
  given: QuoteOptions['given'] | undefined,
): QuotedJob {
  const priced = job.model ? pricedOf(catalog, provider, job.model, job.worker) : undefined;
  const attributes: Attributes = { runs: ONE };
  const read = new Set<string>();
  // by field, in the order first assumed (a later default for the same field replaces its value, in place)
  const assumed: AssumedField[] = [];
  if (job.keys) for (const key of job.keys) read.add(key);
  for (const v of job.values) {
    if (priced && !priced.has(v.attribute)) continue;
    attributes[v.attribute] = v.value;
    if (v.defaultFrom === undefined) read.add(v.field);
    else if (assumedAt(assumed, v.field) < 0) assumed.push({ field: v.field, value: v.shown ?? String(v.value), source: v.defaultFrom });
    if (v.also) for (const f of v.also) read.add(f);
  }
  if (given)
    for (const [name, raw] of Object.entries(given)) {
      const attribute = givenName(name, ctx);
      const field = `given.${attribute}`;
      attributes[attribute] = attributeValue(attribute, raw, ctx, field);
      read.add(field);
    }
  // the body field each attribute came from, for an error that names it: worked out only then
  const fieldOf = (): ReadonlyMap<AttributeName, string> => {
    const fields = new Map<AttributeName, string>();
    for (const v of job.values) if (!priced || priced.has(v.attribute)) fields.set(v.attribute, v.field);
    if (given) for (const name of Object.keys(given)) fields.set(name as AttributeName, `given.${name}`);
    return fields;
  };
  if (job.needs)
    for (const need of job.needs) {
      if (attributes[need.attribute] !== undefined || (priced && !priced.has(need.attribute))) continue;
      throw fieldError(
        ctx,
        need.field,
        `${job.model ?? job.name}: the price depends on ${need.ask}, which the request does not carry`,
        `give it to the quote (given: { ${need.attribute}: … }; CLI --set ${need.attribute}=…)`,
        { attribute: need.attribute, missing: [need.attribute] },
      );
    }
  const workload: WorkloadSpec = { name: job.name, provider, model: job.model, attributes };
  const estimate = job.unpriced ? unpriced(workload, job.unpriced) : estimateFor(workload, job, catalog, ctx, fieldOf);
  // what the catalog filled in for a priced attribute the body left out (Runway seedance2 at 720p)
  if (estimate.defaulted)
    for (const [name, value] of Object.entries(estimate.defaulted))
      if (assumedAt(assumed, name) < 0) assumed.push({ field: name, value: value!, source: `genspend catalog (${provider})` });
  const high = job.high && estimate.cost !== null ? highEnd(job.high, workload, estimate, job, catalog, ctx, fieldOf) : undefined;
  if (job.high?.defaultFrom) {
    const timeout: AssumedField = {
      field: job.high.field,
      value: job.high.shown ?? `${job.high.seconds.times(1000).toFixed()} ms`,
      source: job.high.defaultFrom,
    };
    const at = assumedAt(assumed, timeout.field);
    if (at < 0) assumed.push(timeout);
    else assumed[at] = timeout;
  } else if (job.high) read.add(job.high.field);
  const ignored: string[] = [];
  // in the body's order, then what the caller gave
  const inOrder: string[] = [];
  for (const f of job.fields) (read.has(f) ? inOrder : ignored).push(f);
  nearMisses(ignored, job, estimate);
  if (inOrder.length < read.size) for (const f of read) if (!job.fields.includes(f)) inOrder.push(f);
  return Object.freeze(
    high ? { workload, estimate, read: inOrder, assumed, ignored, high } : { workload, estimate, read: inOrder, assumed, ignored },
  );
}

/** Where a field is in the assumed list, or -1: a job assumes a few fields at most. */
function assumedAt(assumed: readonly AssumedField[], field: string): number {
  for (let i = 0; i < assumed.length; i++) if (assumed[i]!.field === field) return i;
  return -1;
}

/**
 * The most one job can be billed: its execution at the timeout Runpod stops it at. An expected
 * time past the timeout is stopped there too, so the quote says so.
 */
function highEnd(
  limit: NonNullable<MappedJob['high']>,
  workload: WorkloadSpec,
  estimate: WorkloadEstimate,
  job: MappedJob,
  catalog: Catalog,
  ctx: BodyContext,
  fieldOf: () => ReadonlyMap<AttributeName, string>,
): QuotedJob['high'] {
  const expected = workload.attributes.seconds;
  if (expected instanceof Decimal && expected.greaterThan(limit.seconds))
    estimate.warnings.push(
      `expected ${expected.toFixed()} s is past the ${limit.seconds.toFixed()} s execution timeout: Runpod stops the job there`,
    );
  return { seconds: limit.seconds, estimate: highEstimate(limit, workload, job, catalog, ctx, fieldOf) };
}

/**
 * The estimate at the timeout depends on the GPU pool, the worker type and the timeout alone (the
 * expected seconds are replaced), so it is worked out once per catalog, pool, worker and timeout
 * and each quote gets its own copy. A job with figures `given` besides is estimated afresh, and
 * so is one whose estimate fails (its error is reported every time).
 */
const HIGH_ENDS = new WeakMap<Catalog, Map<string, Map<NonNullable<MappedJob['high']>, WorkloadEstimate>>>();
function highEstimate(
  limit: NonNullable<MappedJob['high']>,
  workload: WorkloadSpec,
  job: MappedJob,
  catalog: Catalog,
  ctx: BodyContext,
  fieldOf: () => ReadonlyMap<AttributeName, string>,
): WorkloadEstimate {
  const at = (): WorkloadEstimate =>
    estimateFor({ ...workload, attributes: { ...workload.attributes, seconds: limit.seconds } }, job, catalog, ctx, fieldOf);
  const { attributes } = workload;
  const keys = Object.keys(attributes);
  // runs, the expected seconds and the worker type, as the Runpod mapper gives them
  const plain =
    workload.model !== undefined &&
    attributes.runs === ONE &&
    attributes.seconds !== undefined &&
    keys.length === (attributes.worker === undefined ? 2 : 3) &&
    keys[0] === 'runs' &&
    keys[1] === 'seconds';
  if (!plain) return at();
  let byPool = HIGH_ENDS.get(catalog);
  if (!byPool) HIGH_ENDS.set(catalog, (byPool = new Map()));
  const poolKey = attributes.worker === undefined ? workload.model! : `${workload.model!}\u0000${String(attributes.worker)}`;
  let byLimit = byPool.get(poolKey);
  if (!byLimit) {
    if (byPool.size >= 256) byPool.clear();
    byPool.set(poolKey, (byLimit = new Map()));
  }
  let known = byLimit.get(limit);
  if (!known) {
    known = at();
    if (byLimit.size >= 64) byLimit.clear();
    byLimit.set(limit, known);
  }
  return copyOf(known);
}

/** An estimate a quote hands out, with its own lists and lines: a caller may change its copy. */
function copyOf(e: WorkloadEstimate): WorkloadEstimate {
  const copy: WorkloadEstimate = {
    ...e,
    lines: e.lines.map((l) => ({ ...l })),
    assumptions: [...e.assumptions],
    warnings: [...e.warnings],
  };
  if (e.range) copy.range = { ...e.range };
  if (e.defaulted) copy.defaulted = { ...e.defaulted };
  return copy;
}

/**
 * An ignored field one typo away from a field genspend prices by (`num_image`) would silently
 * under-price the job: the quote warns with the field it likely means. It stays a warning, as a
 * provider may take a field of that name.
 */
function nearMisses(ignored: readonly string[], job: MappedJob, estimate: WorkloadEstimate): void {
  const known = job.known;
  if (!known || !ignored.length) return;
  // by the field's path: each provider has one list of fields and one of common ones, so a path's answer is always the same
  const suggestions = nearMissesOf(known);
  for (const field of ignored) {
    let suggestion = suggestions.get(field);
    if (suggestion === undefined) {
      const name = field.slice(Math.max(field.lastIndexOf('.'), field.lastIndexOf(']')) + 1);
      // a field genspend reads that this model does not price (veo3's resolution) is no near miss
      suggestion = job.common?.has(name) ? null : nearMiss(name, known);
      if (suggestions.size >= 1024) suggestions.clear();
      suggestions.set(field, suggestion);
    }
    if (suggestion) estimate.warnings.push(`\`${field}\` is not a field genspend prices by; did you mean \`${suggestion}\`? (ignored)`);
  }
}

/** Each provider's field list (a module constant) with the near misses already worked out for it, by ignored name. */
const NEAR_MISSES = new Map<readonly string[], Map<string, string | null>>();
function nearMissesOf(known: readonly string[]): Map<string, string | null> {
  let found = NEAR_MISSES.get(known);
  if (!found) {
    // the lists are module constants, one per provider; anything else is not kept for long
    if (NEAR_MISSES.size >= 16) NEAR_MISSES.clear();
    NEAR_MISSES.set(known, (found = new Map()));
  }
  return found;
}

/** The priced field an ignored name is one typo away from, or null. */
function nearMiss(name: string, known: readonly string[]): string | null {
  if (known.includes(name)) return null;
  // a cheap filter first: a near miss is about as long as the name it misses, and most ignored fields (prompt, seed) are not
  if (!known.some((k) => Math.abs(k.length - name.length) <= 2)) return null;
  const suggestion = closest(name, known, 2);
  return suggestion && suggestion !== name ? suggestion : null;
}

function givenName(name: string, ctx: BodyContext): AttributeName {
  if ((ATTRIBUTE_NAMES as string[]).includes(name) && name !== 'runs') return name as AttributeName;
  const suggestion = closest(name, ATTRIBUTE_NAMES);
  throw fieldError(
    ctx,
    `given.${name}`,
    `unknown attribute \`${name}\`${suggestion && suggestion !== 'runs' ? `; did you mean \`${suggestion}\`?` : ''}`,
    'give a genspend attribute the request does not carry (seconds, width, height, characters...); a quote prices one run',
  );
}

function unpriced(workload: WorkloadSpec, reason: string): WorkloadEstimate {
  return {
    name: workload.name,
    provider: workload.provider,
    model: workload.model,
    runs: ONE,
    cost: null,
    credits: null,
    basis: null,
    lines: [],
    assumptions: [],
    warnings: [],
    unpriced: reason,
  };
}

/**
 * The manifest estimate of the job, its input errors restated in the body's terms: a missing
 * attribute is asked for by the provider's field name (or what it measures, when no field carries
 * it), a refused value is reported at the field that sent it.
 */
function estimateFor(
  workload: WorkloadSpec,
  job: MappedJob,
  catalog: Catalog,
  ctx: BodyContext,
  fieldOf: () => ReadonlyMap<AttributeName, string>,
): WorkloadEstimate {
  try {
    return estimateWorkload(workload, catalog, 'month');
  } catch (e) {
    const problem = problemsOf(e)?.[0];
    if (!problem) throw e;
    const attribute = problem.detail?.attribute as AttributeName | undefined;
    const model = job.model ?? job.name;
    if (attribute && problem.detail?.missing) {
      const names = problem.detail.missing as AttributeName[];
      const asked = [...new Set(names.map((n) => job.asks?.(n) ?? `\`${n}\``))];
      throw fieldError(
        ctx,
        job.at,
        `${model}: the price depends on ${asked.join(' and ')}, which the request does not carry`,
        `add it to the request, or give it to the quote (${names.map((n) => `given: { ${n}: … }; CLI --set ${n}=…`).join('; ')})`,
        { attribute, missing: names },
      );
    }
    if (attribute) {
      const field = fieldOf().get(attribute) ?? join(job.at, attribute);
      const allowed = problem.detail?.allowed;
      const suggestion = problem.detail?.suggestion;
      throw fieldError(
        ctx,
        field,
        `${model} does not accept ${JSON.stringify(problem.detail?.value ?? '')}${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        allowed ? `use one of ${allowed.join(', ')}` : undefined,
        problem.detail,
      );
    }
    throw fieldError(ctx, job.at, problem.message, problem.fix);
  }
}
