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
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

export const ZERO = new Money(0);
export const ONE = new Money(1);

export function money(value: DecimalValue): Decimal {
  return new Money(value);
}

/** Exact decimal string for machine output: no exponent, no trailing zeros ("0.00348", "412"). */
export function exact(value: Decimal): string {
  return value.toFixed();
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
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
  if (!abs.isZero() && abs.lessThan('0.01')) {
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
