import type { z } from 'zod';
import { closest, GenspendError } from './errors.js';
import type { ParsedYaml } from './yaml/read.js';

/** `workloads[2].runs` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Keys an object schema accepts at a path, for "did you mean" on unknown keys. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 20; guard++) {
      const def = (
        current as { def?: { type?: string; innerType?: unknown; in?: { def?: { type?: string } }; out?: unknown; left?: unknown } }
      ).def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'readonly') current = def.innerType;
      // a preprocess (schema.ts's `mapping`) is a pipe from a transform: its keys are the output's
      else if (def.type === 'pipe') current = def.in?.def?.type === 'transform' ? def.out : def.in;
      else if (def.type === 'intersection') current = def.left;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array' && typeof key === 'number') current = def.element;
    else if (def?.type === 'object' && def.shape && typeof key === 'string') current = def.shape[key];
    else return [];
  }
  unwrap();
  const def = (current as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

const EXPECTED: Partial<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
};

/** A found value as a message shows it: the YAML text of a scalar, "a list" or "a mapping" otherwise. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : '.inf';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null && 'toFixed' in value) {
    const s = String(value);
    return s.length > 24 ? s.slice(0, 24) + '…' : s;
  }
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns zod issues into one error per problem, each with file:line, the field path, what was
 * expected and what was found, and a fix (the closest known key for a typo).
 */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, parsed: ParsedYaml, file: string): GenspendError[] {
  const errors: GenspendError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = closest(key, known);
        const line = parsed.lineOf(path);
        errors.push(
          new GenspendError(
            `unknown key \`${key}\``,
            { file, ...(line !== undefined ? { line } : {}), path: formatPath(path) },
            suggestion ? `did you mean \`${suggestion}\`?` : `allowed keys: ${known.join(', ')}`,
          ),
        );
      }
      continue;
    }
    const line = parsed.lineOf(issue.path);
    const found = valueAt(parsed.value, issue.path);
    const where = { file, ...(line !== undefined ? { line } : {}), path: formatPath(issue.path) };
    if (found === undefined) {
      const fix = issue.code === 'custom' ? issue.message.replace(/^expected /, 'add ') : undefined;
      errors.push(new GenspendError(`missing required \`${String(issue.path.at(-1))}\``, where, fix));
      continue;
    }
    // zod's own wording names JS classes ("received Decimal"): say what the YAML holds instead
    const message =
      issue.code === 'invalid_type'
        ? `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(found)}`
        : issue.message.includes(', got ')
          ? issue.message
          : `${issue.message}, got ${describe(found)}`;
    errors.push(new GenspendError(message, where, enumFix(issue, found)));
  }
  return errors;
}

/** For a word outside a fixed list (`architecture: fluxdev`): the closest allowed one, or the list. */
function enumFix(issue: z.core.$ZodIssue, found: unknown): string | undefined {
  if (issue.code !== 'invalid_value' || typeof found !== 'string') return undefined;
  const allowed = issue.values.filter((v): v is string => typeof v === 'string');
  if (!allowed.length) return undefined;
  const field = String(issue.path.at(-1));
  const suggestion = closest(found, allowed);
  return suggestion ? `did you mean \`${field}: ${suggestion}\`?` : `write \`${field}:\` as one of ${allowed.join(', ')}`;
}
