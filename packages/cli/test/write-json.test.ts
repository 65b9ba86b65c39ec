import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '@genspend/core';
import { writeJson } from '../src/io.js';

function written(value: unknown): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJson({ write: (chunk: string) => pieces.push(chunk) }, value);
  return { text: pieces.join(''), pieces: pieces.length };
}

const stringified = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) does, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value).text).toBe(stringified(value));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on what JSON leaves out or turns to null, and on toJSON', () => {
    const sparse: unknown[] = [1];
    sparse[3] = 'x';
    const value = {
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, 'a\nb', { deep: [[], {}] }],
      sparse,
      cost: money('0.10'),
      empty: [],
      emptyObject: {},
      later: { toJSON: () => undefined },
      1: 'an integer key comes first',
      text: 'naïve ✓ "quoted"',
    };
    expect(written(value).text).toBe(stringified(value));
    expect(written({}).text).toBe('{}\n');
    expect(written({ gone: undefined }).text).toBe('{}\n');
    expect(written([1, [2]]).text).toBe(stringified([1, [2]]));
    expect(written(money('2.5')).text).toBe('"2.5"\n');
    expect(written(null).text).toBe('null\n');
  });

  it('writes a long list in pieces, not as one text', () => {
    const workloads = Array.from({ length: 5000 }, (_, i) => ({ name: `w${i}`, cost: String(i), lines: [{ amount: '1.5' }] }));
    const value = { version: 1, workloads, total: '1' };
    const out = written(value);
    expect(out.text).toBe(stringified(value));
    expect(out.pieces).toBeGreaterThan(4);
  });
});
