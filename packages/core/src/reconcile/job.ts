import type { Catalog } from '../catalog/catalog.js';
import { GenspendError } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { creditValue, inUsd } from '../forecast/credits.js';
import { Decimal, difference, formatPercent, formatUsd, money, ONE, quotient, type DecimalValue } from '../money.js';
import { DEFAULT_MAX_VARIANCE } from './reconcile.js';

/**
 * One finished job's bill as the providers package reads it (`JobCost`): USD (fal, Runware),
 * credits (Runway) or worker milliseconds (Runpod), as exact decimal strings.
 */
export interface JobBill {
  provider: string;
  id: string;
  state: 'finished' | 'pending';
  status?: string;
  amountUsd?: string;
  credits?: string;
  estimatedCredits?: string;
  executionMs?: string;
  delayMs?: string;
  model?: string;
  units?: { unit?: string; quantity: string; unitPrice?: string };
}

/** Runpod: what the job ran on, to price its worker time (the status answer does not say). */
export interface JobHardware {
  /** The endpoint's GPU: a pool id (`ADA_24`) or a GPU name, as a workload's `model` takes it. */
  gpu?: string;
  gpuCount?: DecimalValue;
  worker?: 'flex' | 'active';
}

/** Quoted against billed for one job: all money exact. */
export interface JobComparison {
  provider: string;
  id: string;
  /** finished and judged (pass/fail), still running (pending), or nothing to judge it against (unquoted). */
  verdict: 'pass' | 'fail' | 'pending' | 'unquoted';
  status?: string;
  quotedUsd: Decimal | null;
  /** null while the job is pending. */
  billedUsd: Decimal | null;
  /** Runway: the bill in credits. */
  billedCredits?: Decimal;
  /**
   * Runpod: the most the job can have billed, counting its delay as a cold start (the status
   * gives queue time and cold start as one `delayTime`; queue time is not billed).
   */
  billedHighUsd?: Decimal;
  /** billed minus quoted. */
  differenceUsd: Decimal | null;
  /** billed / quoted; null when nothing was quoted or the quote is $0. */
  ratio: Decimal | null;
  /** Percent, billed against quoted: +20 when $0.03 was billed for a $0.025 quote. */
  variancePercent: Decimal | null;
  /** The percent the bill may be off by. */
  maxVariance: Decimal;
  /** true when the bill is further from the quote than `maxVariance` (a bill for a $0 quote always is). */
  over: boolean;
  /** How the bill was read or priced, in words (Runway credits at the catalog's value, Runpod seconds at the GPU rate). */
  basis: string[];
  /** Why it failed, or why it could not be judged. */
  reasons: string[];
}

/**
 * Sets one quote against one bill: difference, ratio and variance, exactly; `over` when the bill
 * is further than `maxVariance` percent from the quote. $0.046 quoted and $0.60 billed:
 * +$0.554, ratio 13.0435, +1204.3%.
 */
export function compareCost(
  quotedUsd: Decimal,
  billedUsd: Decimal,
  maxVariance: Decimal,
): { differenceUsd: Decimal; ratio: Decimal | null; variancePercent: Decimal | null; over: boolean } {
  const differenceUsd = difference(billedUsd, quotedUsd);
  if (quotedUsd.isZero()) return { differenceUsd, ratio: null, variancePercent: null, over: !billedUsd.isZero() };
  const variancePercent = quotient(differenceUsd.times(100), quotedUsd);
  return { differenceUsd, ratio: quotient(billedUsd, quotedUsd), variancePercent, over: variancePercent.abs().greaterThan(maxVariance) };
}

/**
 * A bill in USD: fal and Runware as billed; Runway's credits at the catalog's credit value; a
 * Runpod job's execution time at the endpoint's GPU rate from the catalog, rounded up to whole
 * seconds as Runpod bills it (12,450 ms on ADA_24: 13 s x $0.00031 = $0.00403).
 */
export function billedUsd(
  bill: JobBill,
  catalog: Catalog,
  hardware: JobHardware = {},
): { usd: Decimal; credits?: Decimal; highUsd?: Decimal; basis: string[] } {
  switch (bill.provider) {
    case 'runway': {
      if (bill.credits === undefined) throw new GenspendError(`runway task ${bill.id}: the bill has no credits`);
      const usd = inUsd(catalog, 'runway', { credits: bill.credits });
      return {
        usd,
        credits: money(bill.credits),
        basis: [`${bill.credits} credits x $${creditValue(catalog, 'runway')!.toFixed()} a credit`],
      };
    }
    case 'runpod':
      return runpodUsd(bill, catalog, hardware);
    default:
      if (bill.amountUsd === undefined) throw new GenspendError(`${bill.provider} job ${bill.id}: the bill has no amount`);
      return { usd: money(bill.amountUsd), basis: [] };
  }
}

function runpodUsd(bill: JobBill, catalog: Catalog, hardware: JobHardware) {
  const gpu = hardware.gpu?.trim();
  if (!gpu)
    throw new GenspendError(
      `runpod job ${bill.id}: pricing its worker time needs the endpoint's GPU`,
      undefined,
      'give `gpu` with the job: the pool id (ADA_24) or GPU name the endpoint runs on',
    );
  const seconds = (ms: string) => quotient(money(ms), 1000);
  const price = (ms: string) => {
    const attributes = {
      runs: ONE,
      seconds: seconds(ms),
      worker: hardware.worker ?? 'flex',
      ...(hardware.gpuCount !== undefined ? { gpuCount: money(hardware.gpuCount) } : {}),
    };
    const e = estimateWorkload({ name: `job ${bill.id}`, provider: 'runpod', model: gpu, attributes }, catalog, 'month');
    if (e.cost === null)
      throw new GenspendError(
        `runpod job ${bill.id}: GPU ${JSON.stringify(gpu)} has no price${e.unpriced ? `: ${e.unpriced}` : ''}`,
        undefined,
        'give the pool id or GPU name of the endpoint, e.g. ADA_24 or H100 PRO',
      );
    return e;
  };
  const executionMs = bill.executionMs ?? '0';
  const low = price(executionMs);
  const line = low.lines[0];
  const rate = line?.rate?.amount ? `$${line.rate.amount} per GPU-second` : 'the GPU rate';
  const basis = [`${seconds(executionMs).toFixed()} s of execution on ${gpu}, billed as ${line?.billedQuantity ?? '?'} s at ${rate}`];
  const delay = bill.delayMs !== undefined && !money(bill.delayMs).isZero() ? bill.delayMs : undefined;
  if (!delay) return { usd: low.cost!, basis };
  const high = price(money(executionMs).plus(delay).toFixed());
  basis.push(
    `up to ${formatJobUsd(high.cost!)} if its ${seconds(delay).toFixed()} s delay was a cold start (queue time is not billed; idle time is the worker's, not the job's)`,
  );
  return { usd: low.cost!, highUsd: high.cost!, basis };
}

/**
 * One job's USD for people: up to 6 significant digits and at least cents, so a quote of $0.046
 * is not shown as $0.05 beside a bill of $0.60 ("$0.046", "$0.00403", "$0.60", "$1,204.50").
 */
export function formatJobUsd(value: Decimal, options: { sign?: boolean } = {}): string {
  if (value.abs().greaterThanOrEqualTo(1000)) return formatUsd(value, options);
  const digits = value.abs().toSignificantDigits(6, Decimal.ROUND_HALF_UP);
  const text = digits.decimalPlaces() < 2 ? digits.toFixed(2) : digits.toFixed();
  const sign = value.isNegative() && !value.isZero() ? '-' : options.sign && value.greaterThan(0) ? '+' : '';
  return `${sign}$${text}`;
}

export interface CompareJobInput {
  bill: JobBill;
  /** USD the job was quoted at, exact (a string like the GenSpend node's `costUsdExact`); absent: not judged. */
  quotedUsd?: DecimalValue | null;
  hardware?: JobHardware;
}

/** A job's quote against its bill; `maxVariance` in percent, default 25. */
export function compareJob(input: CompareJobInput, catalog: Catalog, options: { maxVariance?: Decimal } = {}): JobComparison {
  const { bill } = input;
  const maxVariance = options.maxVariance ?? money(DEFAULT_MAX_VARIANCE);
  const quotedUsd = input.quotedUsd === undefined || input.quotedUsd === null ? null : money(input.quotedUsd);
  const base = {
    provider: bill.provider,
    id: bill.id,
    ...(bill.status !== undefined ? { status: bill.status } : {}),
    quotedUsd,
    maxVariance,
  };
  if (bill.state === 'pending')
    return {
      ...base,
      verdict: 'pending',
      billedUsd: null,
      differenceUsd: null,
      ratio: null,
      variancePercent: null,
      over: false,
      basis: [],
      reasons: [`not finished (${bill.status ?? 'pending'}): its bill is not final yet`],
    };
  const billed = billedUsd(bill, catalog, input.hardware);
  const extra = {
    ...(billed.credits !== undefined ? { billedCredits: billed.credits } : {}),
    ...(billed.highUsd !== undefined ? { billedHighUsd: billed.highUsd } : {}),
  };
  if (quotedUsd === null)
    return {
      ...base,
      ...extra,
      verdict: 'unquoted',
      billedUsd: billed.usd,
      differenceUsd: null,
      ratio: null,
      variancePercent: null,
      over: false,
      basis: billed.basis,
      reasons: ['no quote to compare the bill with'],
    };
  const c = compareCost(quotedUsd, billed.usd, maxVariance);
  const reasons = c.over
    ? [
        `billed ${formatJobUsd(billed.usd)} against ${formatJobUsd(quotedUsd)} quoted: ${c.variancePercent ? formatPercent(c.variancePercent, { sign: true }) : 'a bill for a $0 quote'}, more than the ${maxVariance.toFixed()}% allowed`,
      ]
    : [];
  return { ...base, ...extra, verdict: c.over ? 'fail' : 'pass', billedUsd: billed.usd, ...c, basis: billed.basis, reasons };
}
