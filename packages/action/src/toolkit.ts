/**
 * What the action needs from the runner and from GitHub, as small interfaces: main.ts backs them
 * with @actions/core and Octokit; tests pass plain objects.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface Toolkit {
  getInput(name: string): string;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Stack traces and other detail for ACTIONS_STEP_DEBUG only. */
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
  writeSummary(markdown: string): Promise<void>;
  /** Masks a value in the log. */
  setSecret(value: string): void;
}

export interface IssueComment {
  readonly id: number;
  /** GraphQL id, for minimizeComment. */
  readonly nodeId: string;
  readonly body: string;
  readonly authorLogin: string | undefined;
  readonly authorType: string | undefined;
  readonly url: string | undefined;
}

export interface TreeEntry {
  /** Relative to the repository root. */
  readonly path: string;
  readonly size: number;
}

/** The GitHub calls the action makes; errors carry the HTTP `status` (Octokit's RequestError). */
export interface GitHubApi {
  /** The token's own login (GET /user, else GraphQL `viewer`), or null when the token cannot say. */
  authenticatedLogin(): Promise<string | null>;
  /** Every comment of an issue or pull request, oldest first (bounded). */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
  minimizeComment(nodeId: string): Promise<void>;
  /** Blobs of the tree at `ref`, or null when the ref does not exist. */
  tree(ref: string): Promise<{ entries: TreeEntry[]; truncated: boolean } | null>;
  /** A file's bytes at `ref` (contents API), or null when it does not exist there. */
  file(path: string, ref: string): Promise<Uint8Array | null>;
  /** The files a pull request changes, with their status (`added`, `modified`, `removed`, `renamed`), bounded. */
  prFiles(pr: number): Promise<{ path: string; status: string }[]>;
}

/** The HTTP status of a failed API call, if it was one. */
export function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
