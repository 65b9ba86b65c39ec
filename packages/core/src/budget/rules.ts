import { type Decimal } from '../money.js';
import type { BudgetSpec } from '../estimate/types.js';
import { formatPercent, formatUsd, money, sum } from '../money.js';
import type { EstimateDiff, ManifestDiff, WorkloadDelta } from './diff.js';

export type Verdict = 'pass' | 'warn' | 'fail';
export type RuleName = 'limit' | 'maxIncrease' | 'maxIncreasePercent' | 'unpriced' | 'baseline' | 'budget';
/** `pr`: a rule over the whole change (every manifest together); `manifest`: one manifest's own `budget:`. */
export type RuleScope = 'pr' | 'manifest';

export interface WorkloadRef {
  name: string;
  /** The workload's manifest, where the reason spans several (PR-level rules). */
  file?: string;
  line?: number;
}

export interface BudgetReason {
  rule: RuleName;
  level: 'fail' | 'warn';
  scope: RuleScope;
  /** The manifest a manifest rule judged; "" for a PR-level rule. */
  file: string;
  /** One sentence naming the rule and by how much it was broken. */
  message: string;
  threshold?: Decimal;
  actual?: Decimal;
  /** Workloads that caused it, with their manifest lines (for annotations). */
  workloads: WorkloadRef[];
}

/** "PR-level" or the manifest's path: which rule fired, for reports. */
export const reasonScope = (r: BudgetReason): string => (r.scope === 'pr' ? 'PR-level' : r.file);

/** Rules over the whole change: the Action's `limit`, `max-increase`, `max-increase-percent`, `unpriced` inputs and `genspend diff`'s flags. */
export interface PrRules {
  limit?: Decimal;
  maxIncrease?: Decimal;
  maxIncreasePercent?: Decimal;
  unpriced?: 'fail' | 'warn';
}

/** The form a PR-level amount takes on a command line or in an input: "50", "12.5". */
export const AMOUNT_FORM = 'a non-negative number such as 50 or 12.5';

/** A PR-level amount as typed ("500", "12.5") as an exact Decimal, or null when it is not one. */
export function parseBudgetAmount(text: string): Decimal | null {
  return /^\d{1,15}(\.\d{1,15})?$/.test(text) ? money(text) : null;
}

/** The budget that judged a manifest, and where it was read. */
export interface GoverningBudget {
  file: string;
  budget: BudgetSpec;
  /** `base`: the merged budget; `head`: a manifest new in the change, or whose base could not be read. */
  from: 'base' | 'head';
}

export interface BudgetResult {
  verdict: Verdict;
  reasons: BudgetReason[];
  /** What was judged: the PR-level rules and each manifest's governing budget (`hasBase`: a change, not a plain estimate). */
  rules: { pr: PrRules; manifests: GoverningBudget[]; hasBase: boolean };
}

export interface BudgetOptions {
  /** false: a plain estimate, judged without increase rules. */
  hasBase: boolean;
  pr?: PrRules;
  /** "PR" on pull requests: "this PR changes the budget of …". */
  subject?: string;
}

/**
 * Judges the head against the base the way PR gates should:
 * - PR-level rules judge the change's total over every manifest, so spreading spend across
 *   new manifests, or adding it in a new file, cannot dodge them;
 * - each manifest is judged by its own `budget:` as merged (the base's); a change that edits a
 *   budget is judged by the old one and told what changes after merge; a new manifest, or one
 *   whose base could not be read, is judged by its own;
 * - `limit` fails only when this change takes the total over it; an overrun already on the
 *   base warns and does not block;
 * - `maxIncrease` and `maxIncreasePercent` are judged on the change's own delta. A manifest's
 *   percent rule skips a $0 base (a percent of nothing is undefined); the PR-level one does not:
 *   any increase from $0 is over every percent maximum;
 * - unpriced workloads at head fail or warn as the budget says; a base with unpriced workloads
 *   (or one that could not be read) makes the delta uncertain, which is said (warn).
 * With `hasBase: false` (a plain estimate) only the limit and unpriced rules apply.
 */
export function evaluateBudget(diff: EstimateDiff, options: BudgetOptions): BudgetResult {
  const pr = definedOnly(options.pr ?? {});
  const reasons: BudgetReason[] = prReasons(diff, pr, options.hasBase);
  const governing: GoverningBudget[] = [];
  for (const m of diff.manifests) {
    const rules = governingBudget(m);
    if (rules) governing.push(rules);
    reasons.push(...manifestReasons(m, rules?.budget ?? { unpriced: 'warn' }, options.hasBase, pr, options.subject));
  }
  const verdict: Verdict = reasons.some((r) => r.level === 'fail') ? 'fail' : reasons.length ? 'warn' : 'pass';
  return { verdict, reasons, rules: { pr, manifests: governing, hasBase: options.hasBase } };
}

/** The merged budget governs: the base's, else (new manifest, unreadable base) the head's own. */
function governingBudget(m: ManifestDiff): GoverningBudget | undefined {
  if (m.base) return { file: m.file, budget: m.base.budget, from: 'base' };
  if (m.head) return { file: m.file, budget: m.head.budget, from: 'head' };
  return undefined;
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const byDelta = (a: WorkloadDelta, b: WorkloadDelta) => b.delta.comparedTo(a.delta);

function increasedIn(workloads: readonly WorkloadDelta[], withFile: boolean): WorkloadRef[] {
  return workloads
    .filter((w) => w.delta.greaterThan(0))
    .sort(byDelta)
    .map((w) => ({
      name: w.name,
      ...(withFile ? { file: w.file } : {}),
      ...(w.head?.location?.line !== undefined ? { line: w.head.location.line } : {}),
    }));
}

const unpricedAtHead = (m: ManifestDiff) => (m.head?.workloads ?? []).filter((w) => w.cost === null);

function prReasons(diff: EstimateDiff, pr: PrRules, hasBase: boolean): BudgetReason[] {
  const reasons: BudgetReason[] = [];
  const reason = (r: Omit<BudgetReason, 'scope' | 'file'>): void => void reasons.push({ scope: 'pr', file: '', ...r });
  // a manifest whose base could not be read has no delta to judge; the rest of the change does
  const judged = diff.manifests.filter((m) => m.baseError === undefined);
  const skipped = diff.manifests.filter((m) => m.baseError !== undefined).map((m) => `\`${m.file}\``);
  const notCounting = skipped.length ? ` (not counting ${skipped.join(', ')}, whose base could not be read)` : '';
  const delta = sum(judged.map((m) => m.delta));
  const baseTotal = sum(judged.map((m) => m.baseTotal));
  const increased = () =>
    increasedIn(
      judged.flatMap((m) => m.workloads),
      true,
    );

  if (pr.limit !== undefined && diff.headTotal.greaterThan(pr.limit)) {
    const over = diff.headTotal.minus(pr.limit);
    const alreadyOver = hasBase && diff.baseTotal.greaterThan(pr.limit);
    reason({
      rule: 'limit',
      level: alreadyOver ? 'warn' : 'fail',
      message:
        `the total of every manifest, ${formatUsd(diff.headTotal)}, is over the ${formatUsd(pr.limit)} limit by ${formatUsd(over)}` +
        (alreadyOver ? `, but the base was already over (${formatUsd(diff.baseTotal)}), so this change does not fail on it` : ''),
      threshold: pr.limit,
      actual: diff.headTotal,
      workloads: increased(),
    });
  }
  if (hasBase && pr.maxIncrease !== undefined && delta.greaterThan(pr.maxIncrease)) {
    reason({
      rule: 'maxIncrease',
      level: 'fail',
      message: `the increase over every manifest, ${formatUsd(delta)}, is over the ${formatUsd(pr.maxIncrease)} maximum by ${formatUsd(delta.minus(pr.maxIncrease))}${notCounting}`,
      threshold: pr.maxIncrease,
      actual: delta,
      workloads: increased(),
    });
  }
  if (hasBase && pr.maxIncreasePercent !== undefined && delta.greaterThan(0)) {
    if (baseTotal.isZero()) {
      reason({
        rule: 'maxIncreasePercent',
        level: 'fail',
        message: `the increase over every manifest, ${formatUsd(delta)}, is from a $0 base: over any percent maximum (${formatPercent(pr.maxIncreasePercent)})${notCounting}`,
        threshold: pr.maxIncreasePercent,
        workloads: increased(),
      });
    } else {
      const percent = delta.dividedBy(baseTotal).times(100);
      if (percent.greaterThan(pr.maxIncreasePercent)) {
        reason({
          rule: 'maxIncreasePercent',
          level: 'fail',
          message: `the increase over every manifest, ${formatPercent(percent)}, is over the ${formatPercent(pr.maxIncreasePercent)} maximum${notCounting}`,
          threshold: pr.maxIncreasePercent,
          actual: percent,
          workloads: increased(),
        });
      }
    }
  }
  if (pr.unpriced === 'fail') {
    // manifests whose own rule already fails on them are not counted twice
    const unpriced = diff.manifests
      .filter((m) => governingBudget(m)?.budget.unpriced !== 'fail')
      .flatMap((m) => unpricedAtHead(m).map((w) => ({ file: m.file, w })));
    if (unpriced.length) {
      reason({
        rule: 'unpriced',
        level: 'fail',
        message: `${unpriced.length} workload${unpriced.length === 1 ? '' : 's'} could not be priced, and the PR-level rule is \`unpriced: fail\`: ${unpriced.map(({ file, w }) => `"${w.name}" in ${file}`).join('; ')}`,
        workloads: unpriced.map(({ file, w }) => ({
          name: w.name,
          file,
          ...(w.location?.line !== undefined ? { line: w.location.line } : {}),
        })),
      });
    }
  }
  return reasons;
}

function manifestReasons(m: ManifestDiff, budget: BudgetSpec, hasBase: boolean, pr: PrRules, subject: string | undefined): BudgetReason[] {
  const reasons: BudgetReason[] = [];
  const reason = (r: Omit<BudgetReason, 'scope' | 'file'>): void => void reasons.push({ scope: 'manifest', file: m.file, ...r });
  const increased = increasedIn(m.workloads, false);
  if (m.base && m.head) {
    const changes = budgetChanges(m.base.budget, m.head.budget);
    if (changes.length)
      reason({
        rule: 'budget',
        level: 'warn',
        message: `${subject ? `this ${subject} changes the budget of \`${m.file}\`` : `the budget of \`${m.file}\` changes`}: ${changes.join(', ')} (applies after merge; until then the base's budget judges it)`,
        workloads: [],
      });
  }
  if (m.baseError !== undefined) {
    reason({
      rule: 'baseline',
      level: 'warn',
      message: `the base of this manifest could not be read (${m.baseError}): it counts as unpriced at the base, so the increase rules are not judged for it`,
      workloads: [],
    });
  }
  if (budget.limit !== undefined && m.headTotal.greaterThan(budget.limit)) {
    const over = m.headTotal.minus(budget.limit);
    const alreadyOver = hasBase && m.baseTotal.greaterThan(budget.limit);
    reason({
      rule: 'limit',
      level: alreadyOver ? 'warn' : 'fail',
      message:
        `total ${formatUsd(m.headTotal)} is over the ${formatUsd(budget.limit)} limit by ${formatUsd(over)}` +
        (alreadyOver ? `, but the base was already over (${formatUsd(m.baseTotal)}), so this change does not fail on it` : ''),
      threshold: budget.limit,
      actual: m.headTotal,
      workloads: increased,
    });
  }
  const increaseRules = hasBase && m.baseError === undefined;
  if (increaseRules && budget.maxIncrease !== undefined && m.delta.greaterThan(budget.maxIncrease)) {
    reason({
      rule: 'maxIncrease',
      level: 'fail',
      message: `increase of ${formatUsd(m.delta)} is over the ${formatUsd(budget.maxIncrease)} maximum by ${formatUsd(m.delta.minus(budget.maxIncrease))}`,
      threshold: budget.maxIncrease,
      actual: m.delta,
      workloads: increased,
    });
  }
  if (
    increaseRules &&
    budget.maxIncreasePercent !== undefined &&
    m.deltaPercent !== null &&
    m.deltaPercent.greaterThan(budget.maxIncreasePercent)
  ) {
    reason({
      rule: 'maxIncreasePercent',
      level: 'fail',
      message: `increase of ${formatPercent(m.deltaPercent)} is over the ${formatPercent(budget.maxIncreasePercent)} maximum`,
      threshold: budget.maxIncreasePercent,
      actual: m.deltaPercent,
      workloads: increased,
    });
  }
  const unpriced = unpricedAtHead(m);
  if (unpriced.length && !(pr.unpriced === 'fail' && budget.unpriced !== 'fail')) {
    reason({
      rule: 'unpriced',
      level: budget.unpriced,
      message: `${unpriced.length} workload${unpriced.length === 1 ? '' : 's'} could not be priced: ${unpriced.map((w) => `"${w.name}" (${w.unpriced})`).join('; ')}`,
      workloads: unpriced.map((w) => ({ name: w.name, ...(w.location?.line !== undefined ? { line: w.location.line } : {}) })),
    });
  }
  const baseUnpriced = hasBase ? (m.base?.workloads ?? []).filter((w) => w.cost === null) : [];
  if (baseUnpriced.length) {
    reason({
      rule: 'baseline',
      level: 'warn',
      message: `the base has ${baseUnpriced.length} unpriced workload${baseUnpriced.length === 1 ? '' : 's'} (${baseUnpriced.map((w) => `"${w.name}"`).join(', ')}): the change is measured against an incomplete baseline`,
      workloads: [],
    });
  }
  return reasons;
}

/** "limit $500.00, maxIncrease $50.00, unpriced fail": the rules set, in words ("" when none). */
export function describeRules(rules: PrRules | BudgetSpec): string {
  const out: string[] = [];
  for (const [field, format] of BUDGET_FIELDS) {
    const v = rules[field];
    if (v !== undefined) out.push(`${field} ${format(v)}`);
  }
  if (rules.unpriced !== undefined) out.push(`unpriced ${rules.unpriced}`);
  return out.join(', ');
}

const BUDGET_FIELDS = [
  ['limit', formatUsd],
  ['maxIncrease', formatUsd],
  ['maxIncreasePercent', formatPercent],
] as const;

/** "maxIncrease $10.00 → $100,000.00", "limit $500.00 → none", "unpriced fail → warn". */
export function budgetChanges(base: BudgetSpec, head: BudgetSpec): string[] {
  const out: string[] = [];
  for (const [field, format] of BUDGET_FIELDS) {
    const a = base[field];
    const b = head[field];
    if (a === undefined && b === undefined) continue;
    if (a !== undefined && b !== undefined && a.equals(b)) continue;
    out.push(`${field} ${a === undefined ? 'none' : format(a)} → ${b === undefined ? 'none' : format(b)}`);
  }
  if (base.unpriced !== head.unpriced) out.push(`unpriced ${base.unpriced} → ${head.unpriced}`);
  return out;
}
