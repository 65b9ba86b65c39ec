import * as nativeFs from 'node:fs';
import { realpathSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fdir, type FSLike } from 'fdir';
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

/** A file findFiles lists: its root-relative path, and its real path as found when it was listed. */
export interface ListedFile {
  readonly path: string;
  /** Unset when the path does not resolve (a link to nothing): its reader says so. */
  readonly real?: string;
}

/**
 * The files under `root` that match, as sorted root-relative paths with `/`. Links are listed
 * (a link to a manifest is read, a link to /dev/zero is refused when read) but never followed
 * into: a `self -> .` link would repeat the whole tree, one to `/` would walk the machine. Each
 * real file is listed once (uniqueFiles).
 */
export async function findFiles(root: string, include: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  return (await listFiles(root, include, exclude)).map((f) => f.path);
}

/**
 * findFiles with each file's real path. The crawl walks real folders only (a link to a folder is
 * listed, never entered), so an entry that is not itself a link is its own real path under the
 * root's: only the links are resolved, here, once (a scan lists thousands of files, and resolving
 * each path costs a system call per folder on the way).
 */
export async function listFiles(root: string, include: readonly string[], exclude: readonly string[] = []): Promise<ListedFile[]> {
  const matches = pathMatcher(include, exclude);
  const links: string[] = [];
  // fdir's defaults list a link as an entry without resolving it; tinyglobby either follows
  // links into folders or leaves every link out. fdir reads each folder once with its entries'
  // types, and its `fs` option lets the listing note which entries are links as it goes.
  const found = await new fdir({ fs: noticingLinks(links) })
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => SKIPPED_DIRS.has(name))
    .filter((path) => matches(path))
    .crawl(root)
    .withPromise();
  found.sort();
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    return found.map((path) => ({ path }));
  }
  const linked = new Set(links.map((l) => relative(root, l).split(sep).join('/')));
  const under = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
  const listed = (path: string) => under + (sep === '/' ? path : path.replaceAll('/', sep));
  const direct = new Set(found.filter((path) => !linked.has(path)));
  const out: ListedFile[] = [];
  const seen = new Set<string>();
  for (const path of found) {
    if (direct.has(path)) {
      out.push({ path, real: listed(path) });
      continue;
    }
    let real: string;
    try {
      real = realpathSync.native(resolve(root, path));
    } catch {
      out.push({ path });
      continue;
    }
    // a link to a file listed by its own path, or to one an earlier link reached, adds nothing
    const rel = relative(realRoot, real);
    if (!rel.startsWith('..') && direct.has(rel.split(sep).join('/'))) continue;
    if (seen.has(real)) continue;
    seen.add(real);
    out.push({ path, real });
  }
  return out;
}

/** node:fs for fdir, whose `readdir` (its only call when links are not followed) also pushes the path of each link entry to `links`. */
function noticingLinks(links: string[]): FSLike {
  const readdir = (dir: string, options: { withFileTypes: true }, callback: (error: Error | null, entries: Dirent[]) => void) =>
    nativeFs.readdir(dir, options, (error, entries) => {
      for (const entry of entries ?? []) if (entry.isSymbolicLink()) links.push(join(dir, entry.name));
      callback(error, entries);
    });
  const { readdirSync, realpath, realpathSync, stat, statSync } = nativeFs;
  return { readdir: readdir as FSLike['readdir'], readdirSync, realpath, realpathSync, stat, statSync };
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
