// The one YAML reader, for manifests and catalog files alike: js-yaml with the core schema of
// schema.ts, and a listener on its parse events for lines and limits.
//
// Why js-yaml rather than the `yaml` package: measured cold, parsing a 1,000-workload manifest
// takes js-yaml about 50 ms and the `yaml` package's parseDocument 300 ms or more, which is
// 2-3x a whole pull-request check; js-yaml plus zod keeps the CLI and the Action within
// 1.0-1.3x of the hand-written plain parser this reader replaces (`npm run bench` compares).
import jsyaml from 'js-yaml';
import { GenspendError } from '../errors.js';
import { MAX_ALIAS_NODES, MAX_ALIASES, MAX_YAML_DEPTH, precheck } from './limits.js';
import { yamlSchema } from './schema.js';

export interface ParsedYaml {
  /** The document as plain JS values; numbers are Decimals with `exactNumbers`. */
  value: unknown;
  /** 1-based line of the node at a path (the nearest existing ancestor when the path is missing). */
  lineOf(path: readonly PropertyKey[]): number;
  /** With `ranges`: where the text of the scalar at a mapping key's path starts and ends, for editing it in place. */
  rangeOf(path: readonly PropertyKey[]): readonly [number, number] | undefined;
}

/** What js-yaml's loader state holds beyond its published types (js-yaml 4.3). */
type LoaderState = Omit<jsyaml.State, 'kind' | 'version'> & {
  depth: number;
  kind: string;
  tag: string | null;
  anchor: string | null;
  anchorMap: Record<string, unknown>;
  version: string | null;
};

/** A node being read: its line, and what its children were. */
interface Frame {
  line: number;
  position: number;
  /** The node's own anchor, seen when its first child opens (js-yaml reads it after `open`). */
  anchor?: string | null;
  children: Child[];
  /** The last child was a `<<` key: the next is what it merges. */
  merging: boolean;
}

interface Child {
  value: unknown;
  line: number;
  position: number;
  /** Nodes the child stands for, counting what an alias repeats. */
  size: number;
  key: boolean;
  merge: boolean;
  /** With `ranges`, a scalar's text: after the spaces js-yaml opens it before, to where it closes it. */
  range?: readonly [number, number];
}

/** The start of an alias at a node's position: `*name`. */
const ALIAS = /[ \t]*\*([^\s,[\]{}]+)/y;
/** What follows a mapping key (after spaces, line breaks and comments): its `:`. */
const KEY_END = /(?:\s|#[^\n]*(?![^\n]))*:/y;
const MERGE_TAG = 'tag:yaml.org,2002:merge';
const SPACES = /[ \t]*/y;

/**
 * Parses one YAML document, with the line of every node. Refuses, with the file and line:
 * oversized, binary, empty and malformed text, a `%YAML` version other than 1.2, a second
 * document, tags other than the core schema's, duplicate keys, keys that are lists or
 * mappings, nesting deeper than MAX_YAML_DEPTH, and aliases past MAX_ALIASES or expanding to
 * more than MAX_ALIAS_NODES nodes.
 */
export function parseYaml(text: string, file: string, options: { exactNumbers?: boolean; ranges?: boolean } = {}): ParsedYaml {
  precheck(text, file);
  const at = (line: number) => ({ file, line });
  const stack: Frame[] = [];
  /** Lines of each mapping's keys and each list's entries. */
  const lines = new WeakMap<object, Map<PropertyKey, number>>();
  /** Expanded size of each collection, for what an alias of it adds. */
  const sizes = new WeakMap<object, number>();
  const ranges = new WeakMap<object, Map<string, readonly [number, number]>>();
  let added = 0;
  let aliases = 0;
  let documents = 0;
  let lastClose = 0;
  let state: LoaderState | undefined;

  const refuseTag = (tag: string): never => {
    throw new GenspendError(
      `unsupported tag \`${tag.replace(/^tag:yaml\.org,2002:/, '!!')}\``,
      at((state?.line ?? 0) + 1),
      'remove the tag: a manifest holds only text, numbers, true/false, lists and mappings',
    );
  };

  const open = (s: LoaderState) => {
    const line = s.line + 1;
    if (s.depth > MAX_YAML_DEPTH + 1) throw tooDeep(at(line));
    const parent = stack.at(-1);
    if (parent) {
      // js-yaml backtracks over a node with properties: forget what it read past this point
      while (parent.children.length > 0 && parent.children.at(-1)!.position >= s.position) parent.children.pop();
      if (parent.children.length === 0 && parent.anchor === undefined) parent.anchor = s.anchor;
    } else {
      if (documents++ > 0) throw secondDocument(s.input, lastClose, s.position, file);
      if (s.version !== null && s.version !== '1.2') throw yamlVersion(s.version, s.input, s.position, file);
    }
    ALIAS.lastIndex = s.position;
    const alias = ALIAS.exec(s.input)?.[1];
    // js-yaml names a collection as it starts it, so an alias inside would make a cycle
    if (alias !== undefined && stack.some((f) => f.anchor === alias)) {
      throw new GenspendError(`alias \`*${alias}\` is inside the value it names`, at(line), 'an alias cannot repeat its own parent');
    }
    if (alias !== undefined && !Object.prototype.hasOwnProperty.call(s.anchorMap, alias)) {
      throw new GenspendError(
        `undefined alias \`*${alias}\``,
        at(line),
        `define the anchor \`&${alias}\` on a value before this alias, or write the value out`,
      );
    }
    stack.push({ line, position: s.position, children: [], merging: false });
  };

  const close = (s: LoaderState) => {
    const frame = stack.pop()!;
    const value: unknown = s.result;
    const collection = s.kind === 'mapping' || s.kind === 'sequence';
    // an alias sets no kind; its value is the anchored node's own
    const alias = s.kind === null && value !== null && frame.children.length === 0;
    let size = 1;
    if (alias) {
      size = (typeof value === 'object' && sizes.get(value as object)) || 1;
      added += size;
      if (added > MAX_ALIAS_NODES || ++aliases > MAX_ALIASES) {
        throw new GenspendError(
          added > MAX_ALIAS_NODES
            ? `aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values`
            : `more than ${MAX_ALIASES.toLocaleString('en-US')} aliases`,
          at(frame.line),
          'write the values out instead of nesting aliases',
        );
      }
    } else if (collection) {
      if (s.depth > MAX_YAML_DEPTH) throw tooDeep(at(frame.line));
      for (const child of frame.children) size += child.size;
      if (!sizes.has(value as object)) {
        sizes.set(value as object, size);
        lines.set(value as object, childLines(value as object, frame.children));
        if (options.ranges && s.kind === 'mapping') ranges.set(value as object, valueRanges(frame.children));
      }
    }
    const parent = stack.at(-1);
    if (!parent) {
      lastClose = s.position;
      return;
    }
    KEY_END.lastIndex = s.position;
    const key = KEY_END.test(s.input);
    // a mapping's line is its first key's: js-yaml opens a value before moving to its line
    const line = collection && frame.children.length > 0 ? frame.children[0]!.line : frame.line;
    if (key && value !== null && typeof value === 'object' && (Array.isArray(value) || isPlainObject(value))) {
      throw new GenspendError('a key is a list or mapping', at(line), 'keys are plain text: remove the `?` or the brackets around the key');
    }
    if (parent.merging) {
      parent.merging = false;
      if (!(isPlainObject(value) || (Array.isArray(value) && value.every(isPlainObject)))) {
        throw new GenspendError(
          '`<<` merges a mapping or a list of mappings into this one',
          at(line),
          'merge an anchored mapping (`<<: *defaults`), or remove the `<<` key',
        );
      }
    }
    const merge = key && s.tag === MERGE_TAG;
    if (merge) parent.merging = true;
    const child: Child = { value, line, position: frame.position, size, key, merge };
    if (options.ranges && s.kind === 'scalar') {
      SPACES.lastIndex = frame.position;
      SPACES.test(s.input);
      child.range = [SPACES.lastIndex, s.position];
    }
    parent.children.push(child);
  };

  let value: unknown;
  try {
    value = jsyaml.load(text, {
      filename: file,
      schema: yamlSchema(options.exactNumbers ?? true, refuseTag),
      // ours are the limits, with their own messages (open and close above)
      maxDepth: MAX_YAML_DEPTH + 2,
      maxTotalMergeKeys: -1,
      listener(event, s) {
        state = s as LoaderState;
        if (event === 'open') open(state);
        else close(state);
      },
    } as jsyaml.LoadOptions);
  } catch (e) {
    if (!(e instanceof jsyaml.YAMLException)) throw e;
    throw new GenspendError(`invalid YAML: ${e.reason}`, at(e.mark.line + 1), 'fix the YAML syntax at that line');
  }
  return {
    value,
    lineOf(path) {
      let current = value;
      let line = 1;
      for (const key of path) {
        if (current === null || typeof current !== 'object') break;
        const found = lines.get(current)?.get(Array.isArray(current) ? key : String(key));
        if (found === undefined) break;
        line = found;
        current = (current as Record<PropertyKey, unknown>)[key];
      }
      return line;
    },
    rangeOf(path) {
      let current = value;
      for (const key of path.slice(0, -1)) {
        if (current === null || typeof current !== 'object') return undefined;
        current = (current as Record<PropertyKey, unknown>)[key];
      }
      return current !== null && typeof current === 'object' ? ranges.get(current)?.get(String(path.at(-1))) : undefined;
    },
  };
}

/** Where each key's scalar value is written. */
function valueRanges(children: readonly Child[]): Map<string, readonly [number, number]> {
  const out = new Map<string, readonly [number, number]>();
  children.forEach((child, i) => {
    const next = children[i + 1];
    if (child.key && next && !next.key && next.range) out.set(String(child.value), next.range);
  });
  return out;
}

/** The line of each key of a mapping (merged keys at their `<<`), or of each entry of a list. */
function childLines(value: object, children: readonly Child[]): Map<PropertyKey, number> {
  const out = new Map<PropertyKey, number>();
  if (Array.isArray(value)) {
    // `[a: 1]` holds pairs js-yaml builds without events: no entry lines for such a list
    if (children.length === value.length) children.forEach((child, i) => out.set(i, child.line));
    return out;
  }
  let mergeLine: number | undefined;
  for (const child of children) {
    if (!child.key) continue;
    if (child.merge) mergeLine ??= child.line;
    else out.set(String(child.value), child.line);
  }
  if (mergeLine !== undefined) for (const key of Object.keys(value)) if (!out.has(key)) out.set(key, mergeLine);
  return out;
}

function isPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function tooDeep(where: { file: string; line: number }): GenspendError {
  return new GenspendError(
    `nesting too deep (more than ${MAX_YAML_DEPTH} levels)`,
    where,
    'a manifest nests four levels: a mapping, its `workloads` list, each workload, its values',
  );
}

/** 1-based line of an offset in the text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Between two documents there are only markers, directives and comments: the `---` is the first line starting so. */
function secondDocument(text: string, from: number, to: number, file: string): GenspendError {
  const marker = /^---/m.exec(text.slice(from, to));
  return new GenspendError(
    'a second YAML document starts here',
    { file, line: lineAt(text, marker ? from + marker.index : to) },
    'keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own',
  );
}

/** Before the document there are only directives and comments: the `%YAML` line is the one starting so. */
function yamlVersion(version: string, text: string, documentStart: number, file: string): GenspendError {
  const directive = /^%YAML/m.exec(text.slice(0, documentStart));
  return new GenspendError(
    // YAML 1.1 reads `010` as 8 and `yes` as true
    `\`%YAML ${version}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,
    { file, line: lineAt(text, directive ? directive.index : 0) },
    'remove the `%YAML` line (and check numbers with leading zeros and yes/no values)',
  );
}
