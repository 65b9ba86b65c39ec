import type { getOctokit } from '@actions/github';
import { statusOf, type GitHubApi, type IssueComment, type TreeEntry } from './toolkit.js';

type Octokit = ReturnType<typeof getOctokit>;

/** 100 comments a page; a PR with more than 5,000 comments is not searched past them. */
const MAX_COMMENT_PAGES = 50;

interface RestComment {
  id: number;
  node_id: string;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

const comment = (c: RestComment): IssueComment => ({
  id: c.id,
  nodeId: c.node_id,
  body: c.body ?? '',
  authorLogin: c.user?.login,
  authorType: c.user?.type,
  url: c.html_url,
});

/** Paths go into the URL segment by segment, so `/` stays a separator and nothing else is read as one. */
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The GitHub calls of the action, through Octokit (which honours GITHUB_API_URL and proxies). */
export function octokitApi(octokit: Octokit, repo: { owner: string; repo: string }): GitHubApi {
  return {
    async authenticatedLogin() {
      // GraphQL's viewer names any token: a person's, and an installation token's bot
      // ("github-actions[bot]", "<app>[bot]"), which GET /user refuses
      try {
        const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
        if (typeof data.viewer?.login === 'string') return data.viewer.login;
      } catch {
        // a server without GraphQL, or one that refuses viewer: GET /user below
      }
      try {
        const { data } = await octokit.request('GET /user');
        return typeof data.login === 'string' ? data.login : null;
      } catch (e) {
        if ([401, 403, 404].includes(statusOf(e) ?? 0)) return null;
        throw e;
      }
    },

    async listComments(issue) {
      const out: IssueComment[] = [];
      let pages = 0;
      const iterator = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      for await (const page of iterator) {
        out.push(...(page.data as RestComment[]).map(comment));
        if (++pages >= MAX_COMMENT_PAGES) break;
      }
      return out;
    },

    async createComment(issue, body) {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue,
        body,
      });
      return comment(data as RestComment);
    },

    async updateComment(id, body) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
    },

    async deleteComment(id) {
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id });
    },

    async minimizeComment(nodeId) {
      await octokit.graphql(
        'mutation ($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
        { id: nodeId },
      );
    },

    async tree(ref) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
          ...repo,
          tree_sha: ref,
          recursive: '1',
        });
        const entries: TreeEntry[] = data.tree
          // a link (mode 120000) is a blob too; its text is a path, not a manifest
          .filter((e) => e.type === 'blob' && e.mode !== '120000' && typeof e.path === 'string')
          .map((e) => ({ path: e.path!, size: e.size ?? 0 }));
        return { entries, truncated: data.truncated };
      } catch (e) {
        if ([404, 409, 422].includes(statusOf(e) ?? 0)) return null;
        throw e;
      }
    },

    async file(path, ref) {
      try {
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
          ...repo,
          ref,
          mediaType: { format: 'raw' },
        });
        if (typeof data === 'string') return new TextEncoder().encode(data);
        if (data instanceof ArrayBuffer) return new Uint8Array(data);
        // a directory: the raw format still answers with its JSON listing
        return null;
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw e;
      }
    },

    async prFiles(pr) {
      // GitHub lists at most 3000 files of a pull request, 100 a page
      const out: { path: string; status: string }[] = [];
      for (let page = 1; page <= 30; page++) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          ...repo,
          pull_number: pr,
          per_page: 100,
          page,
        });
        out.push(...data.map((f) => ({ path: f.filename, status: f.status })));
        if (data.length < 100) break;
      }
      return out;
    },
  };
}

/**
 * A GitHubApi whose client is made on first use: loading Octokit and undici costs ~50 ms, which a
 * run that never calls GitHub (push, `comment: off` with the base in git) does not pay.
 */
export function lazyApi(make: () => Promise<GitHubApi>): GitHubApi {
  let client: Promise<GitHubApi> | undefined;
  const api = () => (client ??= make());
  return {
    authenticatedLogin: async () => (await api()).authenticatedLogin(),
    listComments: async (issue) => (await api()).listComments(issue),
    createComment: async (issue, body) => (await api()).createComment(issue, body),
    updateComment: async (id, body) => (await api()).updateComment(id, body),
    deleteComment: async (id) => (await api()).deleteComment(id),
    minimizeComment: async (nodeId) => (await api()).minimizeComment(nodeId),
    tree: async (ref) => (await api()).tree(ref),
    file: async (path, ref) => (await api()).file(path, ref),
    prFiles: async (pr) => (await api()).prFiles(pr),
  };
}
