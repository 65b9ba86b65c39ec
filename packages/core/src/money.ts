import DecimalModule from 'decimal.js';

/**
 * decimal.js ships CommonJS-style types, so under NodeNext its default import is typed as the
 * module namespace; at run time (ESM, or CommonJS through a bundler) it is the class itself.
 */
export const Decimal = DecimalModule as unknown as typeof DecimalModule.Decimal;
export type Decimal = DecimalModule.Decimal;
export type DecimalValue = string | number | Decimal;

/**
 * One Decimal configuration for all money in genspend. 40 significant digits keeps
 * every product of a catalog rate (at most ~10 digits) and a usage figure (at most
 * ~15 digits) exact; rounding happens once, at output, through the named rules below.
 */
const PRECISION = 40;
export const Money = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

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

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  // 0 + v is v itself unless rounding to the precision changes it: no addition for the first term
  for (const v of values) total = total === ZERO && !v.isZero() && v.precision() <= PRECISION ? v : total.plus(v);
  return total;
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
