import { money, type Money } from '@genspend/core';
import type { ProviderId } from '@genspend/providers';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { affordability, balanceReport, burnReport, burnWindow, tierReport, type PricedJob } from '../shared/balance';
import { describe, JobInputError, nodeErrorFor } from '../shared/errors';
import type { ProviderReads } from '../shared/reads';
import { withNumbers } from '../shared/output';
import { quoted, type NumberField } from './fields';

/** The figures version 2 also gives as numbers (with the exact text as `<field>Exact`). */
const FIGURES = [
  'balanceUsd',
  'credits',
  'spendLimitPerHourUsd',
  'currentSpendPerHourUsd',
  'burnPerDayUsd',
  'daysLeft',
  'maxMonthlySpendUsd',
  'costUsd',
  'availableUsd',
] as const;

/**
 * A report as the node's version gives it: version 1 as it always was (decimal text);
 * version 2 with numbers beside the exact text, and the burn rate without its day-by-day spend
 * unless "Simplify Output" is off.
 */
export function shown(json: IDataObject, version: number, ctx: IExecuteFunctions, operation: string, i: number): IDataObject {
  if (version < 2) return json;
  const out = withNumbers(json, FIGURES);
  if (operation === 'getBurnRate' && simplifyOutput(ctx, i)) {
    delete out.days;
    delete out.totals;
  }
  return out;
}

function simplifyOutput(ctx: IExecuteFunctions, i: number): boolean {
  const value = ctx.getNodeParameter('simplify', i, true) as unknown;
  if (typeof value === 'boolean') return value;
  throw new JobInputError(
    `Item ${i}: ${quoted('simplify')} must be true or false, got ${describe(value)}`,
    `switch ${quoted('simplify')} on or off, or make its expression give true or false`,
  );
}

function number(ctx: IExecuteFunctions, name: NumberField, i: number, min = 0, max = Infinity): number {
  const value = ctx.getNodeParameter(name, i) as unknown;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range = `${min}${max === Infinity ? ' up' : ` to ${max}`}`;
    throw new JobInputError(
      `Item ${i}: ${quoted(name)} must be a number from ${range}, got ${describe(value)}`,
      `set ${quoted(name)} on the node to a number from ${range}, or correct the expression that sets it`,
    );
  }
  return value;
}

const usd = (value: number): Money => money(String(value));

/** One item's report for the read operations. */
export async function report(ctx: IExecuteFunctions, reads: ProviderReads, operation: string, i: number): Promise<IDataObject> {
  const provider = reads.provider;
  switch (operation) {
    case 'getBalance': {
      const floors = {
        lowBalanceUsd: usd(number(ctx, 'lowBalanceUsd', i)),
        criticalBalanceUsd: usd(number(ctx, 'criticalBalanceUsd', i)),
      };
      return balanceReport(provider, await reads.balance(), floors);
    }
    case 'getBurnRate': {
      const windowDays = number(ctx, 'windowDays', i, 1, 90);
      if (!Number.isInteger(windowDays))
        throw new JobInputError(
          `Item ${i}: ${quoted('windowDays')} must be a whole number of days, got ${windowDays}`,
          `set ${quoted('windowDays')} to a whole number from 1 to 90`,
        );
      const lowDays = number(ctx, 'lowDays', i);
      const criticalDays = number(ctx, 'criticalDays', i);
      if (criticalDays > lowDays) {
        throw new JobInputError(
          `Item ${i}: ${quoted('criticalDays')} (${criticalDays}) is more than ${quoted('lowDays')} (${lowDays})`,
          `make ${quoted('criticalDays')} the smaller one`,
        );
      }
      const settings = { windowDays, lowDays: usd(lowDays), criticalDays: usd(criticalDays), today: new Date().toISOString().slice(0, 10) };
      const [balance, usage] = await Promise.all([reads.balance(), reads.usage(burnWindow(settings))]);
      return burnReport(provider, balance, usage, settings);
    }
    case 'getTierLimits':
      return tierReport(await reads.tierLimits(), number(ctx, 'lowPercentLeft', i, 0, 100));
    default:
      throw new JobInputError(
        `Item ${i}: ${quoted('operation')}: unknown operation ${describe(operation)}`,
        'choose an operation on the node',
      );
  }
}

/** Own keys only: an item's JSON is data, and `constructor` or `__proto__` in a path is a key like any other. */
const own = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key) ? (value as IDataObject)[key] : undefined;

/** `a.b` in an item's JSON. */
function at(json: IDataObject, path: string): unknown {
  let current: unknown = json;
  for (const key of path.split('.')) current = own(current, key);
  return current;
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** A decimal field of the estimate: GenSpend writes text; a number is taken as printed. */
function decimalAt(estimate: IDataObject, key: string): string | undefined {
  const value = own(estimate, key);
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && DECIMAL.test(text) ? text : undefined;
}

/** The job an item carries, as the GenSpend node wrote it. */
function pricedJob(json: IDataObject, field: string, provider: ProviderId, i: number): PricedJob {
  const estimate = at(json, field);
  if (estimate === null || typeof estimate !== 'object' || Array.isArray(estimate)) {
    throw new JobInputError(
      `Item ${i}: ${quoted('estimateField')}: ${estimate === undefined ? `the item has no estimate at \`${field}\`` : `\`${field}\` holds ${describe(estimate)}, not an estimate`}`,
      `put a GenSpend node before this one, or set ${quoted('estimateField')} to where the item holds its estimate`,
    );
  }
  const job = estimate as IDataObject;
  const pricedFor = own(job, 'provider');
  if (pricedFor !== undefined && pricedFor !== provider) {
    throw new JobInputError(
      `Item ${i}: ${quoted('provider')}: the job is priced for ${describe(pricedFor)}, but this node checks ${provider}`,
      `route items by provider first, e.g. a Switch on {{ $json.${field}.provider }}, or choose that provider in ${quoted('provider')}`,
    );
  }
  // version 2 of GenSpend writes the cost as a number and its exact text as costUsdExact: sums read the text
  const costField = own(job, 'costUsdExact') !== undefined ? 'costUsdExact' : 'costUsd';
  const cost = decimalAt(job, costField);
  if (cost === undefined) {
    throw new JobInputError(
      `Item ${i}: ${quoted('estimateField')}: \`${field}.${costField}\` must be a decimal number of dollars, got ${describe(own(job, costField))}`,
      `price the item with a GenSpend node first, or set ${quoted('estimateField')} to where the item holds its estimate`,
    );
  }
  // an estimate without runs is one job; one with runs that are not a count is not guessed at
  const runs = own(job, 'runs') === undefined ? '1' : decimalAt(job, 'runs');
  if (runs === undefined) {
    throw new JobInputError(
      `Item ${i}: ${quoted('estimateField')}: \`${field}.runs\` must be a decimal number of jobs, got ${describe(own(job, 'runs'))}`,
      `price the item with a GenSpend node first, or remove \`${field}.runs\` for one job`,
    );
  }
  const model = own(job, 'model');
  return { costUsd: money(cost), runs: money(runs), ...(typeof model === 'string' ? { model } : {}) };
}

/** "Estimate Field": a dotted path into the item; left blank, where GenSpend writes (`genspend`). */
function estimateField(ctx: IExecuteFunctions): string {
  const value = ctx.getNodeParameter('estimateField', 0, 'genspend') as unknown;
  if (typeof value !== 'string' || value.split('.').some((key) => key.trim() === '' && value.trim() !== '')) {
    throw new JobInputError(
      `Item 0: ${quoted('estimateField')} must be a field name such as genspend or result.genspend, got ${describe(value)}`,
      `set ${quoted('estimateField')} to where each item holds its estimate`,
    );
  }
  return value.trim() || 'genspend';
}

/** Check Affordability: the incoming items routed to Affordable or Not Affordable, each output in input order. */
export async function checkAffordability(ctx: IExecuteFunctions, reads: ProviderReads, version: number): Promise<INodeExecutionData[][]> {
  const node = ctx.getNode();
  const items = ctx.getInputData();
  const affordable: INodeExecutionData[] = [];
  const notAffordable: INodeExecutionData[] = [];
  const failedItem = (i: number, message: string): INodeExecutionData => ({
    json: { ...items[i]!.json, error: message },
    pairedItem: { item: i },
  });
  let field: string;
  let reserveUsd: Money;
  try {
    field = estimateField(ctx);
    reserveUsd = usd(number(ctx, 'reserveUsd', 0));
  } catch (e) {
    // node settings, read once for every item
    const error = nodeErrorFor(node, e, 0);
    if (!ctx.continueOnFail()) throw error;
    return [[], items.map((_, i) => failedItem(i, error.message))];
  }
  const problems = new Map<number, unknown>();
  const jobs = items.map((item, i) => {
    try {
      return pricedJob(item.json, field, reads.provider, i);
    } catch (e) {
      problems.set(i, e);
      return undefined;
    }
  });
  const [first] = problems;
  if (first && !ctx.continueOnFail()) throw nodeErrorFor(node, first[1], first[0]);
  let verdicts: Array<IDataObject | undefined>;
  try {
    const [balance, limits] = await Promise.all([
      reads.balance(),
      reads.provider === 'runway' ? reads.tierLimits() : Promise.resolve(undefined),
    ]);
    verdicts = affordability(reads.provider, balance, jobs, { reserveUsd }, limits);
  } catch (e) {
    const error = nodeErrorFor(node, e);
    if (!ctx.continueOnFail()) throw error;
    // an item that could not be read keeps its own error; the others carry the provider's
    return [[], items.map((_, i) => failedItem(i, problems.has(i) ? nodeErrorFor(node, problems.get(i), i).message : error.message))];
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const verdict = verdicts[i];
    if (!verdict) {
      // an item that cannot be read is never affordable (Continue On Fail)
      notAffordable.push(failedItem(i, nodeErrorFor(node, problems.get(i), i).message));
      continue;
    }
    const routed = {
      json: { ...item.json, genspendAffordability: version < 2 ? verdict : withNumbers(verdict, FIGURES) },
      ...(item.binary ? { binary: item.binary } : {}),
      pairedItem: { item: i },
    };
    (verdict.affordable ? affordable : notAffordable).push(routed);
  }
  return [affordable, notAffordable];
}
