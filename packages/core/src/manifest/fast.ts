import { mapAll } from '../errors.js';
import { parseYamlPlain, type FastYaml } from '../yaml-fast.js';
import { build, type Manifest } from './build.js';
import { checkManifest } from './check.js';

/**
 * A valid manifest's fast path: the plain YAML parser and the plain check of check.ts, without
 * js-yaml, zod or the positioned YAML parser. Undefined when the text is not plain (js-yaml may
 * still read it fast) or not valid; parseManifest then reads it, and reports every problem with
 * its line. Throws what parseManifest would throw for a file no parser reads (empty, binary) and
 * for valid data that breaks a rule the schema cannot express (duplicate names).
 */
export function parseManifestFast(text: string, file: string): Manifest | undefined {
  const fast = parseYamlPlain(text, file);
  return fast && manifestOf(fast, file);
}

/** The manifest in a fast parser's reading, if the fast check finds it valid. */
export function manifestOf(fast: FastYaml, file: string): Manifest | undefined {
  const data = checkManifest(fast.value);
  if (!data) return undefined;
  const raw = (fast.value as { workloads: object[] }).workloads;
  return build(data, file, (i) => fast.lineOfObject(raw[i]!));
}

/**
 * Parses manifests as `mapAll(entries, (e) => parseManifest(e.read(), e.file))` does, reporting
 * the problems of all of them together, but loads the validating parser (zod and the
 * positioned YAML parser, parse.ts) only when one of them does not take the fast path: a
 * bundle that splits at this import does not load that code for valid manifests.
 */
export async function parseManifests(entries: readonly { file: string; read: () => string }[]): Promise<Manifest[]> {
  const texts: (string | undefined)[] = [];
  const manifests: Manifest[] = [];
  for (const { file, read } of entries) {
    let manifest: Manifest | undefined;
    try {
      const text = read();
      texts.push(text);
      manifest = parseManifestFast(text, file);
    } catch {
      // reported below, in order with every other problem
    }
    if (!manifest) {
      const { parseManifest } = await import('./parse.js');
      const again = entries.map((entry, i) => ({ file: entry.file, text: () => texts[i] ?? entry.read() }));
      return mapAll(again, ({ file, text }) => parseManifest(text(), file));
    }
    manifests.push(manifest);
  }
  return manifests;
}
