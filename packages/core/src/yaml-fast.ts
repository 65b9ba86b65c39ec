// The fast YAML path for plain manifests, apart from js-yaml (yaml-js.ts) and the positioned
// parser (yaml.ts), so that a bundle can load those only when a manifest is not plain or not valid.
import { Money } from './money.js';
import { GenspendError } from './errors.js';
import { parsePlainYaml } from './yaml-plain.js';

/** Manifests and catalog files are small (10,000 workloads is about 1 MiB); larger is a mistake or an attack. */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;
/**
 * Aliases are allowed (DRY manifests: 200 workloads may share one `<<: *defaults`), but a
 * "billion laughs" is not: what the aliases add to the document, counted in nodes as if each
 * were written out, is capped. 4,000 workloads merging 10-key defaults add 84,000.
 */
export const MAX_ALIAS_NODES = 100_000;
/**
 * The yaml package resolves each alias by scanning the document's anchors and aliases, so many
 * aliases take quadratic time: past this many the text is refused rather than left to hang.
 */
export const MAX_ALIASES = 10_000;
/** A manifest nests 4 levels; parsers recurse per level, so a deeper text is refused before any parser sees it. */
export const MAX_YAML_DEPTH = 100;

/** Refuses what a manifest must never be, before any parser sees it: oversized, binary, empty. */
export function precheck(text: string, file: string): void {
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
  // YAML 1.1 reads `010` as 8 and `yes` as true; the parsers would disagree on such a file
  const directive = /^%YAML[ \t]+([^\s#]{0,20})/m.exec(text);
  if (directive && directive[1] !== '1.2') {
    throw new GenspendError(
      `\`%YAML ${directive[1]}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,
      { file, line: text.slice(0, directive.index).split('\n').length },
      'remove the `%YAML` line (and check numbers with leading zeros and yes/no values)',
    );
  }
}

/** UTF-8 size of a string without TextEncoder (not part of the core's runtime-neutral lib). */
function utf8Length(text: string): number {
  if (!/[^\x00-\x7f]/.test(text)) return text.length;
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

const ALIAS_TOKEN = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SMALL_INT = /^-?[0-9]{1,15}$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * YAML 1.2 core types of plain scalars, in the order they are tried, as the positioned parser
 * reads them: numbers exact, .inf/.nan as JS numbers, anything else a string.
 */
export const PLAIN_TYPES: { tag: string; resolve: (data: string) => boolean; construct: (data: string) => unknown }[] = [
  { tag: 'null', resolve: (data) => /^(?:~|null|Null|NULL)?$/.test(data), construct: () => null },
  {
    tag: 'bool',
    resolve: (data) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
    construct: (data) => data.toLowerCase() === 'true',
  },
  {
    tag: 'int',
    resolve: (data) => INT.test(data),
    construct: (data) =>
      // a small integer converts exactly from a JS number, which decimal.js reads much faster than text
      SMALL_INT.test(data) ? new Money(Number(data)) : new Money(/^0[ox]/.test(data) ? BigInt(data).toString() : data.replace(/^\+/, '')),
  },
  {
    tag: 'float',
    resolve: (data) => FLOAT.test(data) || SPECIAL_FLOAT.test(data),
    construct: (data) =>
      SPECIAL_FLOAT.test(data)
        ? /nan/i.test(data)
          ? NaN
          : data.startsWith('-')
            ? -Infinity
            : Infinity
        : new Money(data.replace(/^\+/, '')),
  },
];

/** A plain scalar's value, as js-yaml resolves it with FAST_SCHEMA. */
export function resolvePlain(text: string): unknown {
  // every type's text starts with one of these (or is empty): the rest are strings, untested
  if (text !== '' && !'~nNtTfF+-.0123456789'.includes(text[0]!)) return text;
  for (const type of PLAIN_TYPES) if (type.resolve(text)) return type.construct(text);
  return text;
}

export interface FastYaml {
  value: unknown;
  lineOfObject(o: object): number | undefined;
}

/** Whether the text may hold an alias: those go to the positioned parser, which caps their expansion. */
export function mayHaveAlias(text: string): boolean {
  return ALIAS_TOKEN.test(text);
}

/**
 * The plain path (yaml-plain.ts) for the shape most manifests have: undefined for any other
 * text (or any alias); throws for what no parser should read (oversized, binary, empty).
 */
export function parseYamlPlain(text: string, file: string): FastYaml | undefined {
  precheck(text, file);
  if (mayHaveAlias(text)) return undefined;
  const plain = parsePlainYaml(text, resolvePlain);
  return plain && { value: plain.value, lineOfObject: (o) => plain.lines.get(o) };
}
