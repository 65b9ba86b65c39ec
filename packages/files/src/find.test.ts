import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles, listFiles } from './find.js';

const scratch = mkdtempSync(join(tmpdir(), 'genspend-find-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('listFiles', () => {
  // the tree is reached through a link to it, so the root's own real path differs from its name
  const real = join(scratch, 'real');
  const root = join(scratch, 'root');
  const outside = join(scratch, 'outside');
  beforeAll(() => {
    mkdirSync(join(real, 'src/deep'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(real, 'src/a.ts'), 'a');
    writeFileSync(join(real, 'src/deep/b.ts'), 'b');
    writeFileSync(join(outside, 'c.ts'), 'c');
    symlinkSync(real, root);
    symlinkSync('a.ts', join(real, 'src/again.ts')); // the same file by a second name: left out
    symlinkSync('deep/b.ts', join(real, 'src/z.ts')); // the only matching name of its file: kept
    symlinkSync('..', join(real, 'src/deep/up')); // a folder link: listed, never entered
    symlinkSync('.', join(real, 'self'));
    symlinkSync(join(outside, 'c.ts'), join(real, 'src/out.ts'));
    symlinkSync(outside, join(real, 'elsewhere'));
    symlinkSync('missing.ts', join(real, 'src/dangling.ts'));
  });

  it('lists each real file once, with the real path found when listing, links resolved', async () => {
    const realRoot = realpathSync.native(root);
    expect(await listFiles(root, ['**'])).toEqual([
      { path: 'elsewhere', real: realpathSync.native(outside) },
      { path: 'self', real: realRoot },
      { path: 'src/a.ts', real: join(realRoot, 'src/a.ts') },
      { path: 'src/dangling.ts' },
      { path: 'src/deep/b.ts', real: join(realRoot, 'src/deep/b.ts') },
      { path: 'src/deep/up', real: join(realRoot, 'src') },
      { path: 'src/out.ts', real: join(realpathSync.native(outside), 'c.ts') },
    ]);
    // what the globs match decides which names stand for a file
    expect(await listFiles(root, ['src/*.ts'])).toEqual([
      { path: 'src/a.ts', real: join(realRoot, 'src/a.ts') },
      { path: 'src/dangling.ts' },
      { path: 'src/out.ts', real: join(realpathSync.native(outside), 'c.ts') },
      { path: 'src/z.ts', real: join(realRoot, 'src/deep/b.ts') },
    ]);
    expect(await findFiles(root, ['src/*.ts'], ['**/out.ts'])).toEqual(['src/a.ts', 'src/dangling.ts', 'src/z.ts']);
  });
});
