import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRepositoryFile } from './read.js';

const dir = mkdtempSync(join(tmpdir(), 'genspend-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = (maxBytes: number) => ({ maxBytes, rootName: 'the folder', splitFix: 'split it' });

describe('readRepositoryFile', () => {
  it('reads up to the limit, and refuses one byte more', () => {
    writeFileSync(join(dir, 'ten.yml'), '0123456789');
    expect(Buffer.from(readRepositoryFile(dir, 'ten.yml', options(10))).toString()).toBe('0123456789');
    expect(() => readRepositoryFile(dir, 'ten.yml', options(9))).toThrow('file is 10 bytes, over the 9-byte limit');
  });

  it.runIf(existsSync('/proc/self/status'))('bounds the read whatever size the file reports', () => {
    // a proc file is a regular file that reports 0 bytes and holds more
    expect(statSync('/proc/self/status').size).toBe(0);
    expect(() => readRepositoryFile('/proc', 'self/status', options(100))).toThrow('file is over the 100-byte limit');
    expect(readRepositoryFile('/proc', 'self/status', options(1024 * 1024)).length).toBeGreaterThan(100);
  });
});
