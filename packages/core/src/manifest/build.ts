import { type Decimal } from '../money.js';
import { GenspendError, GenspendErrors, type Location } from '../errors.js';
import { codePoint, firstInvisible } from '../text.js';
import type { Attributes, BudgetSpec, WorkloadSpec } from '../estimate/types.js';
import { ATTRIBUTE_NAMES, type AttributeName, type ManifestData, type Period } from './fields.js';

const ATTRIBUTE_ORDER = new Map<string, number>(ATTRIBUTE_NAMES.map((name, i) => [name, i]));

/** A validated manifest: what one `genspend.yml` declares. */
export interface Manifest {
  file: string;
  period: Period;
  budget: BudgetSpec;
  /** Percent a reconcile lets billed spend stray from the plan, when the manifest sets it. */
  reconcile?: { maxVariance?: Decimal };
  /** Paths `genspend scan` leaves out (globs relative to the repository root). */
  scan?: { exclude: string[] };
  workloads: WorkloadSpec[];
}

/**
 * A workload's name as base and head are matched by: NFC-normalized and trimmed, so the same
 * name typed on two keyboards pairs up. Control, zero-width and bidi characters are refused:
 * they make two names look alike, or one name look like another, in every report.
 */
function workloadName(raw: string, where: Location & { path: string }, errors: GenspendError[]): string {
  const hidden = firstInvisible(raw);
  if (hidden) {
    errors.push(
      new GenspendError(
        `workload name ${JSON.stringify(raw)} holds an invisible or control character (${codePoint(hidden.char)} at position ${hidden.index + 1})`,
        where,
        'remove it: a name must read as it is matched',
      ),
    );
  }
  const name = raw.normalize('NFC').trim();
  if (!name) errors.push(new GenspendError('workload name is empty', where, 'give the workload a name'));
  return name;
}

/**
 * A Manifest from validated data: checks what the schema cannot (unique names, `gpu` or `model`
 * by provider), with `lineOf` giving each workload's line.
 */
export function build(data: ManifestData, file: string, lineOf: (index: number) => number | undefined): Manifest {
  const errors: GenspendError[] = [];
  const names = new Map<string, number>();
  const workloads = data.workloads.map((w, i): WorkloadSpec => {
    const line = lineOf(i);
    const location = { file, ...(line !== undefined ? { line } : {}) };
    const path = `workloads[${i}]`;
    const name = workloadName(w.name, { ...location, path: `${path}.name` }, errors);
    const previous = names.get(name);
    if (previous !== undefined) {
      errors.push(
        new GenspendError(
          `workload name "${name}" is also used by workloads[${previous}]`,
          { ...location, path: `${path}.name` },
          'give every workload a unique name: the diff matches base and head by name',
        ),
      );
    }
    names.set(name, i);
    const isRunpod = w.provider.trim().toLowerCase() === 'runpod';
    if (isRunpod && w.gpu === undefined && w.model === undefined) {
      errors.push(
        new GenspendError(
          'a runpod workload names its GPU with `gpu`',
          { ...location, path },
          'add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage',
        ),
      );
    } else if (isRunpod && w.gpu !== undefined && w.model !== undefined) {
      errors.push(new GenspendError('give either `gpu` or `model`, not both', { ...location, path }, 'keep `gpu` for a GPU endpoint'));
    } else if (!isRunpod && w.model === undefined) {
      errors.push(
        new GenspendError(
          `missing required \`model\``,
          { ...location, path },
          `add \`model:\` with a model id (see \`genspend prices ${w.provider}\`)`,
        ),
      );
    } else if (!isRunpod && w.gpu !== undefined) {
      errors.push(new GenspendError('`gpu` applies to runpod workloads only', { ...location, path: `${path}.gpu` }, 'remove it'));
    }
    // the workload's own keys, in ATTRIBUTE_NAMES order: a lookup of every attribute name on
    // every workload cost more than the rest of building it
    const given = Object.keys(w).filter((k) => ATTRIBUTE_ORDER.has(k) && (w as Record<string, unknown>)[k] !== undefined);
    given.sort((a, b) => ATTRIBUTE_ORDER.get(a)! - ATTRIBUTE_ORDER.get(b)!);
    const attributes: Attributes = {};
    for (const name of given) attributes[name as AttributeName] = (w as Record<string, unknown>)[name] as Decimal | string | boolean;
    return {
      name,
      provider: w.provider,
      model: (Array.isArray(w.gpu) ? w.gpu.join(',') : w.gpu) ?? w.model,
      attributes,
      location,
      ...(w.endpointId !== undefined ? { endpointId: w.endpointId } : {}),
    };
  });
  if (errors.length) throw new GenspendErrors(errors);
  const budget: BudgetSpec = {
    ...(data.budget.limit !== undefined ? { limit: data.budget.limit } : {}),
    ...(data.budget.maxIncrease !== undefined ? { maxIncrease: data.budget.maxIncrease } : {}),
    ...(data.budget.maxIncreasePercent !== undefined ? { maxIncreasePercent: data.budget.maxIncreasePercent } : {}),
    unpriced: data.budget.unpriced ?? 'warn',
    ...(data.budget.judge === 'high' ? { judge: 'high' as const } : {}),
    ...(data.budget.undeclared !== undefined ? { undeclared: data.budget.undeclared } : {}),
  };
  const reconcile = data.reconcile?.maxVariance !== undefined ? { reconcile: { maxVariance: data.reconcile.maxVariance } } : {};
  const scan = data.scan?.exclude?.length ? { scan: { exclude: data.scan.exclude } } : {};
  return { file, period: data.period, budget, ...reconcile, ...scan, workloads };
}
