import { Decimal } from '../money.js';
import { inInterval } from '../catalog/check.js';
import type { Condition } from '../catalog/schema.js';
import type { AttributeValue } from './types.js';

/** Whether an attribute value satisfies a catalog condition. Strings compare case-insensitively. */
export function conditionMatches(condition: Condition, value: AttributeValue): boolean {
  return compileCondition(condition)(value);
}

export type Matcher = (value: AttributeValue) => boolean;

/** A condition as a test of values, its numbers parsed once (the estimate plan keeps these per rate). */
export function compileCondition(condition: Condition): Matcher {
  if (Array.isArray(condition)) {
    const each = condition.map(compileCondition);
    return (value) => each.some((m) => m(value));
  }
  if (typeof condition === 'object' && condition !== null) {
    const r = condition as { gt?: number; gte?: number; lt?: number; lte?: number };
    const lo = r.gt ?? r.gte;
    const hi = r.lt ?? r.lte;
    const interval = {
      lo: lo === undefined ? new Decimal(-Infinity) : new Decimal(lo),
      loOpen: r.gt !== undefined,
      hi: hi === undefined ? new Decimal(Infinity) : new Decimal(hi),
      hiOpen: r.lt !== undefined,
    };
    return (value) => {
      const number = toDecimal(value);
      return number !== undefined && inInterval(number, interval);
    };
  }
  if (typeof condition === 'boolean') return (value) => value === condition;
  if (typeof condition === 'number') {
    const wanted = new Decimal(condition);
    return (value) => {
      const number = toDecimal(value);
      return number !== undefined && number.equals(wanted);
    };
  }
  const wanted = condition.toLowerCase();
  return (value) => typeof value === 'string' && value.trim().toLowerCase() === wanted;
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
