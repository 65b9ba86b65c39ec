import { resolve } from 'node:path';
import { compareScan, type CallSite, type Catalog, type Manifest, type ScannedCall, type UndeclaredRule } from '@genspend/core';
import { checkSize, decodeText, pathMatcher, readRepositoryText } from '@genspend/files';
import { scannable } from '@genspend/scan';
import type { Git, GitResult } from './base.js';
import type { GitHubApi, Toolkit } from './toolkit.js';

/** Files the scan reads at most, and their size: a PR that changes more is scanned in part, and says so. */
export const MAX_SCANNED_FILES = 3000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const READ = {
  maxBytes: MAX_FILE_BYTES,
  rootName: 'the repository',
  splitFix: 'add it to `scan: { exclude: [...] }` in genspend.yml if it is generated',
  binaryFix: 'add it to `scan: { exclude: [...] }` in genspend.yml',
};

export interface PrScan {
  /** Call sites the PR adds that no manifest declares (not in the same file at the base). */
  readonly added: readonly ScannedCall[];
  readonly rule: UndeclaredRule;
  readonly files: number;
}

/** The PR file statuses whose file is in the head (GitHub's `removed` and `unchanged` are not). */
const API_CHANGED = new Set(['added', 'modified', 'changed', 'renamed', 'copied']);

/** git's list of the files added or modified since the base: started early, so it runs while the manifests are priced. */
export const changedByGit = (git: Git, baseSha: string): Promise<GitResult> =>
  git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=AM', baseSha, 'HEAD', '--']);

/** The paths the pull request changes (added or modified), by git when the base commit is present, else the API. */
async function changedFiles(
  git: Git,
  early: Promise<GitResult> | undefined,
  api: GitHubApi | undefined,
  baseSha: string,
  pr: number,
  log: (m: string) => void,
): Promise<string[] | undefined> {
  // a list started early failed when the base was not here yet: reading it may have fetched it since
  const first = await early;
  const diff = first?.ok ? first : await changedByGit(git, baseSha);
  if (diff.ok) return diff.out.toString('utf8').split('\0').filter(Boolean);
  if (!api) {
    log(`genspend: scan skipped: the base ${baseSha} is not in the checkout and there is no token to ask GitHub for the PR's files`);
    return undefined;
  }
  // what git's `--no-renames --diff-filter=AM` lists: a renamed or copied file is new at its path
  return (await api.prFiles(pr)).filter((f) => API_CHANGED.has(f.status)).map((f) => f.path);
}

async function baseText(git: Git, api: GitHubApi | undefined, baseSha: string, path: string): Promise<string | null> {
  const shown = await git(['show', `${baseSha}:${path}`]);
  let bytes: Uint8Array | null = null;
  if (shown.ok) bytes = shown.out;
  else if (api) bytes = await api.file(path, baseSha);
  if (bytes === null) return null;
  checkSize(bytes.length, path, READ);
  return decodeText(bytes, path, READ);
}

/** A call site, for matching head against base: the same call to the same model in the same file. */
const identity = (s: CallSite) => JSON.stringify([s.file, s.provider, s.model, s.call, s.task ?? '']);

/**
 * Scans the files the pull request changes: the undeclared call sites in them that the same
 * file did not have at the base (a call moved within a file is not new).
 */
export async function scanPullRequest(options: {
  readonly workspace: string;
  readonly git: Git;
  /** `changedByGit`, when the caller started it earlier. */
  readonly diff?: Promise<GitResult>;
  readonly api: GitHubApi | undefined;
  readonly baseSha: string;
  readonly pr: number;
  readonly manifests: readonly Manifest[];
  readonly catalog: Catalog;
  readonly rule: UndeclaredRule | undefined;
  readonly toolkit: Toolkit;
}): Promise<PrScan | undefined> {
  const log = (m: string) => options.toolkit.info(m);
  const changed = await changedFiles(options.git, options.diff, options.api, options.baseSha, options.pr, log);
  if (!changed) return undefined;
  const excluded = pathMatcher(options.manifests.flatMap((m) => m.scan?.exclude ?? []));
  let files = changed.filter((f) => scannable(f) && !excluded(f));
  if (files.length > MAX_SCANNED_FILES) {
    log(`genspend: the PR changes ${files.length} files the scan reads; the first ${MAX_SCANNED_FILES} were scanned`);
    files = files.slice(0, MAX_SCANNED_FILES);
  }
  const head: CallSite[] = [];
  const before = new Map<string, number>();
  const { scanFile } = files.length ? await import('./scanner.js') : { scanFile: undefined };
  for (const file of files) {
    let text: string;
    try {
      text = readRepositoryText(resolve(options.workspace), file, READ);
    } catch (e) {
      log(`genspend: not scanned: ${file}: ${(e as Error).message}`);
      continue;
    }
    const found = scanFile!(file, text);
    if (found.problem) log(`genspend: not scanned: ${file}: ${found.problem}`);
    if (!found.sites.length) continue;
    head.push(...found.sites);
    let old: string | null = null;
    try {
      old = await baseText(options.git, options.api, options.baseSha, file);
    } catch (e) {
      log(`genspend: ${file} could not be read at the base (${(e as Error).message}): every call in it counts as new`);
    }
    if (old !== null) for (const s of scanFile!(file, old).sites) before.set(identity(s), (before.get(identity(s)) ?? 0) + 1);
  }
  // a call whose like the base file already had is not new: count them off, one for one
  const added = head.filter((s) => {
    const n = before.get(identity(s)) ?? 0;
    if (n > 0) {
      before.set(identity(s), n - 1);
      return false;
    }
    return true;
  });
  const result = compareScan(added, options.manifests, { catalog: options.catalog, ...(options.rule ? { undeclared: options.rule } : {}) });
  const undeclared = result.rule === 'off' ? [] : result.calls.filter((c) => c.status === 'undeclared');
  log(
    `genspend: scanned ${files.length} changed file(s): ${added.length} new model call(s), ${undeclared.length} undeclared (undeclared: ${result.rule})`,
  );
  return { added: undeclared, rule: result.rule, files: files.length };
}
