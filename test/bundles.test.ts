import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What each bundle holds, by the sources its map names: the scanner's parsers and zod's other
// locales stay out of what every run parses.
const sources = (map: string): string[] => JSON.parse(readFileSync(map, 'utf8')).sources as string[];
const holds = (map: string, part: string) => sources(map).some((s) => s.includes(part));

describe('the committed bundles name their sources by relative paths (a build anywhere gives the same bytes)', () => {
  it('has no absolute path in any source map', () => {
    const dir = 'packages/action/dist';
    const maps = readdirSync(dir).filter((f) => f.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(4);
    for (const map of maps) {
      const absolute = sources(join(dir, map)).filter((s) => s.startsWith('/') || /^[\w-]+:/.test(s));
      expect(absolute, map).toEqual([]);
    }
  });
});

describe('the Action loads the scanner only to scan', () => {
  it('keeps Babel and Lezer out of index.js, in scanner.js', () => {
    for (const parser of ['/@babel/parser/', '/@lezer/python/']) {
      expect(holds('packages/action/dist/index.js.map', parser)).toBe(false);
      expect(holds('packages/action/dist/scanner.js.map', parser)).toBe(true);
    }
  });

  it("keeps zod's English locale alone", () => {
    for (const bundle of ['index', 'balance', 'reconcile']) {
      const map = `packages/action/dist/${bundle}.js.map`;
      expect(holds(map, '/zod/v4/locales/en.js')).toBe(true);
      expect(holds(map, '/zod/v4/locales/de.js')).toBe(false);
    }
  });
});

describe('the CLI loads the parsers only for scan and init', () => {
  const dir = 'packages/cli/dist';
  /** The files a module imports statically (`import{...}from"./x.mjs"`, minified or not), relative to dist. */
  const staticImports = (file: string): string[] =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{][^;"]*?from\s*)?"(\.[^"]+)"/g)].map((m) =>
      join(file, '..', m[1]!).replace(/\\/g, '/'),
    );
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const next of staticImports(file)) closure(next, seen);
    return seen;
  };

  it('has them in a chunk that starting genspend does not load', () => {
    const parserChunks = readdirSync(join(dir, 'chunks'))
      .filter((f) => f.endsWith('.mjs') && holds(join(dir, 'chunks', `${f}.map`), '/@babel/parser/'))
      .map((f) => `chunks/${f}`);
    expect(parserChunks).toHaveLength(1);
    const startup = closure('genspend.mjs');
    expect(startup.size).toBeGreaterThan(1);
    expect(startup.has(parserChunks[0]!)).toBe(false);
  });
});
