import {
  AMOUNT_FORM,
  GenspendError,
  GenspendErrors,
  parseBudgetAmount,
  parseMaxAge,
  PRICE_FILE_NAME,
  STALE_AFTER_DAYS,
  type Money,
  type PrRules,
} from '@genspend/core';
import { DEFAULT_DEADLINE_MS, PROVIDER_IDS, type ProviderId } from '@genspend/providers';

export const COMMENT_MODES = ['update', 'new', 'hide-and-new', 'delete-and-new', 'off'] as const;
export const COMMENT_ON = ['always', 'change', 'failure'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export type CommentOn = (typeof COMMENT_ON)[number];

export interface ActionInputs {
  /** Globs relative to the workspace; a leading `!` excludes. */
  readonly manifests: readonly string[];
  readonly token: string;
  readonly comment: CommentMode;
  readonly commentOn: CommentOn;
  readonly tag: string;
  /** PR-level rules: the whole pull request, every manifest together (manifests' own budgets still apply). */
  readonly pr: PrRules;
  readonly baseRef: string | undefined;
  /** The price file, relative to the workspace; `explicit` when the input named it (then it must exist). */
  readonly prices: { readonly file: string; readonly explicit: boolean };
  /** Days after which a rate counts as stale. */
  readonly maxPriceAge: number;
  /** What a model call the PR adds that no manifest declares does; unset: each manifest's `budget.undeclared` (default warn). */
  readonly undeclared: 'fail' | 'warn' | 'off' | undefined;
}

export const DEFAULT_MANIFESTS = '**/genspend.yml';
const MAX_TAG_LENGTH = 100;

/** A bad input value: the message names the input, what it expects and what it got. */
export class InputError extends GenspendError {}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input \`${name}\` must be one of ${allowed.join(', ')}, got ${shown(value)}`);
}

/** "500", "12.5" -> an exact Decimal; "" -> undefined (the manifest's own value applies). */
export function amount(name: string, value: string, what: string): Money | undefined {
  if (value === '') return undefined;
  const parsed = parseBudgetAmount(value);
  if (parsed === null) throw new InputError(`input \`${name}\` must be ${AMOUNT_FORM} (${what}), got ${shown(value)}`);
  return parsed;
}

export function globs(value: string): string[] {
  // one glob per line: commas cannot separate them, as `{a,b}` is a glob
  const patterns = value
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (patterns.length === 0) return [DEFAULT_MANIFESTS];
  for (const p of patterns) {
    const path = p.replace(/^!/, '');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split(/[\\/]/).includes('..')) {
      throw new InputError(`input \`manifests\`: ${shown(p)} points outside the workspace; give globs relative to the repository root`);
    }
  }
  return patterns;
}

/** A branch, tag or sha; anything git could read as an option or a range is refused. */
function ref(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]{0,250}$/.test(value) || value.includes('..') || value.endsWith('/') || value.endsWith('.lock')) {
    throw new InputError(`input \`base-ref\` must be a branch, tag or commit sha (letters, digits, \`. _ / -\`), got ${shown(value)}`);
  }
  return value;
}

/**
 * Collects bad input values instead of stopping at the first: `check` runs one reader and keeps
 * its InputError; `done` throws them all at once (GenspendErrors), so a user fixes the workflow
 * in one pass. `get` is an input, trimmed (`getInput` returns "" for one that is not set).
 */
export function inputChecker(getInput: (name: string) => string) {
  const errors: GenspendError[] = [];
  return {
    get: (name: string) => getInput(name).trim(),
    check<T>(read: () => T, fallback: T): T {
      try {
        return read();
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(e);
        return fallback;
      }
    },
    done(): void {
      if (errors.length === 1) throw errors[0]!;
      if (errors.length) throw new GenspendErrors(errors);
    },
  };
}

/** The `providers` input (balance and reconcile modes): undefined = every provider with a key in the environment. */
export function providerList(value: string): ProviderId[] | undefined {
  const named = value
    .split(/[\s,]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  for (const p of named)
    if (!PROVIDER_IDS.includes(p as ProviderId))
      throw new InputError(`input \`providers\`: unknown provider ${JSON.stringify(p.slice(0, 60))} (use ${PROVIDER_IDS.join(', ')})`);
  return named.length ? [...new Set(named as ProviderId[])] : undefined;
}

/** The `deadline` input, seconds 1 to 3600, as ms; default 120 s. */
export function deadline(raw: string): number {
  if (raw === '') return DEFAULT_DEADLINE_MS;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > 3600)
    throw new InputError(`input \`deadline\` must be a whole number of seconds from 1 to 3600, got ${JSON.stringify(raw.slice(0, 60))}`);
  return Number(raw) * 1000;
}

export const MODES = ['gate', 'balance', 'reconcile'] as const;
export type Mode = (typeof MODES)[number];

/** `gate` (pull requests, the default), `balance` (scheduled balance checks) or `reconcile` (scheduled planned-against-billed checks). */
export function readMode(getInput: (name: string) => string): Mode {
  return oneOf('mode', getInput('mode').trim(), MODES, 'gate');
}

/** Reads and checks every input of the gate. */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const { get, check, done } = inputChecker(getInput);
  const tag = check(() => {
    const tag = get('tag');
    if (tag.length > MAX_TAG_LENGTH) throw new InputError(`input \`tag\` must be at most ${MAX_TAG_LENGTH} characters, got ${tag.length}`);
    return tag;
  }, '');
  const limit = check(() => amount('limit', get('limit'), 'USD per period'), undefined);
  const maxIncrease = check(() => amount('max-increase', get('max-increase'), 'USD per period'), undefined);
  const maxIncreasePercent = check(() => amount('max-increase-percent', get('max-increase-percent'), 'percent of the base'), undefined);
  const unpriced = check(
    () => (get('unpriced') ? oneOf('unpriced', get('unpriced'), ['fail', 'warn'] as const, 'warn') : undefined),
    undefined,
  );
  const judge = check(
    () => (get('judge') ? oneOf('judge', get('judge'), ['expected', 'high'] as const, 'expected') : undefined),
    undefined,
  );
  const inputs: ActionInputs = {
    manifests: Object.freeze(check(() => globs(getInput('manifests')), [])),
    token: getInput('github-token').trim(),
    comment: check(() => oneOf('comment', get('comment'), COMMENT_MODES, 'update'), 'off'),
    commentOn: check(() => oneOf('comment-on', get('comment-on'), COMMENT_ON, 'always'), 'always'),
    tag,
    pr: Object.freeze({
      ...(limit ? { limit } : {}),
      ...(maxIncrease ? { maxIncrease } : {}),
      ...(maxIncreasePercent ? { maxIncreasePercent } : {}),
      ...(unpriced ? { unpriced } : {}),
      ...(judge ? { judge } : {}),
    }),
    baseRef: check(() => ref(get('base-ref')), undefined),
    prices: check(() => pricesInput(get('prices')), PRICES_DEFAULT),
    maxPriceAge: check(() => maxPriceAge(get('max-price-age')), STALE_AFTER_DAYS),
    undeclared: check(
      () => (get('undeclared') ? oneOf('undeclared', get('undeclared'), ['fail', 'warn', 'off'] as const, 'warn') : undefined),
      undefined,
    ),
  };
  done();
  return Object.freeze(inputs);
}

/** No `prices` input: genspend.prices.yml when present. */
export const PRICES_DEFAULT = Object.freeze({ file: PRICE_FILE_NAME, explicit: false });

/** The `prices` input: a price file inside the repository, which must then exist. */
export function pricesInput(value: string): { file: string; explicit: boolean } {
  if (value === '') return PRICES_DEFAULT;
  if (value.startsWith('/') || value.split('/').includes('..') || /[\x00-\x1f]/.test(value))
    throw new InputError(`input \`prices\` must be a path inside the repository, got ${shown(value)}`);
  return { file: value, explicit: true };
}

function maxPriceAge(value: string): number {
  if (value === '') return STALE_AFTER_DAYS;
  try {
    return parseMaxAge(value, 'max-price-age');
  } catch {
    throw new InputError(`input \`max-price-age\` must be a number of days such as \`30d\`, got ${shown(value)}`);
  }
}
