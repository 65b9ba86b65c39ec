import {
  ATTRIBUTE_NAMES,
  ATTRIBUTE_RULES,
  closest,
  defaultCatalog,
  estimateWorkload,
  exact,
  money,
  Period,
  problemsOf,
  WorkloadSchema,
  workloadJson,
  type AttributeName,
  type Attributes,
  type Money,
  type WorkloadEstimate,
  type WorkloadSpec,
  type Catalog,
} from '@genspend/core';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { describe, JobInputError } from './errors';

/** The GenSpend node's fields as the editor shows them: the node's description and its errors both use these. */
export const FIELD = {
  provider: 'Provider',
  model: 'Model Name or ID',
  attributes: 'Job Attributes',
  options: 'Options',
  maxCostPerItem: 'Max Cost per Item (USD)',
  total: 'Output Total',
  period: 'Period',
  simplify: 'Simplify Output',
} as const;

type Kind = 'number' | 'text' | 'boolean' | 'choice';

interface AttributeField {
  name: AttributeName;
  displayName: string;
  kind: Kind;
  default: number | string | boolean;
  description: string;
  choices?: string[];
}

/**
 * The job attributes the node offers, one per workload attribute of the core. The same table
 * builds the node's "Job Attributes" collection and names a field in error messages.
 */
export const ATTRIBUTE_FIELDS: readonly AttributeField[] = [
  {
    name: 'activeWorkers',
    displayName: 'Active Workers',
    kind: 'number',
    default: 1,
    description: 'Runpod: always-on workers, billed every second of the period',
  },
  {
    name: 'architecture',
    displayName: 'Architecture',
    kind: 'text',
    default: '',
    description: 'Runware community models (civitai:…): sd1.5, sdxl, sd3, flux1-dev or flux1-schnell, which sets the compute price',
  },
  {
    name: 'audio',
    displayName: 'Audio',
    kind: 'boolean',
    default: false,
    description: 'Whether the video has an audio track (models that price audio apart)',
  },
  {
    name: 'bitDepth',
    displayName: 'Bit Depth',
    kind: 'number',
    default: 8,
    description: 'Runway: 10 and above adds a surcharge per second',
  },
  { name: 'characters', displayName: 'Characters', kind: 'number', default: 1000, description: 'Text to speech: characters per job' },
  {
    name: 'coldStartSeconds',
    displayName: 'Cold Start Seconds',
    kind: 'number',
    default: 10,
    description: 'Runpod: seconds a worker takes to start, billed',
  },
  {
    name: 'coldStarts',
    displayName: 'Cold Starts',
    kind: 'number',
    default: 0,
    description: 'Runpod: worker wake-ups this item causes (each also bills the idle timeout)',
  },
  {
    name: 'containerDiskGB',
    displayName: 'Container Disk (GB)',
    kind: 'number',
    default: 20,
    description: 'Runpod: container disk held over the period, GB summed over workers',
  },
  {
    name: 'frames',
    displayName: 'Frames',
    kind: 'number',
    default: 81,
    description: 'Video models priced by frame count (fal wan-i2v costs more above its default)',
  },
  {
    name: 'fps',
    displayName: 'Frames per Second',
    kind: 'number',
    default: 24,
    description: 'Token-priced video (fal Seedance): frames per second of the output',
  },
  { name: 'gpuCount', displayName: 'GPU Count', kind: 'number', default: 1, description: 'Runpod: GPUs per worker' },
  {
    name: 'gpuPick',
    displayName: 'GPU Pick',
    kind: 'choice',
    default: 'dearest',
    choices: ['dearest', 'first'],
    description: 'Runpod: with a list of GPUs in Model (ADA_24,AMPERE_24), price the dearest pool or the first',
  },
  { name: 'height', displayName: 'Height', kind: 'number', default: 1024, description: 'Output height in pixels' },
  {
    name: 'idleSeconds',
    displayName: 'Idle Seconds',
    kind: 'number',
    default: 5,
    description: 'Runpod: idle timeout billed after each wake-up (Runpod default 5)',
  },
  {
    name: 'keepAlive',
    displayName: 'Keep-Alive Seconds',
    kind: 'number',
    default: 0,
    description: 'fal Serverless: seconds a runner stays up after its last request, billed per wake-up',
  },
  {
    name: 'format',
    displayName: 'Output Format',
    kind: 'choice',
    default: 'mp4',
    choices: ['mp4', 'png_sequence', 'prores'],
    description: 'Runway: output other than mp4 adds a surcharge per second',
  },
  {
    name: 'quality',
    displayName: 'Quality',
    kind: 'text',
    default: '',
    description: 'For models priced by quality, e.g. low, medium, high',
  },
  {
    name: 'referenceImages',
    displayName: 'Reference Images',
    kind: 'number',
    default: 0,
    description: 'Images sent with each job as references (some models charge per reference)',
  },
  {
    name: 'referenceVideoSeconds',
    displayName: 'Reference Video Seconds',
    kind: 'number',
    default: 0,
    description: 'Seconds of reference video sent with each job',
  },
  { name: 'resolution', displayName: 'Resolution', kind: 'text', default: '', description: 'For example 720p, 1080p, 1K, 2K, 4K' },
  { name: 'results', displayName: 'Results', kind: 'number', default: 1, description: 'Images or videos per job (default 1)' },
  { name: 'runs', displayName: 'Runs', kind: 'number', default: 1, description: 'Jobs this item stands for (default 1)' },
  {
    name: 'seconds',
    displayName: 'Seconds',
    kind: 'number',
    default: 5,
    description: 'Video or audio seconds per result; Runpod: execution seconds per job (billed rounded up)',
  },
  {
    name: 'setupSeconds',
    displayName: 'Setup Seconds',
    kind: 'number',
    default: 0,
    description: 'fal Serverless: runner setup billed per wake-up',
  },
  { name: 'steps', displayName: 'Steps', kind: 'number', default: 28, description: 'Inference steps (compute-billed Runware models)' },
  {
    name: 'teardownSeconds',
    displayName: 'Teardown Seconds',
    kind: 'number',
    default: 0,
    description: 'fal Serverless: runner teardown billed per wake-up',
  },
  { name: 'volumeGB', displayName: 'Volume (GB)', kind: 'number', default: 100, description: 'Runpod network volume size' },
  { name: 'width', displayName: 'Width', kind: 'number', default: 1024, description: 'Output width in pixels' },
  {
    name: 'worker',
    displayName: 'Worker Type',
    kind: 'choice',
    default: 'flex',
    choices: ['active', 'flex'],
    description: 'Runpod: flex workers scale to zero, active workers are always on',
  },
];

const FIELDS = new Map(ATTRIBUTE_FIELDS.map((f) => [f.name, f]));

/** The "Job Attributes" collection's options. */
export function attributeOptions(): INodeProperties[] {
  return ATTRIBUTE_FIELDS.map((f): INodeProperties => {
    const common = { displayName: f.displayName, name: f.name, default: f.default, description: f.description };
    switch (f.kind) {
      case 'number':
        return { ...common, type: 'number', typeOptions: { minValue: 0 } };
      case 'boolean':
        return { ...common, type: 'boolean' };
      case 'text':
        return { ...common, type: 'string' };
      case 'choice':
        return { ...common, type: 'options', options: (f.choices ?? []).map((c) => ({ name: c, value: c })) };
    }
  });
}

export interface JobParameters {
  provider: unknown;
  model: unknown;
  /** The "Job Attributes" collection, or whatever an expression over the whole field gives. */
  attributes: unknown;
  period: Period;
  /** The catalog with the node's Price File over it (the built-in one when unset). */
  catalog?: Catalog;
}

const quoted = (displayName: string) => `"${displayName}"`;

/** An attribute as the editor shows it; a key the node does not offer, as typed. */
const label = (name: string) => {
  const f = FIELDS.get(name as AttributeName);
  return f ? quoted(f.displayName) : describe(name);
};

/** Own entries of the core's table only: `constructor` or `__proto__` is not an attribute. */
const isAttribute = (key: string): key is AttributeName => Object.prototype.hasOwnProperty.call(ATTRIBUTE_RULES, key);

/**
 * n8n hands over numbers as JS numbers and expression results as whatever the item held
 * (often text, from webhooks and sheets): numbers become exact decimals as printed
 * (2.3 -> "2.3"), numeric text too ("1024"), so the core's bounds apply exactly as to a
 * manifest's numbers; "true"/"false" become booleans. Nothing else is converted.
 */
function coerce(name: AttributeName, value: unknown): unknown {
  const rule = ATTRIBUTE_RULES[name];
  switch (rule.type) {
    case 'decimal':
      // NaN and Infinity stay out of money() and are refused by the core's rule as text
      if (typeof value === 'number') return Number.isFinite(value) ? money(value) : String(value);
      if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return money(value.trim());
      return value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      // text stays as given: a number is refused as the CLI refuses `resolution: 720`
      return value;
  }
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';

/**
 * The attributes an item gives, as its own entries. An object parsed from JSON can hold
 * `__proto__` or `constructor` as an ordinary key: it is read as a key like any other (and
 * refused as unknown), never as a prototype or an inherited member.
 */
function givenAttributes(index: number, value: unknown): Array<[string, unknown]> {
  if (value === undefined || value === null || value === '') return [];
  if (!isPlainObject(value)) {
    throw new JobInputError(
      `Item ${index}: ${quoted(FIELD.attributes)} must be an object of attribute names and values, got ${describe(value)}`,
      `add the attributes under ${quoted(FIELD.attributes)}, or make its expression give an object such as { "width": 1024, "height": 1024 }`,
    );
  }
  return Object.entries(value);
}

/** Names that are the node's own fields, not attributes: the hint names the field. */
const NODE_FIELDS: Record<string, string> = {
  provider: `set the provider in ${quoted(FIELD.provider)}`,
  model: `set the model in ${quoted(FIELD.model)}`,
  gpu: `set the GPU in ${quoted(FIELD.model)}: for Runpod the model is the GPU (a pool id such as ADA_24, or a list in fallback order)`,
};

function unknownAttribute(index: number, key: string): JobInputError {
  const field = Object.prototype.hasOwnProperty.call(NODE_FIELDS, key) ? NODE_FIELDS[key] : undefined;
  if (field)
    return new JobInputError(
      `Item ${index}: ${quoted(FIELD.attributes)}: \`${key}\` is not a job attribute`,
      `${field}, and remove it from ${quoted(FIELD.attributes)}`,
    );
  const near = closest(key, ATTRIBUTE_NAMES, 3);
  return new JobInputError(
    `Item ${index}: ${quoted(FIELD.attributes)}: unknown attribute ${describe(key)}${near ? ` (did you mean \`${near}\`?)` : ''}`,
    `remove it from ${quoted(FIELD.attributes)}, or use one of: ${ATTRIBUTE_NAMES.join(', ')}`,
  );
}

/** Why a provider or model is not usable: left blank, or an expression gave something other than a name. */
function missing(what: string, value: unknown): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return `no ${what} given`;
  return `expected the ${what}'s name as text, got ${describe(value)}`;
}

/** The workload one item stands for, validated by the core's workload schema. */
export function jobSpec(index: number, params: JobParameters): WorkloadSpec {
  const provider = typeof params.provider === 'string' ? params.provider.trim() : '';
  if (!provider)
    throw new JobInputError(
      `Item ${index}: ${quoted(FIELD.provider)}: ${missing('provider', params.provider)}`,
      `choose a provider in ${quoted(FIELD.provider)}, or map it from the item with an expression`,
    );
  const model = typeof params.model === 'string' ? params.model.trim() : typeof params.model === 'number' ? String(params.model) : '';
  const what = provider.toLowerCase() === 'runpod' ? 'GPU' : 'model';
  if (!model)
    throw new JobInputError(
      `Item ${index}: ${quoted(FIELD.model)}: ${missing(what, params.model)}`,
      `choose a ${what} in ${quoted(FIELD.model)}, or map it from the item with an expression`,
    );

  const given: Partial<Record<AttributeName, unknown>> = {};
  for (const [key, value] of givenAttributes(index, params.attributes)) {
    if (!isAttribute(key)) throw unknownAttribute(index, key);
    // an attribute added to the node whose expression yields nothing counts as not given
    if (value === undefined || value === null || value === '') continue;
    given[key] = coerce(key, value);
  }
  // one item is one job unless it says otherwise
  given.runs ??= money(1);
  const name = `item ${index}`;
  const checked = WorkloadSchema.safeParse({ name, provider, model, ...given });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const got = issue.message.includes(', got ') ? '' : `, got ${describe(isAttribute(key) ? given[key] : undefined)}`;
    throw new JobInputError(
      `Item ${index}: ${label(key)}: ${issue.message}${got}`,
      `correct ${label(key)} under ${quoted(FIELD.attributes)}, or the expression that sets it`,
    );
  }
  // what the core validated, and only that, is what it prices
  const attributes: Attributes = {};
  for (const key of ATTRIBUTE_NAMES) {
    const value = checked.data[key];
    if (value !== undefined) attributes[key] = value;
  }
  return { name, provider, model, attributes };
}

/**
 * Prices one item's job with the shipped catalog. An unknown model, a missing attribute or a
 * model with no price for the given attributes is an error: never a silent $0.
 */
export function estimateJob(index: number, params: JobParameters): WorkloadEstimate {
  const spec = jobSpec(index, params);
  const catalog = params.catalog ?? defaultCatalog();
  const attempt = priced(spec, params.period, catalog);
  if ('problem' in attempt) {
    const problem = problemsOf(attempt.problem)?.[0];
    if (!problem) throw attempt.problem;
    // the core names the workload and asks for a manifest key; here it is an item and a node field
    const message = problem.message.replace(/^workload "[^"]*": /, '');
    const missing = problem.detail?.missing?.[0];
    // a value the model does not know: the core says which attribute and what it accepts
    const bad = problem.detail?.attribute !== undefined && problem.detail.allowed ? problem.detail : undefined;
    if (bad) {
      const { suggestion } = bad;
      throw new JobInputError(
        `Item ${index}: ${label(bad.attribute!)}: ${message}`,
        `set ${label(bad.attribute!)} under ${quoted(FIELD.attributes)} to ${suggestion ? `"${suggestion}" or another of` : 'one of'} ${bad.allowed!.join(', ')}`,
      );
    }
    throw new JobInputError(
      `Item ${index}: ${missing ? label(missing) : quoted(FIELD.attributes)}: ${message}`,
      missing
        ? `add ${label(missing)} under ${quoted(FIELD.attributes)}, or map it from the item with an expression`
        : (problem.fix ?? `check ${quoted(FIELD.attributes)}`),
    );
  }
  const { estimate } = attempt;
  if (estimate.cost === null) throw unpriced(index, spec, estimate.unpriced ?? 'no price matches', catalog);
  return estimate;
}

/** Why a job has no price, on the field to change: an unknown provider, an unknown model, or attributes no rate covers. */
function unpriced(index: number, spec: WorkloadSpec, why: string, catalog: Catalog): JobInputError {
  if (!catalog.provider(spec.provider)) {
    return new JobInputError(
      `Item ${index}: ${quoted(FIELD.provider)}: cannot price: ${why}`,
      `choose a provider in ${quoted(FIELD.provider)}, or make its expression give one of: ${catalog.providers.map((p) => p.provider).join(', ')}`,
    );
  }
  if (!catalog.model(spec.provider, spec.model ?? '')) {
    return new JobInputError(
      `Item ${index}: ${quoted(FIELD.model)}: cannot price: ${why}`,
      `choose one from the list in ${quoted(FIELD.model)} (it shows every priced model), or correct the expression that sets it`,
    );
  }
  return new JobInputError(
    `Item ${index}: ${quoted(FIELD.attributes)}: cannot price: ${why}`,
    `change ${quoted(FIELD.attributes)} to values the model has a price for`,
  );
}

/** The core's estimate, or what it threw (a missing attribute is bad input, reported by the caller). */
function priced(spec: WorkloadSpec, period: Period, catalog: Catalog): { estimate: WorkloadEstimate } | { problem: unknown } {
  try {
    return { estimate: estimateWorkload(spec, catalog, period) };
  } catch (problem) {
    return { problem };
  }
}

/** "Period" as one of the core's periods; the option left out is a month, as in a manifest. */
export function periodOf(index: number, value: unknown): Period {
  if (value === undefined) return 'month';
  const checked = Period.safeParse(value);
  if (checked.success) return checked.data;
  const allowed = Period.options.join(', ');
  throw new JobInputError(
    `Item ${index}: ${quoted(FIELD.period)} must be one of ${allowed}, got ${describe(value)}`,
    `choose a ${quoted(FIELD.period)} under ${quoted(FIELD.options)}, or make its expression give one of ${allowed}`,
  );
}

/** "Output Total": on or off; an expression must give a boolean, not text that merely looks like one. */
export function outputTotal(value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw new JobInputError(
    `Item 0: ${quoted(FIELD.total)} must be true or false, got ${describe(value)}`,
    `switch ${quoted(FIELD.total)} under ${quoted(FIELD.options)} on or off, or make its expression give true or false`,
  );
}

/** What the node adds to an item: the CLI's JSON workload figures, money as exact decimal strings. */
export function jobCost(estimate: WorkloadEstimate): IDataObject {
  const json = workloadJson(estimate);
  return {
    provider: json.provider,
    model: json.model,
    ...(estimate.runs !== null ? { runs: exact(estimate.runs) } : {}),
    costUsd: json.cost,
    ...(json.credits !== undefined ? { credits: json.credits } : {}),
    basis: json.basis,
    lines: json.lines as unknown as IDataObject[],
    assumptions: json.assumptions,
    warnings: json.warnings,
  };
}

/** "Simplify Output": on or off; an expression must give a boolean. */
export function simplifyOutput(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new JobInputError(
    `Item 0: ${quoted(FIELD.simplify)} must be true or false, got ${describe(value)}`,
    `switch ${quoted(FIELD.simplify)} on or off, or make its expression give true or false`,
  );
}

/** "Max Cost per Item (USD)" as an exact decimal: 0.05 -> "0.05". */
export function maxCost(index: number, value: unknown): Money {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d+)?$/.test(text) && !/^\d+(\.\d+)?e-\d+$/.test(text)) {
    throw new JobInputError(
      `Item ${index}: ${quoted(FIELD.maxCostPerItem)} must be a number of dollars of 0 or more, got ${describe(value)}`,
      `set ${quoted(FIELD.maxCostPerItem)} under ${quoted(FIELD.options)} to a number such as 0.05`,
    );
  }
  return money(text);
}
