import { GenspendError } from '@genspend/core';

/** What the runner tells the action about this run (its environment and the event payload). */
export interface RunContext {
  readonly eventName: string;
  /** From GITHUB_REPOSITORY; undefined outside Actions. */
  readonly repo: { readonly owner: string; readonly repo: string } | undefined;
  /** Set on pull_request and pull_request_target events. */
  readonly pr: PullRequest | undefined;
  /** Orders comment writes: a comment stamped by a newer run is never overwritten. */
  readonly run: RunStamp;
  readonly workspace: string;
  /** Where the JSON report is written (RUNNER_TEMP on a runner). */
  readonly tempDir: string;
}

export interface PullRequest {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string | undefined;
  /** The head lives in another repository: the token is read-only there. */
  readonly fork: boolean;
}

export interface RunStamp {
  readonly id: bigint;
  readonly attempt: bigint;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function digits(value: string | undefined): bigint {
  return value && /^\d{1,30}$/.test(value) ? BigInt(value) : 0n;
}

/** Reads the run's context; `readFile` is injected so tests need no files. */
export function readContext(env: Record<string, string | undefined>, readFile: (path: string) => string, cwd: string): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const context = {
    eventName,
    repo: owner && repo && rest.length === 0 ? { owner, repo } : undefined,
    run: { id: digits(env.GITHUB_RUN_ID), attempt: digits(env.GITHUB_RUN_ATTEMPT ?? '1') },
    workspace: env.GITHUB_WORKSPACE || cwd,
    tempDir: env.RUNNER_TEMP || '',
  };
  if (!PR_EVENTS.has(eventName)) return { ...context, pr: undefined };
  return { ...context, pr: pullRequest(env.GITHUB_EVENT_PATH, readFile) };
}

function pullRequest(path: string | undefined, readFile: (path: string) => string): PullRequest {
  const fix = 'run genspend from a workflow triggered by `pull_request`, whose event payload names the base commit';
  if (!path) throw new GenspendError('GITHUB_EVENT_PATH is not set on a pull_request event', undefined, fix);
  let payload: unknown;
  try {
    payload = JSON.parse(readFile(path));
  } catch (e) {
    throw new GenspendError(`cannot read the event payload: ${(e as Error).message}`, { file: path }, fix);
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  const base = pr?.base as { sha?: unknown; repo?: { full_name?: unknown } } | undefined;
  const head = pr?.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
  if (!pr || typeof pr.number !== 'number' || typeof base?.sha !== 'string' || !SHA.test(base.sha)) {
    throw new GenspendError('the event payload has no pull_request with a number and a base sha', { file: path }, fix);
  }
  const headRepo = head?.repo?.full_name;
  return {
    number: pr.number,
    baseSha: base.sha,
    headSha: typeof head?.sha === 'string' && SHA.test(head.sha) ? head.sha : undefined,
    // a deleted fork has no head repo; either way the token cannot write to the base
    fork: headRepo !== base.repo?.full_name,
  };
}
