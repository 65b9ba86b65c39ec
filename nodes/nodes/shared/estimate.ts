import {
  defaultCatalog,
  estimateWorkload,
  exact,
  money,
  problemsOf,
  sum,
  WorkloadSchema,
  workloadJson,
  ZERO,
  type AttributeName,
  type Attributes,
  type Money,
  type Period,
  type WorkloadEstimate,
  type WorkloadSpec,
} from '@genspend/core';
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { JobInputError } from './errors';

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
  { name: 'gpuCount', displayName: 'GPU Count', kind: 'number', default: 1, description: 'Runpod: GPUs per worker' },
  { name: 'height', displayName: 'Height', kind: 'number', default: 1024, description: 'Output height in pixels' },
  {
    name: 'idleSeconds',
    displayName: 'Idle Seconds',
    kind: 'number',
    default: 5,
    description: 'Runpod: idle timeout billed after each wake-up (Runpod default 5)',
  },
  { name: 'runs', displayName: 'Jobs', kind: 'number', default: 1, description: 'Jobs this item stands for (default 1)' },
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
  { name: 'resolution', displayName: 'Resolution', kind: 'text', default: '', description: 'For example 720p, 1080p, 1K, 2K, 4K' },
  { name: 'results', displayName: 'Results', kind: 'number', default: 1, description: 'Images or videos per job (default 1)' },
  {
    name: 'seconds',
    displayName: 'Seconds',
    kind: 'number',
    default: 5,
    description: 'Video or audio seconds per result; Runpod: execution seconds per job (billed rounded up)',
  },
  { name: 'steps', displayName: 'Steps', kind: 'number', default: 28, description: 'Inference steps (compute-billed Runware models)' },
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
  attributes: IDataObject;
  period: Period;
}

const label = (name: string) => {
  const f = FIELDS.get(name as AttributeName);
  return f ? `"${f.displayName}"` : `\`${name}\``;
};

/**
 * n8n hands over numbers as JS numbers and expression results as whatever the item held:
 * numbers become exact decimals as printed (2.3 -> "2.3"), numeric text too ("1024"), so the
 * core's bounds apply; "true"/"false" become booleans.
 */
function coerce(field: AttributeField, value: unknown): unknown {
  if (field.kind === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return money(value);
    if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return money(value.trim());
    return value;
  }
  if (field.kind === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return typeof value === 'number' ? String(value) : value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object' && value !== null)
    return 'toFixed' in value ? String(value) : Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

/** The workload one item stands for, validated by the core's workload schema. */
export function jobSpec(index: number, params: JobParameters): WorkloadSpec {
  const provider = typeof params.provider === 'string' ? params.provider.trim() : '';
  if (!provider)
    throw new JobInputError(
      `Item ${index}: no provider given`,
      'choose a provider in "Provider", or map it from the item with an expression',
    );
  const model = typeof params.model === 'string' ? params.model.trim() : typeof params.model === 'number' ? String(params.model) : '';
  const what = provider.toLowerCase() === 'runpod' ? 'GPU' : 'model';
  if (!model)
    throw new JobInputError(`Item ${index}: no ${what} given`, `choose a ${what} in "Model", or map it from the item with an expression`);

  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params.attributes ?? {})) {
    // an attribute added to the node whose expression yields nothing counts as not given
    if (value === undefined || value === null || value === '') continue;
    const field = FIELDS.get(name as AttributeName);
    attributes[name] = field ? coerce(field, value) : value;
  }
  // one item is one job unless it says otherwise
  attributes.runs ??= money(1);
  const name = `item ${index}`;
  const checked = WorkloadSchema.safeParse({ name, provider, model, ...attributes });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const given = attributes[key];
    const got = issue.message.includes(', got ') ? '' : `, got ${describe(given)}`;
    throw new JobInputError(
      `Item ${index}: ${label(key)}: ${issue.message}${got}`,
      `correct ${label(key)} under "Job Attributes", or the expression that sets it`,
    );
  }
  return { name, provider, model, attributes: attributes as Attributes };
}

/**
 * Prices one item's job with the shipped catalog. An unknown model, a missing attribute or a
 * model with no price for the given attributes is an error: never a silent $0.
 */
export function estimateJob(index: number, params: JobParameters): WorkloadEstimate {
  const spec = jobSpec(index, params);
  const attempt = priced(spec, params.period);
  if ('problem' in attempt) {
    const problem = problemsOf(attempt.problem)?.[0];
    if (!problem) throw attempt.problem;
    // the core names the workload and asks for a manifest key; here it is an item and a node field
    const message = problem.message.replace(/^workload "[^"]*": /, '');
    const missing = /^add `(\w+):` to the workload$/.exec(problem.fix ?? '')?.[1];
    throw new JobInputError(
      `Item ${index}: ${message}`,
      missing
        ? `add ${label(missing)} under "Job Attributes", or map it from the item with an expression`
        : (problem.fix ?? 'check the job attributes'),
    );
  }
  const { estimate } = attempt;
  if (estimate.cost === null) {
    throw new JobInputError(
      `Item ${index}: cannot price: ${estimate.unpriced ?? 'no price matches'}`,
      'check "Provider", "Model" and the job attributes (the model list shows every priced model)',
    );
  }
  return estimate;
}

/** The core's estimate, or what it threw (a missing attribute is bad input, reported by the caller). */
function priced(spec: WorkloadSpec, period: Period): { estimate: WorkloadEstimate } | { problem: unknown } {
  try {
    return { estimate: estimateWorkload(spec, defaultCatalog(), period) };
  } catch (problem) {
    return { problem };
  }
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

/** The sum over priced items, and per provider (Runway also in credits). */
export function totalOf(estimates: readonly WorkloadEstimate[]): IDataObject {
  const byProvider = new Map<string, { cost: Money[]; credits: Money[] }>();
  for (const e of estimates) {
    const p = byProvider.get(e.provider) ?? { cost: [], credits: [] };
    p.cost.push(e.cost ?? ZERO);
    if (e.credits !== null) p.credits.push(e.credits);
    byProvider.set(e.provider, p);
  }
  const providers: IDataObject = {};
  for (const [provider, p] of [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))) {
    providers[provider] = {
      items: p.cost.length,
      costUsd: exact(sum(p.cost)),
      ...(p.credits.length ? { credits: exact(sum(p.credits)) } : {}),
    };
  }
  return { items: estimates.length, costUsd: exact(sum(estimates.map((e) => e.cost ?? ZERO))), byProvider: providers };
}

/** The catalog's models of a provider, for the node's model list. */
export function modelOptions(provider: unknown): INodePropertyOptions[] {
  const p = typeof provider === 'string' ? defaultCatalog().provider(provider) : undefined;
  if (!p) return [];
  return p.models
    .map((m) => ({
      name: m.name && m.name !== m.id ? `${m.name} (${m.id})` : m.id,
      value: m.id,
      description: [...new Set(m.rates.map((r) => r.unit.replace(/_/g, ' ')))].join(', '),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** "Max Cost per Item (USD)" as an exact decimal: 0.05 -> "0.05". */
export function maxCost(index: number, value: unknown): Money {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d+)?$/.test(text) && !/^\d+(\.\d+)?e-\d+$/.test(text)) {
    throw new JobInputError(
      `Item ${index}: "Max Cost per Item (USD)" must be a number of dollars of 0 or more, got ${JSON.stringify(value)}`,
      'set "Max Cost per Item (USD)" under Options to a number such as 0.05',
    );
  }
  return money(text);
}
