import type { ScanLiteral } from '@genspend/core';

/**
 * What an expression in the scanned code evaluates to, as far as one file shows it: a literal,
 * an object or array of values, a reference to something an SDK import made, or unknown.
 * JavaScript and Python are both read into this, so the SDK rules (match.ts) are written once.
 */
export type Val =
  | { readonly k: 'lit'; readonly v: string | number | boolean | null }
  | { readonly k: 'obj'; readonly props: Map<string, Val>; readonly open: boolean }
  | { readonly k: 'arr'; readonly items: readonly Val[] }
  | { readonly k: 'ref'; readonly ref: Ref }
  | { readonly k: 'dyn' };

/** A value reached from an import: the module, then each member read and call made on the way. */
export interface Ref {
  readonly module: string;
  readonly steps: readonly Step[];
}
export type Step = { readonly name: string } | { readonly args: readonly Val[]; readonly kwargs: ReadonlyMap<string, Val> };

export const DYN: Val = Object.freeze({ k: 'dyn' });
export const lit = (v: string | number | boolean | null): Val => ({ k: 'lit', v });

/** A call found in the code: what is called, with what, and where. */
export interface FoundCall {
  readonly ref: Ref;
  /** The callee as written (`fal.subscribe`), for the report. */
  readonly callee: string;
  readonly args: readonly Val[];
  readonly kwargs: ReadonlyMap<string, Val>;
  readonly line: number;
  readonly column: number;
  /** The line the statement holding the call starts on: a directive comment above it applies. */
  readonly statementLine: number;
}

export const member = (v: Val | undefined, key: string): Val | undefined => {
  if (!v) return undefined;
  if (v.k === 'obj') return v.props.get(key) ?? (v.open ? DYN : undefined);
  if (v.k === 'ref') return { k: 'ref', ref: { module: v.ref.module, steps: [...v.ref.steps, { name: key }] } };
  if (v.k === 'dyn') return DYN;
  return undefined;
};

export const stringOf = (v: Val | undefined): string | undefined => (v?.k === 'lit' && typeof v.v === 'string' ? v.v : undefined);

/** The literal fields of an object value, and the paths of those that are not literal. */
export function literalFields(v: Val | undefined, prefix = ''): { values: Record<string, ScanLiteral>; dynamic: string[] } {
  const values: Record<string, ScanLiteral> = {};
  const dynamic: string[] = [];
  if (!v) return { values, dynamic };
  if (v.k !== 'obj') {
    dynamic.push(prefix ? prefix : '...');
    return { values, dynamic };
  }
  for (const [key, value] of v.props) {
    const path = prefix ? `${prefix}.${key}` : key;
    const literal = literalOf(value);
    if (literal !== undefined) values[key] = literal;
    else if (value.k === 'obj') {
      const inner = literalFields(value, path);
      values[key] = inner.values;
      dynamic.push(...inner.dynamic);
    } else dynamic.push(path);
  }
  if (v.open) dynamic.push(prefix ? `${prefix}....` : '...');
  return { values, dynamic };
}

/** The value as plain JSON data when every part of it is literal. */
export function literalOf(v: Val): ScanLiteral | undefined {
  switch (v.k) {
    case 'lit':
      return v.v;
    case 'arr': {
      const items: ScanLiteral[] = [];
      for (const item of v.items) {
        const l = literalOf(item);
        if (l === undefined) return undefined;
        items.push(l);
      }
      return items;
    }
    case 'obj': {
      if (v.open) return undefined;
      const out: Record<string, ScanLiteral> = {};
      for (const [key, value] of v.props) {
        const l = literalOf(value);
        if (l === undefined) return undefined;
        out[key] = l;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** 1-based line of each offset, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Source text shown in a report: one line, at most 80 characters. */
export function shownSource(text: string): string {
  // a chain broken over lines (`client.imageToVideo\n  .create`) reads as one
  const one = text
    .replace(/\s*\n\s*\./g, '.')
    .replace(/\s+/g, ' ')
    .trim();
  return one.length > 80 ? one.slice(0, 79) + '…' : one;
}

/**
 * Names bound in one function (or the module), so a `client` made in one function is not
 * confused with another's. Blocks do not get their own: within a function a name bound twice
 * is unknown, which errs on the side of `dynamic`.
 */
export class Scope<B> {
  readonly names = new Map<string, B[]>();
  readonly resolved = new Map<string, Val>();
  constructor(readonly parent?: Scope<B>) {}
  bind(name: string, b: B): void {
    const list = this.names.get(name);
    if (list) list.push(b);
    else this.names.set(name, [b]);
  }
  /** The nearest scope that binds the name. */
  find(name: string): Scope<B> | undefined {
    if (this.names.has(name)) return this;
    return this.parent?.find(name);
  }
}
