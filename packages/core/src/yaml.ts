import { Decimal } from './money.js';
import YAML, { isNode, LineCounter, type ScalarTag, type Document } from 'yaml';
import { Money } from './money.js';
import { GenspendError } from './errors.js';
import { MAX_ALIAS_COUNT, precheck } from './yaml-fast.js';

export { MAX_YAML_BYTES, MAX_ALIAS_COUNT } from './yaml-fast.js';
export { parseYamlFast } from './yaml-js.js';

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
