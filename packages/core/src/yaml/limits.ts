import { GenspendError } from '../errors.js';

/** Manifests and catalog files are small (10,000 workloads is about 1 MiB); larger is a mistake or an attack. */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;
/**
 * Aliases are allowed (DRY manifests: 200 workloads may share one `<<: *defaults`), but a
 * "billion laughs" is not: what the aliases add to the document, counted in nodes as if each
 * were written out, is capped. 4,000 workloads merging 10-key defaults add 84,000.
 */
export const MAX_ALIAS_NODES = 100_000;
/** More aliases than any manifest needs; past this many the text is refused. */
export const MAX_ALIASES = 10_000;
/** A manifest nests 4 levels; the parser recurses per level, so a deeper text is refused as it is read. */
export const MAX_YAML_DEPTH = 100;

/** Refuses what a manifest must never be, before the parser sees it: oversized, binary, empty. */
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
}

/** UTF-8 size of a string without TextEncoder (not part of the core's runtime-neutral lib). */
export function utf8Length(text: string): number {
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
