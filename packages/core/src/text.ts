/**
 * Characters that change what a terminal, a log or a page shows rather than being shown: C0
 * and C1 controls (ESC starts colour and cursor sequences, CR rewrites a line, LF starts a new
 * one), DEL, the bidi marks, embeddings, overrides and isolates (they reorder what follows),
 * zero-width characters and the byte-order mark (they hide a difference between two names) and
 * the Unicode line and paragraph separators.
 */
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const ANY_INVISIBLE = new RegExp(INVISIBLE.source);

/** Whether text holds one of the INVISIBLE characters. */
export const hasInvisible = (text: string): boolean => ANY_INVISIBLE.test(text);

/** The first INVISIBLE character of text and its index, or undefined. */
export function firstInvisible(text: string): { char: string; index: number } | undefined {
  const m = ANY_INVISIBLE.exec(text);
  return m ? { char: m[0], index: m.index } : undefined;
}

/** "U+202E": how a character is named in a message. */
export const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
