import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fdir } from 'fdir';
import picomatch from 'picomatch';

/** Never manifests, and large: not even walked. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** A matcher of repository-relative paths (with `/`): in `include`, not in `exclude`, never under node_modules or .git. */
export function pathMatcher(include: readonly string[], exclude: readonly string[] = []): (path: string) => boolean {
  if (include.length === 0) return () => false;
  const clean = (patterns: readonly string[]) => patterns.map((p) => p.replace(/^(?:\.\/)+/, ''));
  const included = picomatch(clean(include));
  const excluded = picomatch([...SKIPPED, ...clean(exclude)]);
  return (path) => included(path) && !excluded(path);
}

/**
 * The files under `root` that match, as sorted root-relative paths with `/`. Links are listed
 * (a link to a manifest is read, a link to /dev/zero is refused when read) but never followed
 * into: a `self -> .` link would repeat the whole tree, one to `/` would walk the machine. Each
 * real file is listed once (uniqueFiles).
 */
export async function findFiles(root: string, include: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  const matches = pathMatcher(include, exclude);
  // fdir's defaults list a link as an entry without resolving it; tinyglobby either follows
  // links into folders or leaves every link out
  const found = await new fdir()
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => SKIPPED_DIRS.has(name))
    .filter((path) => matches(path))
    .crawl(root)
    .withPromise();
  return uniqueFiles(root, found.sort());
}

/**
 * Paths that name the same real file (a link to it, a folder link on the way) reduced to one,
 * in order: the path without links when it is among them, else the first. A path that does not
 * resolve is kept as it is, for its reader to report.
 */
export function uniqueFiles(root: string, paths: readonly string[]): string[] {
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    return [...new Set(paths)];
  }
  const byReal = new Map<string, string[]>();
  for (const path of paths) {
    let real: string;
    try {
      real = realpathSync.native(resolve(root, path));
    } catch {
      real = `unresolved:${path}`;
    }
    const same = byReal.get(real);
    if (same) same.push(path);
    else byReal.set(real, [path]);
  }
  const keep = new Set<string>();
  for (const [real, same] of byReal) {
    const direct = relative(realRoot, real).split(sep).join('/');
    keep.add(same.find((p) => p.replace(/^(?:\.\/)+/, '') === direct) ?? same[0]!);
  }
  const out: string[] = [];
  for (const path of paths) if (keep.delete(path)) out.push(path);
  return out;
}
