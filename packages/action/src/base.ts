import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { GenspendError, GenspendErrors, parseManifest, problemsOf, type Manifest, type UnreadableBase } from '@genspend/core';
import { checkSize, decodeText } from '@genspend/files';
import { READ } from './manifests.js';
import type { GitHubApi } from './toolkit.js';

export type GitResult = { ok: true; out: Buffer } | { ok: false; err: string };
/**
 * One git command. Asynchronous, so the git processes a run needs work while the action reads
 * and prices the head's manifests; it never rejects: a failure is `ok: false`.
 */
export type Git = (args: readonly string[], options?: { timeoutMs?: number }) => Promise<GitResult>;

/** Runs git in `cwd` without a shell, without prompts, with a time limit. */
export function gitIn(cwd: string): Git {
  return (args, options = {}) =>
    new Promise((done) => {
      execFile(
        'git',
        args,
        {
          cwd,
          encoding: 'buffer',
          timeout: options.timeoutMs ?? 30_000,
          // a whole-repository ls-tree of a large monorepo
          maxBuffer: 256 * 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        },
        (error, stdout, stderr) => {
          if (!error) return done({ ok: true, out: stdout });
          const err = stderr.toString().trim() || error.message;
          done({ ok: false, err: err.split('\n')[0] ?? '' });
        },
      ).stdin?.end();
    });
}

/** A fetch of one commit over the network: generous, but a hung remote must not hang the job. */
const FETCH_TIMEOUT_MS = 120_000;

export interface BaseRead {
  /** The base's manifests: the head's paths that exist there, and the base's own that match the globs. */
  readonly manifests: Manifest[];
  /**
   * Base manifests that could not be read or are invalid there: never a blocker (the change
   * that fixes one must be able to pass); the report says so and judges them as unpriced.
   */
  readonly unreadable: UnreadableBase[];
  /** How it was read, for the log: "git", "git fetch" or "contents API". */
  readonly via: string;
  /** The workspace's path inside the repository ("" at its root), for annotation paths. */
  readonly prefix: string;
  /**
   * Another file at the base (a workspace-relative path), looked up in the listing the
   * manifests came from, so an absent file costs no git call: its bytes, or undefined when the
   * base holds no regular file there. Not set when the base came through the contents API.
   */
  readonly file?: (path: string) => Promise<Uint8Array | undefined>;
}

interface Listing {
  /** Workspace-relative path -> a reader of its bytes. */
  readonly files: Map<string, { size: number; read: () => Promise<Uint8Array | null> }>;
  /** Whether the listing may miss files (the trees API truncates large trees). */
  readonly partial: boolean;
  /** Symbolic links, left out of `files`. */
  readonly links?: readonly string[];
}

const SYMLINK = '120000';
/** Base files read at the same time. */
const READS_AT_ONCE = 8;

export interface BaseStart {
  /** Whether the workspace is in a git repository, and its path there ("" at the root). */
  readonly inRepo: boolean;
  readonly prefix: string;
  /** The base commit, when the checkout has it. */
  readonly present: string | undefined;
  /** The listing of `ref` itself, when it is a commit id (started before it is known to be here). */
  readonly early: GitResult | undefined;
}

/**
 * The local git calls that begin reading the base, for a caller to start before it reads the
 * head (they never fetch): one `rev-parse` for the workspace's prefix and the base commit, and,
 * since a pull request's base is a commit id, its listing without waiting for that check (when
 * the commit is not here, that listing fails and is not used).
 */
export async function startBase(git: Git, ref: string): Promise<BaseStart> {
  const [both, early] = await Promise.all([
    git(['rev-parse', '--show-prefix', '--verify', '--quiet', `${ref}^{commit}`]),
    COMMIT_ID.test(ref) ? listTree(git, ref) : undefined,
  ]);
  if (both.ok) {
    // the prefix's line, then the commit's
    const lines = both.out.toString().trimEnd().split('\n');
    const present = lines.pop();
    return { inRepo: true, prefix: lines.join('\n').trim(), present, early };
  }
  // not a repository, or no such commit here: which one, and the prefix
  const inRepo = await git(['rev-parse', '--show-prefix']);
  return { inRepo: inRepo.ok, prefix: inRepo.ok ? inRepo.out.toString().trim() : '', present: undefined, early };
}

/**
 * Reads the manifests at the base: with git when the commit is present, after a shallow fetch
 * from `origin` when it is not, else through the contents API. A path missing at the base is a
 * $0 baseline (absent from the result), not an error.
 */
export async function readBase(options: {
  ref: string;
  headFiles: readonly string[];
  matches: (path: string) => boolean;
  git: Git;
  /** `startBase(git, ref)`, when the caller started it earlier. */
  started?: Promise<BaseStart>;
  api: GitHubApi | undefined;
  log: (message: string) => void;
}): Promise<BaseRead> {
  const { ref, git, log } = options;
  const { inRepo, prefix, present, early } = await (options.started ?? startBase(git, ref));
  let listing: Listing | undefined;
  let fromGit = false;
  let via = 'git';
  if (inRepo) {
    let sha = present;
    if (!sha) {
      log(`genspend: base ${ref} is not in the checkout; fetching it from origin (git fetch --depth=1)`);
      const fetched = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref], {
        timeoutMs: FETCH_TIMEOUT_MS,
      });
      if (fetched.ok) {
        sha = await resolveCommit(git, 'FETCH_HEAD');
        via = 'git fetch';
      } else {
        log(`genspend: git fetch failed (${fetched.err}); reading the base through the contents API`);
      }
    }
    if (sha) {
      listing = gitListing(git, sha, sha === ref && early?.ok ? early : await listTree(git, sha));
      fromGit = true;
    }
  }
  if (!listing) {
    if (!options.api) {
      throw new GenspendError(
        `cannot read the base ${ref}: it is not in the checkout, could not be fetched, and no GitHub token was given for the contents API`,
        undefined,
        'check out with `fetch-depth: 0`, or keep the default `github-token` input',
      );
    }
    listing = await apiListing(options.api, ref, prefix, options.headFiles);
    via = 'contents API';
  }
  if (listing.partial) log('genspend: the base tree is too large to list in full; a manifest deleted by this change may be missed');
  const head = new Set(options.headFiles);
  for (const link of listing.links ?? []) {
    if (head.has(link) || options.matches(link))
      // quoted: a path may hold a line break, and a log line starting with `::` is a workflow command
      log(`genspend: ${JSON.stringify(link)} is a symbolic link at the base, not a manifest; it is read as absent there`);
  }
  const wanted = [...listing.files.keys()].filter((p) => head.has(p) || options.matches(p)).sort();
  const manifests: Manifest[] = [];
  const unreadable: UnreadableBase[] = [];
  // the reads run a few at a time (a git process or an API request each), and are taken in order
  const label = (path: string) => `${path}@${ref.slice(0, 12)}`;
  const reads: Promise<{ bytes: Uint8Array | null } | { error: unknown }>[] = [];
  const read = async (path: string) => {
    try {
      const entry = listing.files.get(path)!;
      checkSize(entry.size, label(path), READ);
      return { bytes: await entry.read() };
    } catch (error) {
      return { error };
    }
  };
  for (const [i, path] of wanted.entries()) {
    for (let j = reads.length; j < Math.min(wanted.length, i + READS_AT_ONCE); j++) reads.push(read(wanted[j]!));
    try {
      const got = await reads[i]!;
      if ('error' in got) throw got.error;
      const bytes = got.bytes;
      if (bytes === null) continue;
      const text = decodeText(bytes, label(path), READ);
      try {
        manifests.push(parseManifest(text, path));
      } catch (e) {
        throw atBase(e, ref);
      }
    } catch (e) {
      const problems = problemsOf(e);
      if (!problems) throw e;
      unreadable.push({ file: path, error: problems.map((p) => p.format()).join('; ') });
    }
  }
  const files = listing.files;
  const file = async (path: string) => (await files.get(posix.normalize(path))?.read()) ?? undefined;
  return { manifests, unreadable, via, prefix, ...(fromGit ? { file } : {}) };
}

/** Errors in a base manifest name it as `path@ref`: its line numbers are the base's, not the head's. */
function atBase(e: unknown, ref: string): unknown {
  const relabel = (err: GenspendError) =>
    new GenspendError(err.message, err.where ? { ...err.where, file: `${err.where.file}@${ref.slice(0, 12)}` } : undefined, err.fix);
  const problems = problemsOf(e);
  return problems ? new GenspendErrors(problems.map(relabel)) : e;
}

async function resolveCommit(git: Git, ref: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.ok ? r.out.toString().trim() : undefined;
}

/** A full commit id, which git cannot take for an option or read as another name. */
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

// `-- .` in the workspace: paths relative to it, as the head's are
const listTree = (git: Git, sha: string) => git(['ls-tree', '-r', '-l', '-z', sha, '--', '.']);

function gitListing(git: Git, sha: string, r: GitResult): Listing {
  if (!r.ok) throw new GenspendError(`cannot list the base ${sha.slice(0, 12)}: ${r.err}`);
  const files: Listing['files'] = new Map();
  const links: string[] = [];
  for (const record of r.out.toString('utf8').split('\0')) {
    // "<mode> blob <oid> <size>\t<path>"; a submodule is a "commit", not listed
    const m = /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.+)$/s.exec(record);
    if (!m) continue;
    const [, mode, oid, size, path] = m as unknown as [string, string, string, string, string];
    // a link's blob is its target's path, not a manifest: absent at the base, as the head never reads one from outside
    if (mode === SYMLINK) {
      links.push(path);
      continue;
    }
    files.set(path, {
      size: Number(size),
      read: async () => {
        const blob = await git(['cat-file', 'blob', oid]);
        if (!blob.ok) throw new GenspendError(`cannot read it at the base: ${blob.err}`, { file: path });
        return blob.out;
      },
    });
  }
  return { files, partial: false, links };
}

async function apiListing(api: GitHubApi, ref: string, prefix: string, headFiles: readonly string[]): Promise<Listing> {
  const tree = await api.tree(ref);
  if (!tree) {
    throw new GenspendError(
      `the base ${ref} is not in the repository`,
      undefined,
      'check the `base-ref` input, or that the base branch exists',
    );
  }
  const files: Listing['files'] = new Map();
  for (const entry of tree.entries) {
    if (!entry.path.startsWith(prefix)) continue;
    const path = entry.path.slice(prefix.length);
    files.set(path, { size: entry.size, read: () => api.file(entry.path, ref) });
  }
  if (tree.truncated) {
    // a truncated listing: ask for each head path directly (404 = not at the base)
    for (const path of headFiles) {
      if (!files.has(path)) files.set(path, { size: 0, read: () => api.file(prefix + path, ref) });
    }
  }
  return { files, partial: tree.truncated };
}
