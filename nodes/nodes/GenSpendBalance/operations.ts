import { money, type Money } from '@genspend/core';
import type { ProviderId } from '@genspend/providers';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { affordability, balanceReport, burnReport, burnWindow, tierReport, type PricedJob } from '../shared/balance';
import { JobInputError, nodeErrorFor } from '../shared/errors';
import type { ProviderReads } from '../shared/reads';

function number(ctx: IExecuteFunctions, name: string, i: number, what: string, min = 0, max = Infinity): number {
  const value = ctx.getNodeParameter(name, i) as unknown;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new JobInputError(
      `Item ${i}: "${what}" must be a number from ${min}${max === Infinity ? ' up' : ` to ${max}`}, got ${JSON.stringify(value)}`,
      `set "${what}" on the node`,
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
        lowBalanceUsd: usd(number(ctx, 'lowBalanceUsd', i, 'Low Below (USD)')),
        criticalBalanceUsd: usd(number(ctx, 'criticalBalanceUsd', i, 'Critical Below (USD)')),
      };
      return balanceReport(provider, await reads.balance(), floors);
    }
    case 'getBurnRate': {
      const windowDays = number(ctx, 'windowDays', i, 'Window (Days)', 1, 90);
      if (!Number.isInteger(windowDays))
        throw new JobInputError(`Item ${i}: "Window (Days)" must be a whole number`, 'set a whole number of days');
      const lowDays = number(ctx, 'lowDays', i, 'Low Under (Days Left)');
      const criticalDays = number(ctx, 'criticalDays', i, 'Critical Under (Days Left)');
      if (criticalDays > lowDays) {
        throw new JobInputError(
          `Item ${i}: "Critical Under (Days Left)" (${criticalDays}) is more than "Low Under (Days Left)" (${lowDays})`,
          'make the critical threshold the smaller one',
        );
      }
      const settings = { windowDays, lowDays: usd(lowDays), criticalDays: usd(criticalDays), today: new Date().toISOString().slice(0, 10) };
      const [balance, usage] = await Promise.all([reads.balance(), reads.usage(burnWindow(settings))]);
      return burnReport(provider, balance, usage, settings);
    }
    case 'getTierLimits':
      return tierReport(await reads.tierLimits(), number(ctx, 'lowPercentLeft', i, 'Low Under (% of Daily Generations Left)', 0, 100));
    default:
      throw new JobInputError(`Unknown operation "${operation}"`, 'choose an operation on the node');
  }
}

/** `a.b` in an item's JSON. */
function at(json: IDataObject, path: string): unknown {
  let current: unknown = json;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as IDataObject)[key];
  }
  return current;
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** The job an item carries, as the GenSpend node wrote it. */
function pricedJob(json: IDataObject, field: string, provider: ProviderId, i: number): PricedJob {
  const estimate = at(json, field) as IDataObject | undefined;
  if (estimate === null || typeof estimate !== 'object') {
    throw new JobInputError(
      `Item ${i}: no \`${field}\` estimate on the item`,
      `put a GenSpend node before this one, or set "Estimate Field" to where the item holds its estimate`,
    );
  }
  if (estimate.provider !== undefined && estimate.provider !== provider) {
    throw new JobInputError(
      `Item ${i}: the job is priced for ${String(estimate.provider)}, but this node checks ${provider}`,
      `route items by provider first, e.g. a Switch on {{ $json.${field}.provider }}`,
    );
  }
  const cost = typeof estimate.costUsd === 'number' ? String(estimate.costUsd) : estimate.costUsd;
  if (typeof cost !== 'string' || !DECIMAL.test(cost)) {
    throw new JobInputError(
      `Item ${i}: \`${field}.costUsd\` must be a decimal number of dollars, got ${JSON.stringify(estimate.costUsd)}`,
      'price the item with a GenSpend node first',
    );
  }
  const runs = typeof estimate.runs === 'string' && DECIMAL.test(estimate.runs) ? money(estimate.runs) : money(1);
  return { costUsd: money(cost), runs, ...(typeof estimate.model === 'string' ? { model: estimate.model } : {}) };
}

/** Check Affordability: the incoming items routed to Affordable or Not Affordable. */
export async function checkAffordability(ctx: IExecuteFunctions, reads: ProviderReads): Promise<INodeExecutionData[][]> {
  const node = ctx.getNode();
  const items = ctx.getInputData();
  const affordable: INodeExecutionData[] = [];
  const notAffordable: INodeExecutionData[] = [];
  const field = String(ctx.getNodeParameter('estimateField', 0, 'genspend')).trim() || 'genspend';
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
    const reserveUsd = usd(number(ctx, 'reserveUsd', 0, 'Keep at Least (USD)'));
    const [balance, limits] = await Promise.all([
      reads.balance(),
      reads.provider === 'runway' ? reads.tierLimits() : Promise.resolve(undefined),
    ]);
    verdicts = affordability(reads.provider, balance, jobs, { reserveUsd }, limits);
  } catch (e) {
    const error = nodeErrorFor(node, e);
    if (!ctx.continueOnFail()) throw error;
    return [[], items.map((item, i) => ({ json: { ...item.json, error: error.message }, pairedItem: { item: i } }))];
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const verdict = verdicts[i];
    if (!verdict) {
      // an item that cannot be read is never affordable (Continue On Fail)
      notAffordable.push({ json: { ...item.json, error: nodeErrorFor(node, problems.get(i), i).message }, pairedItem: { item: i } });
      continue;
    }
    const routed = {
      json: { ...item.json, genspendAffordability: verdict },
      ...(item.binary ? { binary: item.binary } : {}),
      pairedItem: { item: i },
    };
    (verdict.affordable ? affordable : notAffordable).push(routed);
  }
  return [affordable, notAffordable];
}
