import { Decimal } from '../money.js';
import { inInterval } from '../catalog/check.js';
import type { Condition } from '../catalog/schema.js';
import type { AttributeValue } from './types.js';

/** Whether an attribute value satisfies a catalog condition. Strings compare case-insensitively. */
export function conditionMatches(condition: Condition, value: AttributeValue): boolean {
  if (Array.isArray(condition)) return condition.some((c) => conditionMatches(c, value));
  if (typeof condition === 'object' && condition !== null) {
    const number = toDecimal(value);
    if (!number) return false;
    const r = condition as { gt?: number; gte?: number; lt?: number; lte?: number };
    const lo = r.gt ?? r.gte;
    const hi = r.lt ?? r.lte;
    return inInterval(number, {
      lo: lo === undefined ? new Decimal(-Infinity) : new Decimal(lo),
      loOpen: r.gt !== undefined,
      hi: hi === undefined ? new Decimal(Infinity) : new Decimal(hi),
      hiOpen: r.lt !== undefined,
    });
  }
  if (typeof condition === 'boolean') return value === condition;
  if (typeof condition === 'number') {
    const number = toDecimal(value);
    return number !== undefined && number.equals(condition);
  }
  return typeof value === 'string' && value.trim().toLowerCase() === condition.toLowerCase();
}

function toDecimal(value: AttributeValue): Decimal | undefined {
  if (value instanceof Decimal) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return new Decimal(value.trim());
  return undefined;
}

/** Words for a condition, for "no rate matches" messages: `720p or 1080p`, `> 4`. */
export function describeCondition(condition: Condition): string {
  if (Array.isArray(condition)) return condition.map(String).join(' or ');
  if (typeof condition === 'object' && condition !== null) {
    const r = condition as { gt?: number; gte?: number; lt?: number; lte?: number };
    return [
      r.gt !== undefined && `> ${r.gt}`,
      r.gte !== undefined && `>= ${r.gte}`,
      r.lt !== undefined && `< ${r.lt}`,
      r.lte !== undefined && `<= ${r.lte}`,
    ]
      .filter(Boolean)
      .join(' and ');
  }
  return String(condition);
}
