import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the GitHub REST and GraphQL calls the action makes, on 127.0.0.1, recording
 * every request. Comments live in memory; files at refs are what the contents and trees APIs
 * serve.
 */
export interface StoredComment {
  id: number;
  node_id: string;
  issue: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  minimized: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  accept: string | undefined;
  authorization: string | undefined;
}

export interface ServerOptions {
  /** The token's user (a personal token); unset: GET /user answers 403, as for GITHUB_TOKEN. */
  user?: { login: string; type: string };
  /** Who the token writes comments as. */
  actor?: { login: string; type: string };
  /** false: GraphQL `viewer` is refused too (no way for the token to say who it is). */
  viewer?: boolean;
  /** Comment writes answer 403 (a fork's read-only token). */
  readOnly?: boolean;
  /** ref -> path -> file text, for the contents and trees APIs. */
  files?: Record<string, Record<string, string>>;
  /**
   * The pull request's changed files, as GET /pulls/{n}/files lists them: `status` is added,
   * modified, renamed (with `previous_filename`), copied, removed, changed or unchanged.
   */
  prFiles?: { filename: string; status: string; previous_filename?: string }[];
  pageSize?: number;
}

export interface GitHubStandIn {
  url: string;
  comments: StoredComment[];
  requests: RecordedRequest[];
  /** Requests that write: POST, PATCH, DELETE and GraphQL mutations. */
  writes(): RecordedRequest[];
  addComment(issue: number, body: string, user?: { login: string; type: string }): StoredComment;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export async function startGitHub(options: ServerOptions = {}): Promise<GitHubStandIn> {
  const comments: StoredComment[] = [];
  const requests: RecordedRequest[] = [];
  const actor = options.actor ?? BOT;
  const pageSize = options.pageSize ?? 30;
  let nextId = 1000;
  let base = '';

  const addComment = (issue: number, body: string, user = actor): StoredComment => {
    const id = nextId++;
    const c = {
      id,
      node_id: `IC_${id}`,
      issue,
      body,
      user,
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`,
      minimized: false,
    };
    comments.push(c);
    return c;
  };
  const publicComment = ({ id, node_id, body, user, html_url }: StoredComment) => ({ id, node_id, body, user, html_url });

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'application/vnd.github.raw; charset=utf-8' : 'application/json; charset=utf-8',
      ...headers,
    });
    res.end(text);
  }
  const forbidden = (res: ServerResponse) => send(res, 403, { message: 'Resource not accessible by integration', status: '403' });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      accept: req.headers.accept,
      authorization: req.headers.authorization,
    };
    requests.push(record);
    const method = req.method;
    const path = url.pathname;
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/user') {
      return options.user ? send(res, 200, options.user) : forbidden(res);
    }
    if ((m = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const all = comments.filter((c) => c.issue === issue);
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? pageSize), pageSize);
        const page = Number(url.searchParams.get('page') ?? 1);
        const pages = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < pages) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.toString()}>; rel="next", <${base}${path}?page=${pages}>; rel="last"`;
        }
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(publicComment), headers);
      }
      if (method === 'POST') {
        if (options.readOnly) return forbidden(res);
        return send(res, 201, publicComment(addComment(issue, String(body.body))));
      }
    }
    if ((m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(path))) {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      if (options.readOnly || c.user.login !== actor.login) return forbidden(res);
      if (method === 'PATCH') {
        c.body = String(body.body);
        return send(res, 200, publicComment(c));
      }
      if (method === 'DELETE') {
        comments.splice(comments.indexOf(c), 1);
        return send(res, 204);
      }
    }
    if (method === 'POST' && path === '/graphql' && /\bviewer\b/.test(String(body?.query))) {
      // installation tokens (GITHUB_TOKEN, GitHub Apps) can say who they are here, not at GET /user
      if (options.viewer === false)
        return send(res, 200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
      return send(res, 200, { data: { viewer: { login: (options.user ?? actor).login } } });
    }
    if (method === 'POST' && path === '/graphql') {
      const id = body?.variables?.id;
      const c = comments.find((x) => x.node_id === id);
      if (!/minimizeComment/.test(String(body?.query)) || !c) return send(res, 200, { errors: [{ message: 'not found' }] });
      if (options.readOnly) return send(res, 200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
      c.minimized = true;
      return send(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    }
    if (method === 'GET' && (m = /^\/repos\/o\/r\/git\/trees\/([^/]+)$/.exec(path))) {
      const tree = options.files?.[decodeURIComponent(m[1]!)];
      if (!tree) return send(res, 404, { message: 'Not Found' });
      const entries = Object.entries(tree).map(([p, text]) => ({ path: p, type: 'blob', mode: '100644', size: Buffer.byteLength(text) }));
      return send(res, 200, { sha: m[1], tree: entries, truncated: false });
    }
    if (method === 'GET' && (m = /^\/repos\/o\/r\/contents\/(.+)$/.exec(path))) {
      const file = decodeURIComponent(m[1]!);
      const text = options.files?.[url.searchParams.get('ref') ?? '']?.[file];
      if (text === undefined) return send(res, 404, { message: 'Not Found' });
      if (/raw/.test(req.headers.accept ?? '')) return send(res, 200, text);
      return send(res, 200, { type: 'file', path: file, encoding: 'base64', content: Buffer.from(text).toString('base64') });
    }
    if (method === 'GET' && /^\/repos\/o\/r\/pulls\/\d+\/files$/.test(path)) {
      // 30 a page unless asked, at most 100, with a Link header to the next and last pages
      const all = options.prFiles ?? [];
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < pages) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        const last = new URL(url);
        last.searchParams.set('page', String(pages));
        headers.link = `<${next.toString()}>; rel="next", <${last.toString()}>; rel="last"`;
      }
      const entry = (f: { filename: string; status: string; previous_filename?: string }) => ({
        sha: '0'.repeat(40),
        ...f,
        additions: 1,
        deletions: 0,
        changes: 1,
        blob_url: `https://github.test/o/r/blob/head/${f.filename}`,
        raw_url: `https://github.test/o/r/raw/head/${f.filename}`,
        contents_url: `${base}/repos/o/r/contents/${encodeURIComponent(f.filename)}?ref=head`,
      });
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(entry), headers);
    }
    return send(res, 404, { message: `no route for ${method} ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, { message: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    comments,
    requests,
    writes: () =>
      requests.filter(
        (r) => r.method !== 'GET' && !(r.path === '/graphql' && !/\bmutation\b/.test(String((r.body as { query?: unknown })?.query))),
      ),
    addComment,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
