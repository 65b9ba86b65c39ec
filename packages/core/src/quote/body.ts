import { closest, GenspendError, type ProblemDetail } from '../errors.js';
import { ATTRIBUTE_RULES, type AttributeName } from '../manifest/fields.js';
import { Decimal, money } from '../money.js';
import type { AttributeValue } from '../estimate/types.js';

/**
 * What a request body may be before a quote reads it. Real bodies are small (a fal input is a
 * dozen fields, a Runware batch a few tasks); these bounds refuse a pasted log or an attack
 * before any field is read, and keep the walk below iterative and short.
 */
export const QUOTE_LIMITS = {
  /** Levels of nesting; a Runway body nests 4, a Runware task with provider settings 5. */
  maxDepth: 32,
  /** Values in the whole body, counting every array item and object field. */
  maxNodes: 100_000,
  /** Items of any one array (a Runware batch, reference images). */
  maxArrayItems: 1_000,
  /** Characters of any one string (a text-to-speech script is priced by its length). */
  maxStringLength: 1_000_000,
} as const;

/** Keys that name an object's machinery rather than a field: refused wherever they appear. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface BodyContext {
  /** What the body came from (a file name, `-` for stdin, `request` when not said). */
  file: string;
}

/** A problem in the body at a field path (`input.image_size`). */
export function fieldError(ctx: BodyContext, path: string, message: string, fix?: string, detail?: ProblemDetail): GenspendError {
  return new GenspendError(message, { file: ctx.file, ...(path ? { path } : {}) }, fix, detail);
}

const PATHS = new Map<string, Map<string | number, string>>();

/**
 * A field's path (`input.image_size`, `[2].model`). Bodies repeat the same paths, and a quote
 * looks each up in sets and maps: the same string each time is hashed once, not once per quote.
 */
export function join(prefix: string, key: string | number): string {
  if (!prefix && typeof key === 'string') return key;
  let paths = PATHS.get(prefix);
  if (!paths) {
    if (PATHS.size >= 256) PATHS.clear();
    PATHS.set(prefix, (paths = new Map()));
  }
  let path = paths.get(key);
  if (path === undefined) {
    if (paths.size >= 256) paths.clear();
    paths.set(key, (path = typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key));
  }
  return path;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What a found value is, in a message: `"two"`, `a list`, `an object`. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return String(value);
}

/** A value on the walk's stack: its path is built from its parent's only when a problem is reported. */
interface Visit {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Visit | undefined;
  readonly depth: number;
}

function pathOf(visit: Visit, root: string): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v && v.key !== undefined; v = v.parent) keys.push(v.key);
  let path = root;
  for (let i = keys.length - 1; i >= 0; i--) path = join(path, keys[i]!);
  return path;
}

/**
 * Refuses a body that is not plain JSON data within QUOTE_LIMITS, naming the first offending
 * field. The walk is iterative, so a body nested a million levels cannot overflow the stack;
 * a field's path is put together only for the error that names it.
 */
export function checkBody(body: unknown, ctx: BodyContext, root = ''): void {
  const stack: Visit[] = [{ value: body, key: undefined, parent: undefined, depth: 0 }];
  let nodes = 0;
  while (stack.length) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (++nodes > QUOTE_LIMITS.maxNodes) {
      throw fieldError(
        ctx,
        root,
        `the request holds more than ${QUOTE_LIMITS.maxNodes} values`,
        'quote the request itself, not a log of many',
      );
    }
    if (depth > QUOTE_LIMITS.maxDepth) {
      throw fieldError(
        ctx,
        pathOf(visit, root),
        `nested deeper than ${QUOTE_LIMITS.maxDepth} levels`,
        'send the request body as the provider takes it',
      );
    }
    // undefined is what JSON leaves out: a JS caller's `{ steps: undefined }` is a body without steps
    if (value === null || value === undefined || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw fieldError(ctx, pathOf(visit, root), `expected a finite number, got ${String(value)}`);
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > QUOTE_LIMITS.maxStringLength)
        throw fieldError(
          ctx,
          pathOf(visit, root),
          `text of ${value.length} characters, over the ${QUOTE_LIMITS.maxStringLength}-character limit`,
        );
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > QUOTE_LIMITS.maxArrayItems)
        throw fieldError(
          ctx,
          pathOf(visit, root),
          `a list of ${value.length} items, over the ${QUOTE_LIMITS.maxArrayItems}-item limit`,
          'split the batch',
        );
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit, depth: depth + 1 });
      continue;
    }
    if (!isObject(value))
      throw fieldError(
        ctx,
        pathOf(visit, root),
        `expected JSON data, got ${typeof value === 'object' ? 'an object of another kind' : typeof value}`,
      );
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(key))
        throw fieldError(
          ctx,
          join(pathOf(visit, root), key),
          `\`${key}\` is not a request field`,
          'remove it: it names object machinery, not a parameter',
        );
      const child = value[key];
      // a leaf within the limits needs no visit of its own: only its count
      if (
        child === null ||
        child === undefined ||
        typeof child === 'boolean' ||
        (typeof child === 'string' && child.length <= QUOTE_LIMITS.maxStringLength) ||
        (typeof child === 'number' && Number.isFinite(child))
      ) {
        if (depth + 1 <= QUOTE_LIMITS.maxDepth && ++nodes <= QUOTE_LIMITS.maxNodes) continue;
        nodes--;
      }
      stack.push({ value: child, key, parent: visit, depth: depth + 1 });
    }
  }
}

/** A body's value as the genspend attribute it feeds, checked as the manifest checks it (fields.ts). */
export function attributeValue(attribute: AttributeName, raw: unknown, ctx: BodyContext, path: string): AttributeValue {
  const rule = ATTRIBUTE_RULES[attribute];
  switch (rule.type) {
    case 'boolean':
      if (typeof raw !== 'boolean') throw fieldError(ctx, path, `expected true or false, got ${shown(raw)}`);
      return raw;
    case 'text':
    case 'enum':
      if (typeof raw !== 'string' || raw.trim() === '') throw fieldError(ctx, path, `expected a string, got ${shown(raw)}`);
      return raw.trim();
    case 'decimal': {
      // a value already checked for this attribute is the same Decimal again (Decimals are immutable)
      const known = typeof raw === 'number' || typeof raw === 'string' ? CHECKED[attribute]?.get(raw) : undefined;
      if (known) return known;
      const n =
        typeof raw === 'number'
          ? decimalOf(raw)
          : typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim())
            ? money(raw.trim())
            : undefined;
      const b = bounds(attribute, rule);
      if (!n) throw fieldError(ctx, path, `expected ${b.what} from ${rule.min} to ${rule.max}, got ${shown(raw)}`);
      if (n.lessThan(b.min) || n.greaterThan(b.max) || (b.integer && !n.isInteger()))
        throw fieldError(ctx, path, `expected ${b.what} from ${rule.min} to ${rule.max}, got ${n.toFixed()}`);
      remember(attribute, raw as number | string, n);
      return n;
    }
  }
}

/**
 * Numbers and numeric text a body gave that passed an attribute's check, by attribute: bodies
 * repeat the same few (1024, "5", 28), so each is parsed and bounds-checked once. Bounded, and
 * only values that passed are kept, so every refusal is still reported where it is sent.
 */
const CHECKED: Partial<Record<AttributeName, Map<number | string, Decimal>>> = {};
function remember(attribute: AttributeName, raw: number | string, n: Decimal): void {
  const known = (CHECKED[attribute] ??= new Map());
  if (known.size >= 1024) known.clear();
  known.set(raw, n);
}

/** Each numeric attribute's bounds as Decimals, parsed once: a quote checks every number a body sends. */
const BOUNDS = new Map<AttributeName, { min: Decimal; max: Decimal; integer: boolean; what: string }>();
function bounds(attribute: AttributeName, rule: { min: string; max: string; integer?: boolean }) {
  let b = BOUNDS.get(attribute);
  if (!b) {
    const integer = rule.integer === true;
    BOUNDS.set(attribute, (b = { min: money(rule.min), max: money(rule.max), integer, what: integer ? 'a whole number' : 'a number' }));
  }
  return b;
}

/**
 * A JSON number as an exact Decimal (as printed: 2.3 is 2.3). Bodies repeat the same few numbers
 * (1024, 5, 2), so recent ones are kept; Decimals are immutable, so sharing one is safe.
 */
const NUMBERS = new Map<number, Decimal>();
function decimalOf(n: number): Decimal {
  let d = NUMBERS.get(n);
  if (!d) {
    if (NUMBERS.size >= 4096) NUMBERS.clear();
    NUMBERS.set(n, (d = money(n)));
  }
  return d;
}

/** A string field that must be one of `allowed`, with "did you mean" on a near miss. */
export function oneOf(raw: unknown, allowed: readonly string[], ctx: BodyContext, path: string, what: string): string {
  if (typeof raw !== 'string') throw fieldError(ctx, path, `expected a ${what} (one of ${allowed.join(', ')}), got ${shown(raw)}`);
  if (allowed.includes(raw)) return raw;
  const suggestion = closest(raw, allowed);
  throw fieldError(
    ctx,
    path,
    `unknown ${what} ${JSON.stringify(raw)}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
    `use one of ${allowed.join(', ')}`,
    { value: raw, allowed, ...(suggestion ? { suggestion } : {}) },
  );
}

/** A duration as providers send it: 5, "5", "8s", "5.5". */
export function seconds(raw: unknown, ctx: BodyContext, path: string): Decimal {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().replace(/s$/i, '') : undefined;
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text))
    throw fieldError(ctx, path, `expected a duration in seconds (5, "5" or "5s"), got ${shown(raw)}`);
  return numberValue('seconds', text, ctx, path);
}

/** Characters of a text as a provider counts them: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A numeric attribute's value (width, seconds, results), checked as `attributeValue` checks it. */
export function numberValue(attribute: AttributeName, raw: unknown, ctx: BodyContext, path: string): Decimal {
  if (ATTRIBUTE_RULES[attribute].type !== 'decimal') throw new Error(`${attribute} is not a numeric attribute`);
  return attributeValue(attribute, raw, ctx, path) as Decimal;
}

/** A request body is JSON of at most this many characters (Runpod refuses async bodies over 10 MB). */
export const MAX_BODY_CHARS = 10_000_000;

/**
 * A request body from its JSON text, with a syntax error placed at its line and column
 * (`body.json:3: ...`). A body nested past what the parser can hold is refused, not a crash.
 */
export function parseRequestBody(text: string, file: string): unknown {
  if (text.length > MAX_BODY_CHARS)
    throw new GenspendError(
      `the request is ${text.length} characters, over the ${MAX_BODY_CHARS}-character limit`,
      { file },
      'quote one request body',
    );
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new GenspendError('the request is empty', { file }, 'give the JSON body the request sends');
  try {
    return JSON.parse(source) as unknown;
  } catch (e) {
    if (!(e instanceof SyntaxError)) {
      throw new GenspendError(
        `the request is nested too deeply to read`,
        { file },
        `send the body as the provider takes it (at most ${QUOTE_LIMITS.maxDepth} levels)`,
      );
    }
    const at = /position (\d+)/.exec(e.message);
    const position = at ? Number(at[1]) : undefined;
    const before = position === undefined ? undefined : source.slice(0, position);
    const line = before === undefined ? undefined : before.split('\n').length;
    const column = before === undefined ? undefined : before.length - before.lastIndexOf('\n');
    // V8 quotes the text around an error ("{"apiKey": "sk-..." is not valid JSON", cut short as ..."sk-..."... in a long body): a body may hold a key, so only the reason is kept
    const what = e.message
      .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
      .replace(/\s*(in JSON )?at position \d+.*$/s, '')
      .replace(/ \(line \d+ column \d+\)$/, '');
    return fail(file, line, `not valid JSON: ${what}${column !== undefined ? ` (column ${column})` : ''}`);
  }
}

function fail(file: string, line: number | undefined, message: string): never {
  throw new GenspendError(message, { file, ...(line !== undefined ? { line } : {}) }, 'give the JSON body the request sends');
}
