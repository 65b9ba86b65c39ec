import DecimalModule from 'decimal.js';
import { isLosslessNumber } from 'lossless-json';
import { z } from 'zod';

/**
 * decimal.js ships CommonJS-style types, so under NodeNext its default import is typed as the
 * module namespace; at run time (ESM, or CommonJS through a bundler) it is the class itself.
 */
const Decimal = DecimalModule as unknown as typeof DecimalModule.Decimal;

/**
 * The same Decimal settings as the core's money: 40 significant digits keep sums of provider
 * amounts exact; no exponent notation, so `toFixed()` always prints plain digits.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = DecimalModule.Decimal;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A JSON number as `decodeBody` gives it, as text: a number a double holds exactly through
 * `String(n)` (the shortest text that round-trips, 435.85 -> "435.85"), any other as the
 * provider's own digits (a LosslessNumber: 12345678901234567.89 stays "12345678901234567.89").
 */
export const numberTextSchema = z.union([
  z.number().transform((n) => String(n)),
  z.custom<{ value: string }>(isLosslessNumber, 'expected a number').transform((n) => n.value),
]);

/**
 * A money amount as the provider sent it, as an exact decimal string, from a JSON number or a
 * decimal string; Decimal only drops exponent notation (1e-7 -> "0.0000001"): no float
 * arithmetic touches the value.
 */
export const moneySchema = z
  .union([numberTextSchema, z.string().trim().regex(DECIMAL_TEXT, 'expected a decimal amount')])
  .transform((value) => new Dec(value).toFixed());
