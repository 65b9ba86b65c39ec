import { Decimal } from './money.js';
import jsyaml from 'js-yaml';
import YAML, { isNode, LineCounter, type ScalarTag, type Document } from 'yaml';
import { Money } from './money.js';
import { GenspendError } from './errors.js';

/** Manifests and catalog files are small (10,000 workloads is about 1 MiB); larger is a mistake or an attack. */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;
/** Aliases are allowed (DRY manifests), but a "billion laughs" expansion is not. */
export const MAX_ALIAS_COUNT = 100;

/**
 * YAML numbers parse to exact Decimals from their source text, so 0.1 stays 0.1 and 1e400
 * stays 1e400 (the schema then rejects it as too large) instead of becoming Infinity.
 * .inf and .nan stay JS numbers so the schema can name them.
 */
const decimalTag = (test: RegExp, format?: string, parse: (s: string) => Decimal = (s) => new Money(s)): ScalarTag => ({
  identify: (value) => value instanceof Decimal,
  default: true,
  tag: 'tag:yaml.org,2002:' + (format === 'FLOAT' || format === 'EXP' ? 'float' : 'int'),
  test,
  resolve: (source: string) => parse(source.replace(/^\+/, '')),
});

const decimalTags: ScalarTag[] = [
  decimalTag(/^0o[0-7]+$/, 'OCT', (s) => new Money(BigInt(s).toString())),
  decimalTag(/^[-+]?[0-9]+$/),
  decimalTag(/^0x[0-9a-fA-F]+$/, 'HEX', (s) => new Money(BigInt(s).toString())),
  decimalTag(/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, 'EXP'),
  decimalTag(/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, 'FLOAT'),
];

export interface ParsedYaml {
  /** The document as plain JS values; numbers are Decimals. */
  value: unknown;
  /** 1-based line of the node at a path (the nearest existing ancestor when the path is missing). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Refuses what a manifest must never be, before any parser sees it: oversized, binary, empty. */
function precheck(text: string, file: string): void {
  const bytes = utf8Length(text);
  if (bytes > MAX_YAML_BYTES) {
    throw new GenspendError(
      `file is ${bytes} bytes, over the ${MAX_YAML_BYTES}-byte limit`,
      { file },
      'split it into several manifests (genspend accepts globs)',
    );
  }
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    throw new GenspendError('file is binary, not YAML text', { file }, 'point genspend at a UTF-8 YAML manifest');
  }
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    throw new GenspendError('file is empty', { file }, 'add `version: 1` and a `workloads:` list (see examples/genspend.yml)');
  }
}

/**
 * Parses YAML text with positions for every node. With `exactNumbers` (the default, for
 * manifests) numbers are Decimals; without it (catalog files, whose prices are quoted strings)
 * they are JS numbers. Rejects oversized, binary, empty and malformed text and alias bombs,
 * with the file and line.
 */
export function parseYaml(text: string, file: string, options: { exactNumbers?: boolean } = {}): ParsedYaml {
  const exactNumbers = options.exactNumbers ?? true;
  precheck(text, file);
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = YAML.parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    merge: true,
    prettyErrors: true,
    customTags: (tags) =>
      exactNumbers
        ? [
            // keep the .inf/.nan float tag; replace every other number tag with an exact one
            ...tags.filter(
              (t) => typeof t === 'object' && !t.tag.endsWith(':int') && !(t.tag.endsWith(':float') && !String(t.test).includes('inf')),
            ),
            ...decimalTags,
          ]
        : tags,
  });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new GenspendError(
      `invalid YAML: ${message}`,
      { file, ...(line !== undefined ? { line } : {}) },
      'fix the YAML syntax at that line',
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(message)) {
      throw new GenspendError(
        `too many alias expansions (more than ${MAX_ALIAS_COUNT})`,
        { file },
        'write the values out instead of nesting aliases',
      );
    }
    throw new GenspendError(`invalid YAML: ${message}`, { file }, 'fix the YAML syntax');
  }
  return {
    value,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** UTF-8 size of a string without TextEncoder (not part of the core's runtime-neutral lib). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The fast path for valid manifests: js-yaml parses about ten times faster than the positioned
 * parser, which matters for monorepos with thousands of workloads. Same YAML 1.2 core types and
 * exact Decimal numbers; each mapping's line is recorded from the parser's events. It declines
 * (returns undefined) on anything unusual: a syntax error, or any alias of a collection (js-yaml
 * has no cap on alias expansion); callers then use `parseYaml`, which reports precisely.
 */
export function parseYamlFast(text: string, file: string): { value: unknown; lineOfObject(o: object): number | undefined } | undefined {
  precheck(text, file);
  // an alias token anywhere (even inside a string) sends the text to the capped parser
  if (ALIAS_TOKEN.test(text)) return undefined;
  const lines = new WeakMap<object, number>();
  const opened: number[] = [];
  let value: unknown;
  try {
    value = jsyaml.load(text, {
      schema: FAST_SCHEMA,
      filename: file,
      listener(event, state) {
        if (event === 'open') {
          opened.push(state.line + 1);
          return;
        }
        const line = opened.pop();
        const result: unknown = state.result;
        // flow collections close twice with the same object: keep the first line
        if (result !== null && typeof result === 'object' && line !== undefined && !lines.has(result)) lines.set(result, line);
      },
    });
  } catch {
    return undefined;
  }
  return { value, lineOfObject: (o) => lines.get(o) };
}

const ALIAS_TOKEN = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** YAML 1.2 core types, as the positioned parser reads them: numbers exact, .inf/.nan as JS numbers. */
const FAST_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && /^(?:~|null|Null|NULL)?$/.test(data),
      construct: () => null,
    }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
      construct: (data: string) => data.toLowerCase() === 'true',
    }),
    // one type per tag: js-yaml keeps only the last type registered for a tag
    new jsyaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && INT.test(data),
      construct: (data: string) => new Money(/^0[ox]/.test(data) ? BigInt(data).toString() : data.replace(/^\+/, '')),
    }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && (FLOAT.test(data) || SPECIAL_FLOAT.test(data)),
      construct: (data: string) =>
        SPECIAL_FLOAT.test(data)
          ? /nan/i.test(data)
            ? NaN
            : data.startsWith('-')
              ? -Infinity
              : Infinity
          : new Money(data.replace(/^\+/, '')),
    }),
    // no merge keys here: `<<` needs an alias, and aliases take the positioned parser
  ],
});
