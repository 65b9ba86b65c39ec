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

type Tagged = { comment: IssueComment; stamp: NonNullable<ReturnType<typeof parseStamp>> };

/**
 * Writes the sticky comment. Only comments with this tag by the identity that writes
 * genspend's comments are touched or trusted: a marker echoed by another bot cannot freeze the
 * comment with a forged "newer run". A comment stamped by a newer run is left alone; the same
 * body is not written again. New comments are created before older ones are hidden or deleted,
 * so a failure never leaves the PR without one.
 */
export async function upsertComment(api: GitHubApi, request: UpsertRequest): Promise<UpsertOutcome> {
  const login = await api.authenticatedLogin();
  const tagged = (await api.listComments(request.issue))
    .map((comment) => ({ comment, stamp: parseStamp(comment.body) }))
    .filter((c): c is Tagged => c.stamp?.tag === request.tag);
  // The token says who it is (GET /user, or GraphQL viewer for installation tokens), or it
  // writes as a bot it cannot name: then each bot that wrote a comment with this tag may be
  // it, oldest first, and a person never is. A bot whose comment this token may not edit is
  // another workflow's: the next one is tried, and at the end the token posts its own.
  const identities =
    login !== null ? [login] : [...new Set(tagged.filter((c) => c.comment.authorType === 'Bot').map((c) => c.comment.authorLogin))];
  const anotherBots = (e: unknown) => login === null && [403, 404].includes(statusOf(e) ?? 0);
  let ours: Tagged[] = [];
  for (const identity of identities.length ? identities : [undefined]) {
    ours = identity === undefined ? [] : tagged.filter((c) => c.comment.authorLogin === identity);
    const outcome = await updateOwn(api, request, ours, anotherBots);
    if (outcome) return outcome;
    if (request.mode !== 'update') break;
  }
  // with an unnamed bot identity, hide or delete every bot's: the ones this token may not touch are skipped
  if (login === null) ours = request.mode === 'update' ? [] : tagged.filter((c) => c.comment.authorType === 'Bot');
  if (!request.wanted) return { kind: 'skipped', url: ours.at(-1)?.comment.url, why: 'the `comment-on` condition is not met' };
  const created = await api.createComment(request.issue, `${stampLine(request.tag, request.run)}\n${request.body}`);
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

/**
 * With one identity's comments: skips when a newer run wrote them or they say this already,
 * else (update mode) edits the latest. undefined: nothing decided, post a new one (or, when
 * the edit was refused, try the next identity).
 */
async function updateOwn(
  api: GitHubApi,
  request: UpsertRequest,
  ours: readonly Tagged[],
  anotherBots: (e: unknown) => boolean,
): Promise<UpsertOutcome | undefined> {
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
  if (request.mode === 'update' && latest) {
    // comment-on does not stop an update: a stale comment would contradict this run
    try {
      await api.updateComment(latest.comment.id, `${stampLine(request.tag, request.run)}\n${request.body}`);
      return { kind: 'updated', url: latest.comment.url, hidden: 0, deleted: 0 };
    } catch (e) {
      if (!anotherBots(e)) throw e;
    }
  }
  return undefined;
}
