import { AMOUNT_FORM, parseBudgetAmount, type PrRules } from '@genspend/core';
import { UsageError } from './io.js';

/** The PR-level rule flags of `genspend diff`, as parseArgs gives them. */
export interface PrRuleFlags {
  limit?: string;
  'max-increase'?: string;
  'max-increase-percent'?: string;
  unpriced?: string;
  judge?: string;
}

export const PR_RULE_FLAGS = ['limit', 'max-increase', 'max-increase-percent', 'unpriced', 'judge'] as const;

/** The PR-level rules from the flags; a bad value names the flag and the form it takes. */
export function readPrRules(flags: PrRuleFlags): PrRules {
  const amount = (flag: 'limit' | 'max-increase' | 'max-increase-percent', what: string) => {
    const text = flags[flag];
    if (text === undefined) return undefined;
    const value = parseBudgetAmount(text.trim());
    if (value === null) throw new UsageError(`--${flag} must be ${AMOUNT_FORM} (${what}), got "${text}"`);
    return value;
  };
  const unpriced = flags.unpriced;
  if (unpriced !== undefined && unpriced !== 'fail' && unpriced !== 'warn')
    throw new UsageError(`--unpriced must be fail or warn, got "${unpriced}"`);
  const judge = flags.judge;
  if (judge !== undefined && judge !== 'expected' && judge !== 'high')
    throw new UsageError(`--judge must be expected or high (the high end of uncertain prices), got "${judge}"`);
  const rules: PrRules = {};
  const limit = amount('limit', 'USD per period');
  const maxIncrease = amount('max-increase', 'USD per period');
  const maxIncreasePercent = amount('max-increase-percent', 'percent of the base');
  if (limit) rules.limit = limit;
  if (maxIncrease) rules.maxIncrease = maxIncrease;
  if (maxIncreasePercent) rules.maxIncreasePercent = maxIncreasePercent;
  if (unpriced) rules.unpriced = unpriced;
  if (judge) rules.judge = judge;
  return rules;
}
