import type { AnnotationProperties, GitHubApi, IssueComment, Toolkit } from '../src/toolkit.js';

/** A toolkit that records what the action did, in place of @actions/core. */
export function fakeToolkit(inputs: Record<string, string> = {}) {
  const record = {
    info: [] as string[],
    warnings: [] as { message: string; properties?: AnnotationProperties }[],
    errors: [] as { message: string; properties?: AnnotationProperties }[],
    debug: [] as string[],
    outputs: {} as Record<string, string>,
    summary: [] as string[],
    secrets: [] as string[],
  };
  const toolkit: Toolkit = {
    getInput: (name) => inputs[name] ?? '',
    info: (m) => record.info.push(m),
    warning: (message, properties) => record.warnings.push({ message, ...(properties ? { properties } : {}) }),
    error: (message, properties) => record.errors.push({ message, ...(properties ? { properties } : {}) }),
    debug: (m) => record.debug.push(m),
    setOutput: (name, value) => (record.outputs[name] = value),
    writeSummary: async (md) => void record.summary.push(md),
    setSecret: (s) => record.secrets.push(s),
  };
  return { toolkit, record };
}

type Writable = { -readonly [K in keyof IssueComment]: IssueComment[K] } & { minimized?: boolean };

/** An in-memory GitHub: comments, and calls recorded as "method arg". */
export function fakeApi(options: { login?: string | null; fail?: { status: number; on: string }; writesAs?: string } = {}) {
  // who the token writes as: its user, else GITHUB_TOKEN's bot, or a GitHub App's bot (`writesAs`);
  // like GitHub, a token may edit or delete only its own comments (minimizing is a moderation right)
  const writer = options.login ?? options.writesAs ?? 'github-actions[bot]';
  const owned = (id: number) => {
    if (comments.find((c) => c.id === id)?.authorLogin !== writer) throw Object.assign(new Error('HTTP 403'), { status: 403 });
  };
  const comments: Writable[] = [];
  const calls: string[] = [];
  let next = 1;
  const failIf = (call: string) => {
    if (options.fail && call.startsWith(options.fail.on))
      throw Object.assign(new Error(`HTTP ${options.fail.status}`), { status: options.fail.status });
  };
  const add = (body: string, author = 'github-actions[bot]', type = 'Bot'): Writable => {
    const id = next++;
    const c = { id, nodeId: `N${id}`, body, authorLogin: author, authorType: type, url: `https://github.test/c/${id}` };
    comments.push(c);
    return c;
  };
  const api: GitHubApi = {
    authenticatedLogin: async () => (options.login === undefined ? null : options.login),
    listComments: async () => {
      calls.push('list');
      return comments.map((c) => ({ ...c }));
    },
    createComment: async (_issue, body) => {
      calls.push('create');
      failIf('create');
      return { ...add(body, writer, options.login ? 'User' : 'Bot') };
    },
    updateComment: async (id, body) => {
      calls.push(`update ${id}`);
      failIf('update');
      owned(id);
      comments.find((c) => c.id === id)!.body = body;
    },
    deleteComment: async (id) => {
      calls.push(`delete ${id}`);
      owned(id);
      comments.splice(
        comments.findIndex((c) => c.id === id),
        1,
      );
    },
    minimizeComment: async (nodeId) => {
      calls.push(`minimize ${nodeId}`);
      comments.find((c) => c.nodeId === nodeId)!.minimized = true;
    },
    tree: async () => null,
    file: async () => null,
    prFiles: async () => [],
  };
  return { api, comments, calls, add };
}
