import type { BudgetReason, BudgetResult } from '../budget/rules.js';
import type { Catalog } from './lookup.js';
import { catalogWithPrices } from './price-file.js';

export interface PriceFileVersions {
  /** The price file's path, as reports name it. */
  file: string;
  /** Its text at the head; undefined when the head has none. */
  head: string | undefined;
  /** Its text at the base; undefined when the base has none. null: there is no base (a push, a plain estimate). */
  base: string | undefined | null;
  /** "PR" on pull requests: "this PR changes …". */
  subject?: string;
}

/**
 * The prices that judge a change. Like a budget, the price file that governs is the merged
 * one: a pull request could otherwise lower its own prices to pass the gate. So the base's
 * price file (or none, when the base has none) prices both sides, and a changed file is a
 * warning that says it applies after merge. Without a base, the head's file prices.
 */
export function governingPrices(catalog: Catalog, v: PriceFileVersions): { catalog: Catalog; reason?: BudgetReason } {
  if (v.base === null) return { catalog: catalogWithPrices(catalog, v.head, v.file) };
  const governing = catalogWithPrices(catalog, v.base, v.file);
  if (v.base === v.head) return { catalog: governing };
  // validate the head's file now, so a broken one fails this change rather than the next
  catalogWithPrices(catalog, v.head, v.file);
  const what = v.base === undefined ? 'adds' : v.head === undefined ? 'removes' : 'changes';
  const who = v.subject ? `this ${v.subject} ${what}` : `the head ${what}`;
  return {
    catalog: governing,
    reason: {
      rule: 'budget',
      level: 'warn',
      scope: 'pr',
      file: v.file,
      message: `${who} the price file \`${v.file}\` (applies after merge; until then ${v.base === undefined ? 'the built-in catalog prices' : "the base's price file prices"} both sides)`,
      workloads: [],
    },
  };
}

/** The budget's result with a price-file warning added (a warning never changes the verdict). */
export function withReason(budget: BudgetResult, reason: BudgetReason | undefined): BudgetResult {
  return reason
    ? { ...budget, verdict: budget.verdict === 'pass' ? 'warn' : budget.verdict, reasons: [...budget.reasons, reason] }
    : budget;
}
