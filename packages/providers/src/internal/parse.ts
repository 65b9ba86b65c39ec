import { isSafeNumber, LosslessNumber, parse as parseLossless } from 'lossless-json';
import type { z } from 'zod';
import { RawBody, type Parser } from '../http.js';
import { badResponse, classifyFailure, hasErrorsArray, isRecord, type Origin } from './classify.js';

/**
 * JSON when the text is JSON, otherwise the text wrapped so parsers can tell the two apart.
 * Numbers keep their digits: one a double holds exactly (435.85, 0.1, 50000) is a number, any
 * other (12345678901234567.89, 0.1000000000000000055511151231257827) a LosslessNumber with
 * the provider's text, which the money schema reads as it is. A key given twice keeps its last
 * value, as JSON.parse does.
 */
export function decodeBody(text: string): unknown {
  try {
    return parseLossless(text, null, {
      parseNumber: (digits) => (isSafeNumber(digits) ? Number(digits) : new LosslessNumber(digits)),
      onDuplicateKey: ({ newValue }) => newValue,
    });
  } catch {
    return new RawBody(text);
  }
}

export interface ParserSpec<S extends z.ZodType, T> extends Origin {
  schema: S;
  map: (data: z.output<S>) => T;
  /** Runware and GraphQL answer 200 with `{ errors: [...] }`: treat those as failures. */
  errorsInBody?: boolean;
  /** What a 404 means when it is an answer rather than a failure (Runware: no published price). */
  onNotFound?: () => T;
}

/**
 * The one shape every parser has: status and error bodies -> typed error, 2xx -> zod
 * validation -> normalized result. Unknown fields pass (zod strips them); a missing or
 * mistyped field is a `bad-response` naming its path.
 */
export function jsonParser<S extends z.ZodType, T>(spec: ParserSpec<S, T>): Parser<T> {
  return (status, body, headers = {}) => {
    if (status === 404 && spec.onNotFound) return spec.onNotFound();
    if (status < 200 || status > 299) throw classifyFailure(spec, status, body, headers);
    if (body instanceof RawBody) {
      throw badResponse(spec, 'the response is not valid JSON (truncated or not JSON)', status);
    }
    if (spec.errorsInBody && hasErrorsArray(body)) throw classifyFailure(spec, status, body, headers);
    return spec.map(validate(spec, spec.schema, body));
  };
}

/** zod-validate `value`, reporting the first problems as `missing field a.b` or `field a.b: ...`. */
export function validate<S extends z.ZodType>(origin: Origin, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 3).map((issue) => {
    const path = formatPath(issue.path);
    if (path && valueAt(value, issue.path) === undefined) return `missing field ${path}`;
    return `${path ? `field ${path}` : 'response'}: ${issue.message}`;
  });
  throw badResponse(origin, problems.join('; '));
}

/** `tier.models["gen4.5"].maxDailyGenerations`, `results[0].date`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}
