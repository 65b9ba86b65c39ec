import DecimalModule from 'decimal.js';

/**
 * decimal.js ships CommonJS-style types, so under NodeNext its default import is typed as the
 * module namespace; at run time (ESM, or CommonJS through a bundler) it is the class itself.
 */
export const Decimal = DecimalModule as unknown as typeof DecimalModule.Decimal;
export type Decimal = DecimalModule.Decimal;
export type DecimalValue = string | number | Decimal;

/**
 * One Decimal configuration for all money in genspend. Rounding happens in two places only:
 * at output, through the named rules below, and in a quotient that does not end (1/7, 168/730),
 * kept to QUOTIENT_DIGITS; never in a sum (see `sum`). PRECISION bounds products and
 * differences, so it is set for the widest figure a manifest within the schema's limits makes:
 *
 *   a line: a quotient (40 digits: Runware's $0.0038 x 30/28 steps = $0.00407142857...)
 *     x runs (up to 1e12, written with up to 6 decimals: 19 digits) x results (up to 1e4: 5)
 *     = 64 significant digits;
 *   a total: at most 1e6 workloads a manifest, each under $1e25 (1e12 runs x 1e4 results
 *     x 1e7 s x 85 credits/s of Veo 3 with both Runway surcharges), is under $1e31, and its
 *     smallest term's last digit is above 1e-57 (a 40-digit quotient over $1e-12 times a
 *     6-decimal run count): head minus base spans at most 31 + 57 = 88 digits.
 *
 * 100 digits covers both with room to spare and costs nothing there: decimal.js adds and
 * multiplies the digits a number has, whatever the precision (divisions, which would pay for
 * it, go through `quotient`).
 */
const PRECISION = 100;
/** Significant digits kept of a quotient that does not terminate (as genspend kept before). */
const QUOTIENT_DIGITS = 40;
export const Money = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;
const Quotient = Money.clone({ precision: QUOTIENT_DIGITS });
/**
 * Addition is exact at the width of its terms, so sums add without a precision limit: a sum of
 * $3,200,000,000,000 (1e12 Veo 3 runs) and $0.00000000116 keeps all 24 digits, where 40-digit
 * arithmetic dropped the last ones of a modeled 40-digit cost beside it. It costs the digits the
 * terms have, nothing more.
 */
const Unbounded = Money.clone({ precision: 1e9 });

export const ZERO = new Money(0);
export const ONE = new Money(1);
const CENT = new Money('0.01');

export function money(value: DecimalValue): Decimal {
  return new Money(value);
}

/** Exact decimal string for machine output: no exponent, no trailing zeros ("0.00348", "412"). */
export function exact(value: Decimal): string {
  return value.toFixed();
}

/** a − b exactly, whatever their magnitudes (a change between two totals is never rounded). */
export function difference(a: Decimal, b: Decimal): Decimal {
  return sum([a, b.negated()]);
}

/** The exact sum of the values, however far apart their magnitudes: a total is never rounded. */
export function sum(values: Iterable<Decimal>): Decimal {
  let first: Decimal | undefined;
  let total: Decimal | undefined;
  for (const v of values) {
    if (first === undefined) first = v;
    else total = (total ?? new Unbounded(first)).plus(v);
  }
  if (total) return new Money(total); // the constructor copies every digit; it does not round
  if (first === undefined) return ZERO;
  return first.constructor === Money ? first : new Money(first);
}

/**
 * a / b to QUOTIENT_DIGITS significant digits, half-up: 168/730 = 0.2301369863013698630136986301369863013699.
 * A quotient that ends does so within them for manifests within the schema's limits (numbers
 * written with up to 6 decimals): the widest is about 35 digits, 1e12 runs x 1e7 seconds of
 * audio / 2 (a per-2-seconds rate); pixels per megapixel add 20 digits to a 10-digit
 * numerator (100,000 x 100,000 / 1,048,576 = 9536.7431640625).
 */
export function quotient(a: Decimal, b: DecimalValue): Decimal {
  return new Money(new Quotient(a).dividedBy(b));
}

/**
 * `a.times(b)`, without the multiplication when one side is the ONE constant and the other is
 * within the precision: the product would be that number (usage counts multiply by 1 often).
 */
export function times(a: Decimal, b: Decimal): Decimal {
  if (b === ONE && a.precision() <= PRECISION) return a;
  if (a === ONE && b.precision() <= PRECISION) return b;
  return a.times(b);
}

/**
 * Display rule `usd-cents`: round half-up to cents. A non-zero amount under one cent would
 * print as $0.00 and read as free, so it keeps 2 significant digits instead:
 * 0.00348 -> "$0.0035", 1234.5678 -> "$1,234.57".
 */
export function formatUsd(value: Decimal, options: { sign?: boolean } = {}): string {
  const negative = value.isNegative() && !value.isZero();
  const abs = value.abs();
  let body: string;
  if (!abs.isZero() && abs.lessThan(CENT)) {
    body = abs.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed();
  } else {
    body = groupThousands(abs.toFixed(2, Decimal.ROUND_HALF_UP));
  }
  const sign = negative ? '-' : options.sign ? '+' : '';
  return `${sign}$${body}`;
}

/** Display rule `credits`: credits are whole units on Runway's side; fractions (from per-50-character rates) keep 2 places. */
export function formatCredits(value: Decimal, options: { sign?: boolean } = {}): string {
  const negative = value.isNegative() && !value.isZero();
  const abs = value.abs();
  const body = abs.isInteger() ? groupThousands(abs.toFixed(0)) : groupThousands(abs.toFixed(2, Decimal.ROUND_HALF_UP));
  const sign = negative ? '-' : options.sign ? '+' : '';
  return `${sign}${body} credits`;
}

/** Display rule `percent-1dp`: one decimal place, half-up: 504.999 -> "+505.0%". */
export function formatPercent(value: Decimal, options: { sign?: boolean } = {}): string {
  const body = value.toFixed(1, Decimal.ROUND_HALF_UP);
  const sign = options.sign && value.greaterThan(0) ? '+' : '';
  return `${sign}${body}%`;
}

/** Plain quantity for tables: exact, thousands grouped ("30,000", "2.3"). */
export function formatQuantity(value: Decimal): string {
  return groupThousands(value.toFixed());
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [int = '0', frac] = unsigned.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
