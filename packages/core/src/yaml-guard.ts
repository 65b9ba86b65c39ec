// Limits on what a YAML text may make the positioned parser (yaml.ts) do, checked before it
// builds values: nesting (its composer recurses per level), undefined and self-containing
// aliases, and the size that aliases expand to.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, Parser, type CST, type Document, type Node } from 'yaml';
import { GenspendError } from './errors.js';
import { MAX_ALIAS_NODES, MAX_ALIASES, MAX_YAML_DEPTH } from './yaml-fast.js';

/**
 * Refuses a text nested deeper than MAX_YAML_DEPTH, at the line where it gets too deep. The
 * yaml package's CST parser keeps its own stack (no recursion), so it reads 10,000 levels of
 * `[[[...` safely; this walk keeps its own stack too.
 */
export function checkDepth(text: string, file: string): void {
  const lines = new LineCounter();
  const stack: [CST.Token, number][] = [];
  for (const token of new Parser(lines.addNewLine).parse(text)) {
    if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  }
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!('items' in token)) continue;
    if (depth > MAX_YAML_DEPTH) {
      throw new GenspendError(
        `nesting too deep (more than ${MAX_YAML_DEPTH} levels)`,
        { file, line: lines.linePos(token.offset).line },
        'a manifest nests four levels: a mapping, its `workloads` list, each workload, its values',
      );
    }
    for (const item of token.items as { key?: CST.Token | null; value?: CST.Token }[]) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
}

/**
 * Walks a parsed document (its depth already bounded) in document order and refuses what
 * would come out wrong or huge as JS values: a key that is a list or mapping (JS objects have
 * text keys), an alias with no anchor before it, an alias inside the node it names, and aliases
 * that expand to more than MAX_ALIAS_NODES nodes (a "billion laughs": each level repeats the one
 * before ten times).
 */
export function checkNodes(doc: Document.Parsed, file: string, lineAt: (offset: number) => number): void {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let added = 0;
  let aliases = 0;
  const where = (node: Node | undefined) => ({ file, ...(node?.range ? { line: lineAt(node.range[0]) } : {}) });

  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        throw new GenspendError(
          `undefined alias \`*${node.source}\``,
          where(node),
          `define the anchor \`&${node.source}\` on a value before this alias, or write the value out`,
        );
      }
      if (open.has(target)) {
        throw new GenspendError(
          `alias \`*${node.source}\` is inside the value it names`,
          where(node),
          'an alias cannot repeat its own parent',
        );
      }
      const n = sizes.get(target) ?? size(target);
      added += n;
      if (added > MAX_ALIAS_NODES || ++aliases > MAX_ALIASES) {
        throw new GenspendError(
          added > MAX_ALIAS_NODES
            ? `aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values`
            : `more than ${MAX_ALIASES.toLocaleString('en-US')} aliases`,
          where(node),
          'write the values out instead of nesting aliases',
        );
      }
      return n;
    }
    if (!isNode(node)) return 0;
    if (node.anchor) anchors.set(node.anchor, node);
    let n = 1;
    if (isMap(node) || isSeq(node)) {
      open.add(node);
      for (const item of node.items) {
        if (isPair(item)) {
          const key = isAlias(item.key) ? anchors.get(item.key.source) : item.key;
          if (key != null && !isScalar(key)) {
            throw new GenspendError(
              'a key is a list or mapping',
              where(item.key as Node),
              'keys are plain text: remove the `?` or the brackets around the key',
            );
          }
          n += size(item.key) + size(item.value);
          if (isScalar(key) && isMergeKey(key.value)) checkMerge(item.value);
        } else {
          n += size(item);
        }
      }
      open.delete(node);
    }
    sizes.set(node, n);
    return n;
  };
  /** A merge key's value: a mapping, or a list of mappings, each maybe by alias (the package throws on anything else). */
  const checkMerge = (value: unknown) => {
    const resolved = (v: unknown) => (isAlias(v) ? anchors.get(v.source) : v);
    const source = resolved(value);
    if (isMap(source) || (isSeq(source) && source.items.every((v) => isMap(resolved(v))))) return;
    throw new GenspendError(
      '`<<` merges a mapping or a list of mappings into this one',
      where((isNode(value) || isAlias(value) ? value : undefined) as Node),
      'merge an anchored mapping (`<<: *defaults`), or remove the `<<` key',
    );
  };
  size(doc.contents);
}

/** The `<<` key: the package resolves it to a symbol when merge keys are on. */
function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
