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

const OPERATORS: Readonly<Record<string, string>> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** Words for a condition, for "no rate matches" messages: `720p or 1080p`, `> 4`. */
export function describeCondition(condition: Condition): string {
  if (Array.isArray(condition)) return condition.map(String).join(' or ');
  if (typeof condition === 'object' && condition !== null) {
    const r = condition as Record<string, number | undefined>;
    return (['gt', 'gte', 'lt', 'lte'] as const)
      .filter((op) => r[op] !== undefined)
      .map((op) => `${OPERATORS[op]} ${r[op]}`)
      .join(' and ');
  }
  return String(condition);
}

/**
 * A rate's conditions in the catalog listing's short form, in the catalog's order:
 * { resolution: [720p, 1080p], seconds: { gt: 4, lte: 10 } } -> `resolution=720p|1080p seconds>4,seconds<=10`;
 * no conditions -> `-`.
 */
export function describeWhen(when: Readonly<Record<string, Condition>>): string {
  const parts = Object.entries(when).map(([k, c]) => {
    if (Array.isArray(c)) return `${k}=${c.join('|')}`;
    if (typeof c === 'object' && c !== null)
      return Object.entries(c as Record<string, number>)
        .map(([op, v]) => `${k}${OPERATORS[op] ?? op}${v}`)
        .join(',');
    return `${k}=${String(c)}`;
  });
  return parts.join(' ') || '-';
}
