import { Decimal } from './money.js';
import YAML, { isNode, LineCounter, type ScalarTag, type Document } from 'yaml';
import { Money } from './money.js';
import { GenspendError } from './errors.js';
import { precheck } from './yaml-fast.js';
import { checkDepth, checkNodes } from './yaml-guard.js';

export { MAX_YAML_BYTES, MAX_ALIAS_NODES, MAX_ALIASES, MAX_YAML_DEPTH } from './yaml-fast.js';
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
  checkDepth(text, file);
  const doc: Document.Parsed = YAML.parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    merge: true,
    prettyErrors: true,
    // the core writes nothing: no process warnings (complex keys would otherwise emit one)
    logLevel: 'error',
    // YAML 1.1 types (!!binary, !!set, !!timestamp, !!omap...) stay unresolved: a warning, refused below
    resolveKnownTags: false,
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
  // an unknown tag is only a warning to the package; genspend would read such a value wrongly
  const first = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (first) {
    const line = first.linePos?.[0]?.line;
    const where = { file, ...(line !== undefined ? { line } : {}) };
    const tag = first.code === 'TAG_RESOLVE_FAILED' && /: (\S+)/.exec(first.message)?.[1];
    if (tag) {
      throw new GenspendError(
        `unsupported tag \`${tag.replace(/^tag:yaml\.org,2002:/, '!!')}\``,
        where,
        'remove the tag: a manifest holds only text, numbers, true/false, lists and mappings',
      );
    }
    if (first.code === 'MULTIPLE_DOCS') {
      throw new GenspendError(
        'a second YAML document starts here',
        where,
        'keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own',
      );
    }
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new GenspendError(`invalid YAML: ${message}`, where, 'fix the YAML syntax at that line');
  }
  checkNodes(doc, file, (offset) => lineCounter.linePos(offset).line);
  // checkNodes bounded what the aliases expand to; the package's own count limits aliases of one anchor
  const value: unknown = doc.toJS({ maxAliasCount: -1 });
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
