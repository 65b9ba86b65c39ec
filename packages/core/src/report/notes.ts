import type { CostRange, Estimate, EstimateLine, RateRef, WorkloadEstimate } from '../estimate/types.js';
import { PERIOD_HOURS } from '../estimate/usage.js';
import { formatQuantity, formatUsd, money } from '../money.js';

/** Every workload of an estimate, in manifest order. */
export const workloadsOf = (e: Estimate | null | undefined): WorkloadEstimate[] => e?.manifests.flatMap((m) => m.workloads) ?? [];

/** The footnote: what the numbers rest on. Deduplicated, in a stable order. */
export function assumptionsOf(estimate: Estimate): string[] {
  const out = new Set<string>();
  out.add(`a ${estimate.period} is ${PERIOD_HOURS[estimate.period]} hours; usage (runs, seconds, sizes) is as declared in the manifest`);
  for (const w of workloadsOf(estimate)) for (const a of w.assumptions) out.add(`${w.name}: ${a}`);
  const modeled = workloadsOf(estimate).filter((w) => w.basis === 'modeled').length;
  if (modeled)
    out.add(
      `${modeled} workload${modeled === 1 ? ' is' : 's are'} priced from a model of the provider's measured runs, not a published rate`,
    );
  for (const w of workloadsOf(estimate))
    if (w.credits !== null && w.creditUsd) out.add(`Runway credits are converted at $${w.creditUsd.toFixed()} per credit`);
  return [...out];
}

export function warningsOf(estimate: Estimate): string[] {
  const out = new Set<string>();
  for (const w of workloadsOf(estimate)) for (const warning of w.warnings) out.add(`${w.name}: ${warning}`);
  return [...out];
}

const UNIT_WORDS: Record<string, string> = {
  image: 'image',
  megapixel: 'MP',
  video: 'video',
  video_second: 's',
  audio_second: 's audio',
  character: 'chars',
  request: 'request',
  gpu_second: 'GPU-s',
  gb_month: 'GB-month',
  video_token: 'video tokens',
  runner_second: 'GPU-s',
};

/** "20,000 x 3 GPU-s @ $0.00116 per GPU-s" style description of a line's usage and rate. */
export function describeLine(l: EstimateLine): { usage: string; rate: string } {
  const unit = UNIT_WORDS[l.unit] ?? l.unit;
  const plural = l.quantity.equals(1) || !['image', 'video', 'request'].includes(unit) ? unit : `${unit}s`;
  const usage =
    l.quantity === l.billedQuantity || l.quantity.equals(l.billedQuantity)
      ? `${formatQuantity(l.billedQuantity)} ${plural}`
      : `${formatQuantity(l.quantity)} ${plural}, billed ${formatQuantity(l.billedQuantity)}`;
  return { usage, rate: describeRate(l.rate, unit) };
}

/** The rate half of describeLine, once per RateRef: most lines share theirs with many others. */
const rateWords = new WeakMap<RateRef, { unit: string; words: string }>();
function describeRate(rate: RateRef, unit: string): string {
  let known = rateWords.get(rate);
  if (known?.unit !== unit) rateWords.set(rate, (known = { unit, words: rateInWords(rate, unit) + priceSourceWords(rate) }));
  return known.words;
}

/** A line priced by the price file says so; the rest are the built-in catalog's. */
function priceSourceWords(rate: RateRef): string {
  if (rate.priceSource === 'catalog') return '';
  return rate.discount ? ` (catalog less ${rate.discount}, ${rate.priceSource})` : ` (${rate.priceSource})`;
}

function rateInWords(rate: RateRef, unit: string): string {
  const per = rate.per === '1' ? unit : `${formatQuantity(money(rate.per))} ${unit}`;
  if (rate.amount === null) {
    const symbol = rate.currency === 'credits' ? '' : '$';
    const tiers = (rate.tiers ?? []).map(
      (t) => `${symbol}${money(t.amount).toFixed()}${t.upTo ? ` to ${formatQuantity(money(t.upTo))}` : ' beyond'}`,
    );
    return `${tiers.join(', ')} per ${per}`;
  }
  // a modeled price can have many digits: show 5 significant ones, marked as approximate
  const price = money(rate.amount);
  const shown = price.toSignificantDigits(5);
  const approx = shown.equals(price) ? '' : '~';
  const amount =
    rate.currency === 'credits' ? `${approx}${shown.toFixed()} ${shown.equals(1) ? 'credit' : 'credits'}` : `${approx}$${shown.toFixed()}`;
  if (rate.included) {
    const block = rate.currency === 'credits' ? `${rate.included.amount} credits` : `$${money(rate.included.amount).toFixed()}`;
    return `${block} for the first ${formatQuantity(money(rate.included.quantity))} ${unit} of each request, then ${amount} per ${per}`;
  }
  return `${amount} per ${per}`;
}

export function costCell(w: WorkloadEstimate): string {
  if (w.cost === null) return 'unpriced';
  const cost = w.credits !== null ? `${formatUsd(w.cost)} (${formatQuantity(w.credits)} cr)` : formatUsd(w.cost);
  return cost + rangeWords(w.range);
}

/** " (range $1.21 to $3.80)" after an uncertain figure; "" after a firm one. */
export function rangeWords(range: CostRange | undefined): string {
  return range ? ` (range ${formatUsd(range.low)} to ${formatUsd(range.high)})` : '';
}
