// js-yaml for manifests the plain parser (yaml-fast.ts) declines: still far faster than the
// positioned parser, which is kept for reporting errors.
import jsyaml from 'js-yaml';
import { mayHaveAlias, parseYamlPlain, PLAIN_TYPES, type FastYaml } from './yaml-fast.js';

/**
 * The fast path for valid manifests: a line-by-line parser of the plain shape most manifests
 * have (yaml-plain.ts), else js-yaml, which parses about ten times faster than the positioned
 * parser; this matters for monorepos with thousands of workloads. Same YAML 1.2 core types and
 * exact Decimal numbers, and the line of each mapping. It declines (returns undefined) on
 * anything unusual: a syntax error, or any alias of a collection (js-yaml has no cap on alias
 * expansion); callers then use `parseYaml`, which reports precisely.
 */
export function parseYamlFast(text: string, file: string): FastYaml | undefined {
  // an alias token anywhere (even inside a string) sends the text to the capped parser
  return parseYamlPlain(text, file) ?? (mayHaveAlias(text) ? undefined : loadJsYaml(text, file));
}

/** js-yaml with FAST_SCHEMA, each collection's line from its `open` event; undefined on a syntax error. */
export function loadJsYaml(text: string, file: string): FastYaml | undefined {
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

/** The same types for js-yaml; one type per tag (js-yaml keeps only the last type registered for a tag). */
const FAST_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: PLAIN_TYPES.map(
    ({ tag, resolve, construct }) =>
      new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: (data: unknown) => typeof data === 'string' && resolve(data),
        construct,
      }),
  ),
  // no merge keys here: `<<` needs an alias, and aliases take the positioned parser
});
