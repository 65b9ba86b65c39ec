/**
 * The plain shape most manifests have, parsed line by line: block mappings and sequences,
 * one-line flow mappings and sequences, one-line plain and quoted scalars, comments. It returns
 * what js-yaml returns for the same text (plain scalars resolved by the same types, the same
 * line for each collection as js-yaml's `open` event gives), or undefined for anything else:
 * anchors, tags, block or multi-line scalars, escapes, tabs, lone CRs, duplicate keys, keys that are
 * not plain words... js-yaml then reads the text. Cold, js-yaml spends ~50 ms on a
 * 1,000-workload manifest; this takes a fraction of that. yaml-plain.test.ts compares the two.
 */

/** Resolves a plain scalar as the schema's implicit types do (null, bool, int, float, else the string). */
export type ResolvePlain = (text: string) => unknown;

export interface PlainYaml {
  value: unknown;
  /** 1-based line of each mapping and sequence, as js-yaml's listener reports it. */
  lines: WeakMap<object, number>;
}

/** Anything outside printable BMP text and line breaks (tabs, a lone CR, controls, BOM, astral characters): js-yaml's business. */
const UNUSUAL = /[^\n\r\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]|\r(?!\n)/;
/** A block or flow mapping key: a plain word (quoted, numeric or odd keys take js-yaml). */
const KEY = /[A-Za-z_$][A-Za-z0-9_$-]{0,99}/y;
/** A plain scalar's characters: no `: ` or dangling `:`, no ` #` (a comment starts); in a flow, no `,[]{}` either. */
const BLOCK_PLAIN = /(?:[^:#]|:(?! |$)|(?<! )#)*/y;
const FLOW_PLAIN = /(?:[^:#,[\]{}]|:(?![ ,[\]{}]|$)|(?<! )#)*/y;

/**
 * The common entries in one match: `key: value` with a double-quoted value without escapes, or a
 * plain one of ordinary characters (no `:`, `#`, quotes or flow indicators, no leading indicator).
 * What they match reads as the general path below would read it; anything else takes that path.
 */
const FLOW_ENTRY = /([A-Za-z_$][A-Za-z0-9_$-]{0,99}): +(?:"([^"\\]*)"|([A-Za-z0-9_./+~][^,[\]{}#:"']*?)) *(?=[,}])/y;
const BLOCK_ENTRY = /([A-Za-z_$][A-Za-z0-9_$-]{0,99}): +(?:"([^"\\]*)"|([A-Za-z0-9_./+~][^#:"']*?)) *$/y;

/** The key at `p`, if a plain word starts there. */
function keyAt(text: string, p: number): string | undefined {
  KEY.lastIndex = p;
  return KEY.exec(text)?.[0];
}

const MAX_PLAIN_DEPTH = 16;

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

export function parsePlainYaml(text: string, resolve: ResolvePlain): PlainYaml | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const parser = new PlainParser(text.split(/\r?\n/), resolve);
  try {
    return { value: parser.document(), lines: parser.lines };
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}

class PlainParser {
  readonly lines = new WeakMap<object, number>();
  private readonly plainKeys = new Map<string, boolean>();
  /** The current line. */
  private i = 0;
  /** Collections open around the current one: each is a few stack frames deep. */
  private depth = 0;

  constructor(
    private readonly src: string[],
    private readonly resolve: ResolvePlain,
  ) {}

  document(): unknown {
    this.skipBlank();
    if (this.i >= this.src.length || this.indent() !== 0) decline();
    const value = this.mapping(0, this.i + 1);
    this.skipBlank();
    if (this.i < this.src.length) decline();
    return value;
  }

  /** Runs a collection's parser one level deeper; a manifest nests 4 levels, so a deep text is js-yaml's (and then the positioned parser's) to refuse. */
  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_PLAIN_DEPTH) decline();
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  /** Skips empty, blank and comment-only lines. */
  private skipBlank(): void {
    while (this.i < this.src.length) {
      const line = this.src[this.i]!;
      const at = this.indentOf(line);
      if (at < line.length && line[at] !== '#') return;
      this.i++;
    }
  }

  private indentOf(line: string): number {
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 32) n++;
    return n;
  }

  private indent(): number {
    return this.indentOf(this.src[this.i]!);
  }

  private isDash(line: string, at: number): boolean {
    return line[at] === '-' && (at + 1 === line.length || line[at + 1] === ' ');
  }

  /** A block mapping whose keys start at column `indent`, from the current line. */
  private mapping(indent: number, line: number): Record<string, unknown> {
    return this.nested(() => this.mappingIn(indent, line));
  }

  private mappingIn(indent: number, line: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.lines.set(out, line);
    for (;;) {
      this.skipBlank();
      if (this.i >= this.src.length) return out;
      const at = this.indent();
      if (at < indent) return out;
      if (at > indent) decline();
      const text = this.src[this.i]!;
      const keyLine = this.i + 1;
      BLOCK_ENTRY.lastIndex = at;
      const entry = BLOCK_ENTRY.exec(text);
      if (entry) {
        this.setKey(out, entry[1]!);
        out[entry[1]!] = entry[2] ?? this.resolve(entry[3]!);
        this.i++;
        continue;
      }
      const key = keyAt(text, at);
      if (key === undefined) decline();
      let p = at + key!.length;
      if (text[p] !== ':' || (p + 1 < text.length && text[p + 1] !== ' ')) decline();
      this.setKey(out, key!);
      p = this.skipSpaces(text, p + 1);
      if (p < text.length && text[p] !== '#') {
        const [value, end] = this.inline(text, p, false);
        this.endOfLine(text, end);
        this.i++;
        out[key!] = value;
        continue;
      }
      // nothing on the key's line: a nested block, or a sequence at the same indent (an empty value,
      // null, is never valid in a manifest: js-yaml reads it)
      this.i++;
      this.skipBlank();
      if (this.i >= this.src.length) decline();
      const next = this.indent();
      if (next > indent) out[key!] = this.block(next, keyLine);
      else if (next === indent && this.isDash(this.src[this.i]!, next)) out[key!] = this.sequence(next, keyLine, true);
      else decline();
    }
  }

  /** A block node starting at the current line, at column `indent`. */
  private block(indent: number, line: number): unknown {
    const text = this.src[this.i]!;
    if (this.isDash(text, indent)) return this.sequence(indent, line, false);
    return this.mapping(indent, line);
  }

  /** A block sequence of `- ` entries at column `indent`; `sameIndent`: its parent mapping's keys are there too. */
  private sequence(indent: number, line: number, sameIndent: boolean): unknown[] {
    return this.nested(() => this.sequenceIn(indent, line, sameIndent));
  }

  private sequenceIn(indent: number, line: number, sameIndent: boolean): unknown[] {
    const out: unknown[] = [];
    this.lines.set(out, line);
    for (;;) {
      this.skipBlank();
      if (this.i >= this.src.length) return out;
      const at = this.indent();
      const text = this.src[this.i]!;
      if (at < indent) return out;
      if (at > indent) decline();
      if (!this.isDash(text, at)) {
        if (sameIndent) return out;
        decline();
      }
      const p = this.skipSpaces(text, at + 1);
      if (p >= text.length || text[p] === '#') {
        // `-` alone: the entry is the block on the next lines
        this.i++;
        this.skipBlank();
        // an empty entry (null) is never valid in a manifest, and js-yaml reads what follows one its own way
        if (this.i >= this.src.length || this.indent() <= indent) decline();
        out.push(this.block(this.indent(), this.i + 1));
        continue;
      }
      const key = keyAt(text, p);
      if (key !== undefined && text[p + key.length] === ':' && (p + key.length + 1 === text.length || text[p + key.length + 1] === ' ')) {
        // `- key: value`: a mapping whose keys are at column p; parse it as if the dash were a space
        this.src[this.i] = ' '.repeat(p) + text.slice(p);
        out.push(this.mapping(p, this.i + 1));
        continue;
      }
      if (text[p] === '-' || text[p] === '?') decline();
      const [value, end] = this.inline(text, p, false);
      this.endOfLine(text, end);
      this.i++;
      out.push(value);
    }
  }

  private setKey(out: Record<string, unknown>, key: string): void {
    let plain = this.plainKeys.get(key);
    if (plain === undefined) {
      // a key that resolves to something other than itself (true, null...) or that js-yaml stores specially
      plain = key !== '__proto__' && this.resolve(key) === key;
      this.plainKeys.set(key, plain);
    }
    if (!plain || Object.prototype.hasOwnProperty.call(out, key)) decline();
  }

  private skipSpaces(text: string, p: number): number {
    while (p < text.length && text.charCodeAt(p) === 32) p++;
    return p;
  }

  /** After a value: nothing, or spaces and a comment. */
  private endOfLine(text: string, p: number): void {
    const q = this.skipSpaces(text, p);
    if (q < text.length && !(text[q] === '#' && q > p)) decline();
  }

  /** A one-line value at `p`: a flow collection or a scalar. Returns it and where it ends. */
  private inline(text: string, p: number, inFlow: boolean): [unknown, number] {
    const c = text[p];
    if (c === '{') return this.flowMapping(text, p);
    if (c === '[') return this.flowSequence(text, p);
    if (c === '"') {
      const end = text.indexOf('"', p + 1);
      if (end < 0 || text.lastIndexOf('\\', end) > p) decline();
      return [text.slice(p + 1, end), end + 1];
    }
    if (c === "'") {
      let out = '';
      let q = p + 1;
      for (;;) {
        const end = text.indexOf("'", q);
        if (end < 0) decline();
        out += text.slice(q, end);
        if (text[end + 1] !== "'") return [out, end + 1];
        out += "'";
        q = end + 2;
      }
    }
    return this.plain(text, p, inFlow);
  }

  /** A plain scalar, resolved; declines whatever js-yaml would read differently (a `: ` inside, a dangling `:`). */
  private plain(text: string, p: number, inFlow: boolean): [unknown, number] {
    const c = text[p]!;
    if ('#&*!|>\'"%@`,[]{} '.includes(c)) decline();
    if ((c === '-' || c === '?' || c === ':') && (p + 1 === text.length || ' ,[]{}'.includes(text[p + 1]!))) decline();
    const body = inFlow ? FLOW_PLAIN : BLOCK_PLAIN;
    body.lastIndex = p;
    body.test(text);
    const q = body.lastIndex;
    // what stopped it: the line's end, a comment, or (in a flow) the next entry or the collection's end
    if (q < text.length && (text[q] === ':' || (inFlow && !',]}'.includes(text[q]!)))) decline();
    let end = q;
    while (end > p && text.charCodeAt(end - 1) === 32) end--;
    return [this.resolve(text.slice(p, end)), end];
  }

  private flowMapping(text: string, p: number): [Record<string, unknown>, number] {
    return this.nested(() => this.flowMappingIn(text, p));
  }

  private flowMappingIn(text: string, p: number): [Record<string, unknown>, number] {
    const out: Record<string, unknown> = {};
    this.lines.set(out, this.i + 1);
    p = this.skipSpaces(text, p + 1);
    if (text[p] === '}') return [out, p + 1];
    for (;;) {
      FLOW_ENTRY.lastIndex = p;
      const entry = FLOW_ENTRY.exec(text);
      if (entry) {
        this.setKey(out, entry[1]!);
        out[entry[1]!] = entry[2] ?? this.resolve(entry[3]!);
        p = FLOW_ENTRY.lastIndex;
      } else {
        const key = keyAt(text, p);
        if (key === undefined) decline();
        p += key!.length;
        if (text[p] !== ':' || text[p + 1] !== ' ') decline();
        this.setKey(out, key!);
        p = this.skipSpaces(text, p + 1);
        const [value, end] = this.inline(text, p, true);
        out[key!] = value;
        p = end;
      }
      p = this.skipSpaces(text, p);
      if (text[p] === '}') return [out, p + 1];
      if (text[p] !== ',') decline();
      p = this.skipSpaces(text, p + 1);
    }
  }

  private flowSequence(text: string, p: number): [unknown[], number] {
    return this.nested(() => this.flowSequenceIn(text, p));
  }

  private flowSequenceIn(text: string, p: number): [unknown[], number] {
    const out: unknown[] = [];
    this.lines.set(out, this.i + 1);
    p = this.skipSpaces(text, p + 1);
    if (text[p] === ']') return [out, p + 1];
    for (;;) {
      if (p >= text.length) decline();
      const [value, end] = this.inline(text, p, true);
      out.push(value);
      p = this.skipSpaces(text, end);
      if (text[p] === ']') return [out, p + 1];
      if (text[p] !== ',') decline();
      p = this.skipSpaces(text, p + 1);
    }
  }
}
