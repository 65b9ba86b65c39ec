/**
 * One escaping function per medium for text that came from a pull request or a provider
 * (workload names, model ids, paths, YAML values, provider messages): a terminal or a log shows
 * it as written, never acts on it.
 */

import { hasInvisible, INVISIBLE } from '../text.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u0000': '\\0' };

const visible = (c: string): string => {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Shows control, bidi and zero-width characters as escapes (`\x1b`, `\n`, `\u202e`): one line, as written. */
export function escapeControl(text: string): string {
  return hasInvisible(text) ? text.replace(INVISIBLE, visible) : text;
}

/**
 * One line for a CI log that cannot be a workflow command: control characters escaped (so no
 * newline can start a line of its own), and a line that would begin with `::` or `##[` after
 * leading spaces (the runner's command prefixes, `::warning`, `::add-mask::`,
 * `::stop-commands::`) gets a backslash in front.
 */
export function escapeLogLine(text: string): string {
  const line = escapeControl(text);
  const start = line.length - line.trimStart().length;
  const rest = line.slice(start);
  return rest.startsWith('::') || rest.startsWith('##[') ? `${line.slice(0, start)}\\${rest}` : line;
}
