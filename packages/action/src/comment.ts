import type { RunStamp } from './context.js';
import type { CommentMode } from './inputs.js';
import { statusOf, type GitHubApi, type IssueComment } from './toolkit.js';

/**
 * The first line of every genspend comment: which tag it belongs to and which run wrote it.
 * The tag is URI-encoded, so no tag can end the HTML comment or look like another tag.
 */
export function stampLine(tag: string, run: RunStamp): string {
  return `<!-- genspend:comment tag=${encodeURIComponent(tag)} run=${run.id}.${run.attempt} -->`;
}

const STAMP = /^<!-- genspend:comment tag=(\S*) run=(\d{1,30})\.(\d{1,30}) -->\n/;

export function parseStamp(body: string): { tag: string; run: RunStamp; rest: string } | null {
  const m = STAMP.exec(body);
  if (!m) return null;
  let tag: string;
  try {
    tag = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  return { tag, run: { id: BigInt(m[2]!), attempt: BigInt(m[3]!) }, rest: body.slice(m[0].length) };
}

/** A re-run of an older run keeps its id, so it stays older than any later run. */
export const newer = (a: RunStamp, b: RunStamp) => a.id > b.id || (a.id === b.id && a.attempt > b.attempt);

export type UpsertOutcome =
  | { kind: 'created' | 'updated'; url: string | undefined; hidden: number; deleted: number }
  | { kind: 'unchanged' | 'skipped'; url: string | undefined; why: string };

export interface UpsertRequest {
  readonly issue: number;
  readonly tag: string;
  readonly run: RunStamp;
  /** The report, without the stamp line. */
  readonly body: string;
  readonly mode: Exclude<CommentMode, 'off'>;
  /** What `comment-on` says about this run: false means do not start a new comment. */
  readonly wanted: boolean;
}

/**
 * Writes the sticky comment. Only comments by the token's own user that carry this tag are
 * touched; a comment stamped by a newer run is left alone; the same body is not written again.
 * New comments are created before older ones are hidden or deleted, so a failure never leaves
 * the PR without one.
 */
export async function upsertComment(api: GitHubApi, request: UpsertRequest): Promise<UpsertOutcome> {
  const login = await api.authenticatedLogin();
  // GET /user is refused to GITHUB_TOKEN and to GitHub App installation tokens, which write as a
  // bot (`github-actions[bot]`, `<app>[bot]`): then any bot's comment with this tag may be ours,
  // and a person's never is. One this token may not edit belongs to another bot (below).
  const mine = (c: IssueComment) => (login !== null ? c.authorLogin === login : c.authorType === 'Bot');
  const anotherBots = (e: unknown) => login === null && [403, 404].includes(statusOf(e) ?? 0);
  const ours = (await api.listComments(request.issue))
    .filter(mine)
    .map((comment) => ({ comment, stamp: parseStamp(comment.body) }))
    .filter((c): c is { comment: IssueComment; stamp: NonNullable<typeof c.stamp> } => c.stamp?.tag === request.tag);

  const newest = ours.reduce<RunStamp | undefined>((n, c) => (!n || newer(c.stamp.run, n) ? c.stamp.run : n), undefined);
  const latest = ours.at(-1);
  if (newest && newer(newest, request.run)) {
    return {
      kind: 'skipped',
      url: latest?.comment.url,
      why: `a newer run (${newest.id}, attempt ${newest.attempt}) already wrote the comment; this run (${request.run.id}) leaves it`,
    };
  }
  if (latest && latest.stamp.rest === request.body) {
    return { kind: 'unchanged', url: latest.comment.url, why: 'the comment already says this' };
  }
  const stamped = `${stampLine(request.tag, request.run)}\n${request.body}`;
  if (request.mode === 'update' && latest) {
    // comment-on does not stop an update: a stale comment would contradict this run
    try {
      await api.updateComment(latest.comment.id, stamped);
      return { kind: 'updated', url: latest.comment.url, hidden: 0, deleted: 0 };
    } catch (e) {
      // another bot's comment: post this token's own, which later runs then find as the latest
      if (!anotherBots(e)) throw e;
    }
  }
  if (!request.wanted) return { kind: 'skipped', url: latest?.comment.url, why: 'the `comment-on` condition is not met' };
  const created = await api.createComment(request.issue, stamped);
  let hidden = 0;
  let deleted = 0;
  for (const { comment } of ours) {
    try {
      if (request.mode === 'hide-and-new') {
        await api.minimizeComment(comment.nodeId);
        hidden++;
      } else if (request.mode === 'delete-and-new') {
        await api.deleteComment(comment.id);
        deleted++;
      }
    } catch (e) {
      if (!anotherBots(e)) throw e;
    }
  }
  return { kind: 'created', url: created.url, hidden, deleted };
}
