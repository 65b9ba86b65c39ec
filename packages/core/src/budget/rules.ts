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
  /** `high`: judge the limit and increase rules at the high end of each price range. */
  judge?: 'expected' | 'high';
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
  /** The same change with every workload at the high end of its price range, for rules that say `judge: high`. */
  high?: EstimateDiff;
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
  const high = options.high;
  const reasons: BudgetReason[] = prReasons(pr.judge === 'high' && high ? high : diff, pr, options.hasBase, pr.judge === 'high');
  const governing: GoverningBudget[] = [];
  for (const m of diff.manifests) {
    const rules = governingBudget(m);
    if (rules) governing.push(rules);
    const budget = rules?.budget ?? { unpriced: 'warn' as const };
    const judged = budget.judge === 'high' ? high?.manifests.find((h) => h.file === m.file) : undefined;
    reasons.push(...manifestReasons(m, budget, options.hasBase, pr, options.subject, judged));
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

/** The figures the limit and increase rules judge, and how a reason names them. */
interface Judged {
  headTotal: Decimal;
  /** The base total the limit compares with (an overrun already there does not block). */
  baseTotal: Decimal;
  /** The change the increase rules judge, and the base it is a percent of. */
  delta: Decimal;
  deltaBase: Decimal;
  increaseRules: boolean;
  /** A percent of a $0 base: skipped for a manifest, over any maximum for the whole change. */
  zeroBase: 'skip' | 'fail';
  workloads: () => WorkloadRef[];
  /** "total $5.00" or "the total of every manifest, $5.00,"; the same for the increase. */
  total: (usd: string) => string;
  increase: (amount: string) => string;
  /** Appended to increase messages: what they do not count. */
  note: string;
}

type Reason = Omit<BudgetReason, 'scope' | 'file'>;

/** The limit, maxIncrease and maxIncreasePercent rules, one home for a manifest's and the PR's. */
function spendReasons(j: Judged, rules: PrRules | BudgetSpec, hasBase: boolean): Reason[] {
  const out: Reason[] = [];
  if (rules.limit !== undefined && j.headTotal.greaterThan(rules.limit)) {
    const alreadyOver = hasBase && j.baseTotal.greaterThan(rules.limit);
    out.push({
      rule: 'limit',
      level: alreadyOver ? 'warn' : 'fail',
      message:
        `${j.total(formatUsd(j.headTotal))} is over the ${formatUsd(rules.limit)} limit by ${formatUsd(j.headTotal.minus(rules.limit))}` +
        (alreadyOver ? `, but the base was already over (${formatUsd(j.baseTotal)}), so this change does not fail on it` : ''),
      threshold: rules.limit,
      actual: j.headTotal,
      workloads: j.workloads(),
    });
  }
  if (!hasBase || !j.increaseRules) return out;
  if (rules.maxIncrease !== undefined && j.delta.greaterThan(rules.maxIncrease)) {
    out.push({
      rule: 'maxIncrease',
      level: 'fail',
      message: `${j.increase(formatUsd(j.delta))} is over the ${formatUsd(rules.maxIncrease)} maximum by ${formatUsd(j.delta.minus(rules.maxIncrease))}${j.note}`,
      threshold: rules.maxIncrease,
      actual: j.delta,
      workloads: j.workloads(),
    });
  }
  const max = rules.maxIncreasePercent;
  if (max !== undefined && j.delta.greaterThan(0)) {
    if (j.deltaBase.isZero()) {
      if (j.zeroBase === 'fail')
        out.push({
          rule: 'maxIncreasePercent',
          level: 'fail',
          message: `${j.increase(formatUsd(j.delta))} is from a $0 base: over any percent maximum (${formatPercent(max)})${j.note}`,
          threshold: max,
          workloads: j.workloads(),
        });
    } else {
      const percent = j.delta.dividedBy(j.deltaBase).times(100);
      if (percent.greaterThan(max))
        out.push({
          rule: 'maxIncreasePercent',
          level: 'fail',
          message: `${j.increase(formatPercent(percent))} is over the ${formatPercent(max)} maximum${j.note}`,
          threshold: max,
          actual: percent,
          workloads: j.workloads(),
        });
    }
  }
  return out;
}

/** Said after a figure judged at the high end of its price range. */
const AT_HIGH = ' at the high end of its price range';

function prReasons(diff: EstimateDiff, pr: PrRules, hasBase: boolean, atHigh: boolean): BudgetReason[] {
  const reasons: BudgetReason[] = [];
  const reason = (r: Reason): void => void reasons.push({ scope: 'pr', file: '', ...r });
  // a manifest whose base could not be read has no delta to judge; the rest of the change does
  const judged = diff.manifests.filter((m) => m.baseError === undefined);
  const skipped = diff.manifests.filter((m) => m.baseError !== undefined).map((m) => `\`${m.file}\``);
  spendReasons(
    {
      headTotal: diff.headTotal,
      baseTotal: diff.baseTotal,
      delta: sum(judged.map((m) => m.delta)),
      deltaBase: sum(judged.map((m) => m.baseTotal)),
      increaseRules: true,
      zeroBase: 'fail',
      workloads: () =>
        increasedIn(
          judged.flatMap((m) => m.workloads),
          true,
        ),
      total: (usd) => `the total of every manifest${atHigh ? AT_HIGH : ''}, ${usd},`,
      increase: (amount) => `the increase over every manifest${atHigh ? AT_HIGH : ''}, ${amount},`,
      note: skipped.length ? ` (not counting ${skipped.join(', ')}, whose base could not be read)` : '',
    },
    pr,
    hasBase,
  ).forEach(reason);
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

/**
 * A manifest's own rules. `high`: the same manifest at the high end of its price ranges, which
 * the spend rules judge when its budget says `judge: high`; unpriced and baseline rules read `m`.
 */
function manifestReasons(
  m: ManifestDiff,
  budget: BudgetSpec,
  hasBase: boolean,
  pr: PrRules,
  subject: string | undefined,
  high?: ManifestDiff,
): BudgetReason[] {
  const reasons: BudgetReason[] = [];
  const spend = high ?? m;
  const reason = (r: Reason): void => void reasons.push({ scope: 'manifest', file: m.file, ...r });
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
  spendReasons(
    {
      headTotal: spend.headTotal,
      baseTotal: spend.baseTotal,
      delta: spend.delta,
      deltaBase: spend.baseTotal,
      increaseRules: m.baseError === undefined,
      zeroBase: 'skip',
      workloads: () => (high ? increasedIn(high.workloads, false) : increased),
      total: (usd) => (high ? `total${AT_HIGH}, ${usd},` : `total ${usd}`),
      increase: (amount) => (high ? `increase${AT_HIGH}, ${amount},` : `increase of ${amount}`),
      note: '',
    },
    budget,
    hasBase,
  ).forEach(reason);
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
  if (rules.judge === 'high') out.push('judged at the high end of price ranges');
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
  if ((base.judge ?? 'expected') !== (head.judge ?? 'expected'))
    out.push(`judge ${base.judge ?? 'expected'} → ${head.judge ?? 'expected'}`);
  return out;
}
