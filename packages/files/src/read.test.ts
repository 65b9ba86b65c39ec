import { existsSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GenspendError } from '@genspend/core';
import { listFiles } from './find.js';
import { decodeText, readListedText, readRepositoryFile, readRepositoryText } from './read.js';

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

describe('readRepositoryText and decodeText', () => {
  const text = { ...options(10), binaryFix: 'name a YAML file' };
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof GenspendError ? e.format() : String(e);
    }
    return 'nothing thrown';
  };

  it('refuse a file and the same bytes from elsewhere with one message', () => {
    writeFileSync(join(dir, 'binary.yml'), Buffer.from([0x61, 0xff, 0x62]));
    writeFileSync(join(dir, 'big.yml'), '0123456789a');
    const binary = 'binary.yml: file is binary, not UTF-8 YAML text (fix: name a YAML file)';
    expect(thrown(() => readRepositoryText(dir, 'binary.yml', text))).toBe(binary);
    expect(thrown(() => decodeText(Buffer.from([0x61, 0xff, 0x62]), 'binary.yml', text))).toBe(binary);
    expect(thrown(() => decodeText(Buffer.from('0123456789a'), 'big.yml', text))).toBe(
      'big.yml: file is 11 bytes, over the 10-byte limit (fix: split it)',
    );
    expect(thrown(() => readRepositoryText(dir, 'big.yml', text))).toBe(
      'big.yml: file is 11 bytes, over the 10-byte limit (fix: split it)',
    );
  });

  it('decodes UTF-8 text exactly', () => {
    writeFileSync(join(dir, 'name.yml'), 'név: ✓');
    expect(readRepositoryText(dir, 'name.yml', text)).toBe('név: ✓');
  });
});

describe('readListedText', () => {
  const text = { maxBytes: 100, rootName: 'the folder', splitFix: 'split it', binaryFix: 'name a text file' };
  const outside = mkdtempSync(join(tmpdir(), 'genspend-read-outside-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('reads by the real path found when listing, and still refuses one outside the root', () => {
    writeFileSync(join(dir, 'listed.ts'), 'listed');
    writeFileSync(join(outside, 'secret.ts'), 'secret');
    expect(readListedText(dir, { path: 'listed.ts', real: join(realpathSync.native(dir), 'listed.ts') }, text)).toBe('listed');
    expect(() => readListedText(dir, { path: 'listed.ts', real: join(realpathSync.native(outside), 'secret.ts') }, text)).toThrow(
      'is a link to a file outside the folder',
    );
    expect(() => readListedText(dir, { path: 'gone.ts' }, text)).toThrow('no such file');
  });

  it('refuses a listed file that became a link after it was listed', async () => {
    const root = mkdtempSync(join(dir, 'swap-'));
    writeFileSync(join(root, 'a.ts'), 'a');
    writeFileSync(join(outside, 'b.ts'), 'b');
    const [listed] = await listFiles(root, ['*.ts']);
    expect(readListedText(root, listed!, text)).toBe('a');
    unlinkSync(join(root, 'a.ts'));
    symlinkSync(join(outside, 'b.ts'), join(root, 'a.ts'));
    expect(() => readListedText(root, listed!, text)).toThrow('cannot read it (ELOOP)');
  });
});
