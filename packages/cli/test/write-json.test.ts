import fc from 'fast-check';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { money } from '@genspend/core';
import { writeJson } from '../src/io.js';

async function written(value: unknown): Promise<{ text: string; pieces: number }> {
  const pieces: string[] = [];
  await writeJson({ write: (chunk: string) => pieces.push(chunk) }, value);
  return { text: pieces.join(''), pieces: pieces.length };
}

const stringified = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) does, for any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect((await written(value)).text).toBe(stringified(value));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on what JSON leaves out or turns to null, and on toJSON', async () => {
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
    expect((await written(value)).text).toBe(stringified(value));
    expect((await written({})).text).toBe('{}\n');
    expect((await written({ gone: undefined })).text).toBe('{}\n');
    expect((await written([1, [2]])).text).toBe(stringified([1, [2]]));
    expect((await written(money('2.5'))).text).toBe('"2.5"\n');
    expect((await written(null)).text).toBe('null\n');
  });

  it('writes a long list in pieces, not as one text', async () => {
    const workloads = Array.from({ length: 5000 }, (_, i) => ({ name: `w${i}`, cost: String(i), lines: [{ amount: '1.5' }] }));
    const value = { version: 1, workloads, total: '1' };
    const out = await written(value);
    expect(out.text).toBe(stringified(value));
    expect(out.pieces).toBeGreaterThan(4);
  });
});

describe('writeJson on a stream that fills up', () => {
  /** A stream that takes `room` pieces, then says it is full until drained by hand. */
  function fullStream(room: number) {
    const events = new EventEmitter();
    const pieces: string[] = [];
    let waiting = false;
    const stream = {
      destroyed: false,
      write(chunk: string) {
        if (waiting) throw new Error('written to while full');
        pieces.push(chunk);
        waiting = pieces.length % room === 0;
        return !waiting;
      },
      once: (event: string, listener: () => void) => events.once(event, listener),
      off: (event: string, listener: () => void) => events.off(event, listener),
      drain() {
        waiting = false;
        events.emit('drain');
      },
      close() {
        stream.destroyed = true;
        events.emit('close');
      },
      listeners: () => events.eventNames().length,
    };
    return { stream, pieces, isWaiting: () => waiting };
  }
  const report = { version: 1, workloads: Array.from({ length: 3000 }, (_, i) => ({ name: `w${i}`, note: 'x'.repeat(100) })) };

  it('waits for the stream to drain before the next piece, and writes the same text', async () => {
    const { stream, pieces, isWaiting } = fullStream(2);
    let done = false;
    const writing = writeJson(stream, report).then(() => (done = true));
    let drains = 0;
    for (let i = 0; i < 1000 && !done; i++) {
      await new Promise((r) => setImmediate(r));
      // it is waiting, not writing ahead: no piece arrives until the stream drains
      if (isWaiting()) {
        const before = pieces.length;
        await new Promise((r) => setImmediate(r));
        expect(pieces.length).toBe(before);
        stream.drain();
        drains++;
      }
    }
    await writing;
    expect(drains).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(stringified(report));
    // no listener is left behind
    expect(stream.listeners()).toBe(0);
  });

  it('a stream that closes while full ends the wait (the rest is dropped, not waited for forever)', async () => {
    const { stream } = fullStream(1);
    let writes = 0;
    stream.write = () => (writes++, false);
    const writing = writeJson(stream, report);
    await new Promise((r) => setImmediate(r));
    expect(writes).toBe(1);
    stream.close();
    await expect(writing).resolves.toBeUndefined();
    // each later piece is handed to the closed stream once, without a wait
    expect(writes).toBeGreaterThan(2);
  });
});
