import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { GenspendError, mapAll, MAX_YAML_BYTES, parseManifest, type Manifest } from '@genspend/core';
import { decodeText, findFiles, pathMatcher, readRepositoryText, uniqueFiles, type TextOptions } from '@genspend/files';
import { UsageError } from './io.js';

/** The core's cap, checked while reading so a larger file is refused before it is decoded. */
export const MAX_MANIFEST_BYTES = MAX_YAML_BYTES;

const GLOB_CHARS = /[*?[\]{}!]/;

/** A path as the user sees it in messages: relative to the working directory, with `/`. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** Expands file arguments and globs into manifest paths (relative to cwd), in a stable order. */
export async function expandManifestArgs(args: readonly string[], cwd: string): Promise<string[]> {
  if (args.length === 0) throw new UsageError('name at least one manifest file or glob, e.g. `genspend estimate genspend.yml`');
  const out = new Set<string>();
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !exists(resolve(cwd, arg))) {
      const matches = await findFiles(cwd, [arg]);
      if (matches.length === 0)
        throw new GenspendError(`no file matches \`${arg}\``, undefined, 'check the glob, and quote it so the shell does not expand it');
      for (const m of matches) out.add(displayPath(cwd, m));
    } else {
      out.add(displayPath(cwd, arg));
    }
  }
  // `a.yml link-to-a.yml`, or a glob and a path naming one file: each manifest is priced once
  return uniqueFiles(cwd, [...out]);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** How the CLI reads a manifest, from the working tree and at a git revision alike. */
const READ: TextOptions = {
  maxBytes: MAX_MANIFEST_BYTES,
  rootName: 'the current directory',
  splitFix: 'split it into several manifests (genspend accepts globs)',
  binaryFix: 'point genspend at a YAML manifest',
};

/**
 * Reads a manifest with the checks it needs: a regular file inside the working directory (no
 * FIFO, device or link leading out), not huge, UTF-8.
 */
export function readManifestText(cwd: string, file: string): string {
  return readRepositoryText(cwd, file, READ);
}

export function loadManifest(cwd: string, file: string): Manifest {
  return parseManifest(readManifestText(cwd, file), file);
}

/** Loads every manifest, reporting the problems of all of them together. */
export function loadManifests(cwd: string, files: readonly string[]): Manifest[] {
  return mapAll(files, (file) => loadManifest(cwd, file));
}

function git(cwd: string, args: string[]): { ok: true; out: Buffer } | { ok: false; err: string } {
  try {
    return { ok: true, out: execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * MAX_MANIFEST_BYTES }) };
  } catch (e) {
    const err = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
    return { ok: false, err };
  }
}

/** Whether `ref` names a commit in the repository at cwd. */
export function isGitRef(cwd: string, ref: string): boolean {
  if (ref.startsWith('-')) return false;
  const r = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.ok;
}

/**
 * The text of a manifest at a git revision, or null when it did not exist there (a new
 * manifest: a $0 baseline, not an error).
 */
export function readAtRevision(cwd: string, ref: string, file: string): string | null {
  const r = git(cwd, ['show', `${ref}:./${file}`]);
  if (r.ok) {
    return decodeText(r.out, `${file}@${ref}`, READ);
  }
  if (/does not exist|exists on disk, but not in|not in '/.test(r.err)) return null;
  throw new GenspendError(
    `cannot read it at ${ref}: ${r.err.trim().split('\n')[0]}`,
    { file },
    'fetch the base commit (e.g. `git fetch --depth=1 origin <sha>`) or pass a file to --base',
  );
}

/** Files at a revision that match the head's globs: finds manifests the head deleted. */
export function filesAtRevision(cwd: string, ref: string, patterns: readonly string[]): string[] {
  // run inside cwd, ls-tree lists paths relative to it
  const r = git(cwd, ['ls-tree', '-r', '--name-only', ref, '--', '.']);
  if (!r.ok) return [];
  const match = pathMatcher(patterns);
  return r.out
    .toString()
    .split('\n')
    .filter(Boolean)
    .filter((p) => match(p))
    .sort();
}
