import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startGitHub, type GitHubStandIn, type ServerOptions } from './github-server.js';
import { git, makeRepo, manifest, prEvent, runAction, scratch, veo } from './harness.js';

// The committed bundle (`npm test` rebuilds it first), run as the runner runs it, in real git
// repositories, against a local GitHub API stand-in on 127.0.0.1.
const tmp = scratch('action-e2e');
afterAll(() => tmp.cleanup());
let servers: GitHubStandIn[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function github(options: ServerOptions = {}) {
  const s = await startGitHub(options);
  servers.push(s);
  return s;
}

const STAMP = /^<!-- genspend:comment tag=(\S*) run=(\d+)\.(\d+) -->\n/;
const budgeted = (budget: string, ...workloads: string[]) => manifest(workloads.join(''), `budget: ${budget}\n`);

/** A PR whose base and head are the given trees, run through the bundle. */
async function pr(
  base: Record<string, string>,
  head: Record<string, string>,
  options: { inputs?: Record<string, string>; server?: GitHubStandIn; runId?: number; fork?: boolean } = {},
) {
  const repo = makeRepo(tmp.dir(), base, head);
  const server = options.server ?? (await github());
  const result = await runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    event: prEvent(repo.baseSha, repo.headSha, { fork: options.fork ?? false }),
    inputs: options.inputs ?? {},
    apiUrl: server.url,
    runId: options.runId ?? 100,
  });
  return { ...result, server, repo };
}

describe('the action bundle on a pull request', () => {
  it('passes within budget: comment, summary, outputs, report', async () => {
    const r = await pr(
      { 'genspend.yml': budgeted('{ maxIncrease: 50 }', veo('trailer', 100)) },
      { 'genspend.yml': budgeted('{ maxIncrease: 50 }', veo('trailer', 120)) },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({
      'base-total': '80',
      'head-total': '96',
      delta: '16',
      'delta-percent': '20.00',
      verdict: 'pass',
    });
    const report = JSON.parse(r.outputs.report!);
    expect(report).toMatchObject({ version: 1, delta: '16', deltaPercent: '20.00', verdict: 'pass' });
    expect(r.server.comments).toHaveLength(1);
    const body = r.server.comments[0]!.body;
    expect(body).toMatch(STAMP);
    expect(body).toContain('This PR adds $16.00 per month of projected spend (+20.0%): $80.00 → $96.00.');
    expect(body).toContain('| trailer | $80.00 (8,000 cr) | $96.00 (9,600 cr) | +$16.00 |');
    expect(body).toContain(':white_check_mark: **Budget: pass**');
    expect(r.summary).toContain('This PR adds $16.00 per month');
    expect(r.summary).not.toContain('<!-- genspend');
    // GITHUB_TOKEN may not read /user: GraphQL's viewer names its bot
    expect(r.server.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'POST /graphql',
      'GET /repos/o/r/issues/7/comments',
      'POST /repos/o/r/issues/7/comments',
    ]);
    expect(r.server.requests[0]!.authorization).toBe('token ghs_test_token');
    // only the mask command, which tells the runner to hide it
    expect(r.stdout.replace('::add-mask::ghs_test_token', '')).not.toContain('ghs_test_token');
  });

  it('fails on an increase over max-increase, naming the rule and the amount, with an annotation at the workload', async () => {
    const r = await pr(
      { 'genspend.yml': budgeted('{ maxIncrease: 50 }', veo('trailer', 100), veo('teaser', 10)) },
      { 'genspend.yml': budgeted('{ maxIncrease: 50 }', veo('trailer', 200), veo('teaser', 10)) },
    );
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toContain(
      '::error::genspend: budget rule failed: maxIncrease by $30.00 (genspend.yml: increase of $80.00 is over the $50.00 maximum by $30.00)',
    );
    expect(r.commands).toContain(
      '::error title=genspend%3A maxIncrease,file=genspend.yml,line=5::trailer: increase of $80.00 is over the $50.00 maximum by $30.00',
    );
    expect(r.server.comments[0]!.body).toContain(
      '- **fail** (`maxIncrease`, genspend.yml): increase of $80.00 is over the $50.00 maximum by $30.00',
    );
    expect(r.stdout).not.toContain('could not run');
  });

  it('PR-level inputs sit beside the manifest budget: they never loosen it', async () => {
    const r = await pr(
      { 'genspend.yml': budgeted('{ maxIncrease: 50 }', veo('trailer', 100)) },
      { 'genspend.yml': budgeted('{ maxIncrease: 50 }', veo('trailer', 200)) },
      { inputs: { 'max-increase': '1000', 'max-increase-percent': '150' } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::genspend: budget rule failed: maxIncrease by $30.00 (genspend.yml: increase of $80.00');
    const ok = await pr(
      { 'genspend.yml': budgeted('{ maxIncrease: 500 }', veo('trailer', 100)) },
      { 'genspend.yml': budgeted('{ maxIncrease: 500 }', veo('trailer', 200)) },
      { inputs: { 'max-increase': '1000', 'max-increase-percent': '150' } },
    );
    expect(ok.code).toBe(0);
    expect(ok.outputs.verdict).toBe('pass');
  });

  it('does not block on an overrun the base already had', async () => {
    const r = await pr(
      { 'genspend.yml': budgeted('{ limit: 50 }', veo('trailer', 100)) },
      { 'genspend.yml': budgeted('{ limit: 50 }', veo('trailer', 110)) },
    );
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('warn');
    expect(r.commands.some((c) => c.startsWith('::warning title=genspend%3A limit,file=genspend.yml,line=5::'))).toBe(true);
    expect(r.server.comments[0]!.body).toContain('but the base was already over ($80.00)');
  });

  it('prices a new manifest against a $0 baseline', async () => {
    const r = await pr(
      { 'genspend.yml': manifest(veo('trailer', 100)) },
      { 'genspend.yml': manifest(veo('trailer', 100)), 'svc/genspend.yml': budgeted('{ maxIncrease: 10 }', veo('new thing', 50)) },
    );
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ 'base-total': '80', 'head-total': '120', delta: '40', verdict: 'fail' });
    const report = JSON.parse(r.outputs.report!);
    expect(report.manifests.map((m: { file: string; status: string }) => `${m.file} ${m.status}`)).toEqual([
      'genspend.yml changed',
      'svc/genspend.yml added',
    ]);
    expect(r.server.comments[0]!.body).toContain('| **svc/genspend.yml** (new) | $0.00 | $40.00 | +$40.00 |');
  });

  it('prices a manifest deleted at head as a removal', async () => {
    const r = await pr(
      { 'genspend.yml': manifest(veo('trailer', 100)), 'old/genspend.yml': manifest(veo('legacy', 25)) },
      { 'genspend.yml': manifest(veo('trailer', 100)) },
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'base-total': '100', 'head-total': '80', delta: '-20', 'delta-percent': '-20.00' });
    expect(r.server.comments[0]!.body).toContain('This PR removes $20.00 per month of projected spend (-20.0%)');
    expect(r.server.comments[0]!.body).toContain('| **old/genspend.yml** (removed) | $20.00 | $0.00 | -$20.00 (-100.0%) |');
  });

  it('updates its own earlier comment in place, and leaves other comments alone', async () => {
    const server = await github();
    const human = server.addComment(7, '<!-- genspend:comment tag= run=1.1 -->\nquoted by a person', { login: 'octocat', type: 'User' });
    const other = server.addComment(7, '<!-- genspend:comment tag=staging run=1.1 -->\nanother workflow');
    const ours = server.addComment(7, '<!-- genspend:comment tag= run=90.1 -->\nold numbers');
    const r = await pr({ 'genspend.yml': manifest(veo('trailer', 1)) }, { 'genspend.yml': manifest(veo('trailer', 2)) }, { server });
    expect(r.code).toBe(0);
    expect(server.writes().map((q) => `${q.method} ${q.path}`)).toEqual([`PATCH /repos/o/r/issues/comments/${ours.id}`]);
    expect(ours.body).toMatch(/^<!-- genspend:comment tag= run=100\.1 -->\n## genspend/);
    expect(human.body).toBe('<!-- genspend:comment tag= run=1.1 -->\nquoted by a person');
    expect(other.body).toBe('<!-- genspend:comment tag=staging run=1.1 -->\nanother workflow');
    expect(r.stdout).toContain(`genspend: PR comment updated: ${ours.html_url}`);
  });

  it('writes nothing when the comment already says the same', async () => {
    const server = await github({ pageSize: 2 });
    for (let i = 0; i < 5; i++) server.addComment(7, `chatter ${i}`, { login: 'octocat', type: 'User' });
    const base = { 'genspend.yml': manifest(veo('trailer', 1)) };
    const head = { 'genspend.yml': manifest(veo('trailer', 2)) };
    const first = await pr(base, head, { server, runId: 100 });
    expect(first.server.comments).toHaveLength(6);
    const before = server.requests.length;
    const second = await pr(base, head, { server, runId: 101 });
    expect(second.code).toBe(0);
    expect(server.writes()).toHaveLength(1);
    // the comment was found on the last of several pages
    expect(server.requests.slice(before).filter((q) => q.path.endsWith('/comments')).length).toBe(3);
    expect(second.stdout).toContain('genspend: PR comment not written: the comment already says this');
  });

  it('never overwrites a comment stamped by a newer run', async () => {
    const server = await github();
    const newer = server.addComment(7, '<!-- genspend:comment tag= run=500.1 -->\nnewer numbers');
    const r = await pr(
      { 'genspend.yml': manifest(veo('trailer', 1)) },
      { 'genspend.yml': manifest(veo('trailer', 3)) },
      { server, runId: 400 },
    );
    expect(r.code).toBe(0);
    expect(server.writes()).toEqual([]);
    expect(newer.body).toContain('newer numbers');
    expect(r.stdout).toContain('a newer run (500, attempt 1) already wrote the comment');
  });

  it('hide-and-new minimizes the older comments after posting; delete-and-new deletes them', async () => {
    const server = await github();
    const old = server.addComment(7, '<!-- genspend:comment tag=ml run=90.1 -->\nold');
    const files = [{ 'genspend.yml': manifest(veo('trailer', 1)) }, { 'genspend.yml': manifest(veo('trailer', 4)) }] as const;
    const hidden = await pr(...files, { server, inputs: { comment: 'hide-and-new', tag: 'ml' } });
    expect(hidden.code).toBe(0);
    expect(server.writes().map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/o/r/issues/7/comments', 'POST /graphql']);
    expect(old.minimized).toBe(true);
    expect(server.comments.at(-1)!.body).toMatch(/^<!-- genspend:comment tag=ml run=100\.1 -->\n## genspend: projected spend \(ml\)/);

    const deleting = await pr(
      files[0],
      { 'genspend.yml': manifest(veo('trailer', 5)) },
      { server, runId: 101, inputs: { comment: 'delete-and-new', tag: 'ml' } },
    );
    expect(deleting.code).toBe(0);
    expect(server.comments.filter((c) => c.body.includes('tag=ml'))).toHaveLength(1);
    expect(server.comments.at(-1)!.body).toContain('run=101.1');
  });

  it('on a fork (read-only token) says why there is no comment, and still gates', async () => {
    const server = await github({ readOnly: true });
    const r = await pr(
      { 'genspend.yml': budgeted('{ maxIncrease: 5 }', veo('trailer', 10)) },
      { 'genspend.yml': budgeted('{ maxIncrease: 5 }', veo('trailer', 20)) },
      { server, fork: true },
    );
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toContain('::warning::genspend: no PR comment (HTTP 403): this pull request comes from a fork');
    expect(r.stdout).toContain('`workflow_run`');
    expect(r.summary).toContain(':x: **Budget: fail**');
    expect(r.commands.some((c) => c.startsWith('::error title=genspend%3A maxIncrease,file=genspend.yml,line=5::'))).toBe(true);
    expect(server.comments).toEqual([]);
  });

  it('keeps an oversized comment under 65,536 characters: totals per manifest, and says so', async () => {
    const many = (runs: number) => Array.from({ length: 1200 }, (_, i) => veo(`workload number ${i}`, runs + (i % 7))).join('');
    const r = await pr(
      { 'genspend.yml': manifest(many(1)), 'b/genspend.yml': manifest(veo('x', 1)) },
      { 'genspend.yml': manifest(many(2)), 'b/genspend.yml': manifest(veo('x', 1)) },
    );
    expect(r.code).toBe(0);
    const body = r.server.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('Totals per manifest only: the full report (1,201 workloads');
    expect(body).toContain('| genspend.yml | $');
    expect(body).toContain('| b/genspend.yml | $0.80 | $0.80 | +$0.00 (0.0%) |');
    // the job summary has room for the full report
    expect(r.summary).toContain('| workload number 1199 |');
  });

  it('escapes workload names and paths from the PR: no HTML, no mentions, no broken table', async () => {
    const names = ['<img src=x onerror=alert(1)>', '@octocat please', '| pipe |', '**bold**', '`tick` ```', '</details><script>x</script>'];
    const workloads = names.map((n) => veo(n, 1)).join('');
    const r = await pr(
      { '@team/genspend.yml': manifest(veo('keep', 1), 'budget: { maxIncrease: 1 }\n') },
      { '@team/genspend.yml': manifest(workloads + veo('keep', 1), 'budget: { maxIncrease: 1 }\n') },
    );
    expect(r.code).toBe(1);
    const body = r.server.comments[0]!.body;
    expect(body).not.toMatch(/<img|<script|<\/details><script/);
    expect(body).not.toMatch(/@octocat|@team/);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('\\*\\*bold\\*\\*');
    for (const row of body.split('\n').filter((l) => l.startsWith('| ') && l.includes('$'))) {
      // every table row keeps its column count: escaped pipes do not split cells
      expect(row.replace(/\\\|/g, '').split('|').length, row).toBeGreaterThanOrEqual(5);
    }
    expect(r.summary).not.toMatch(/<img|@octocat/);
  });

  it('fails with a distinct message on invalid inputs, naming each, and calls no API', async () => {
    const server = await github();
    const r = await pr(
      { 'genspend.yml': manifest(veo('a', 1)) },
      { 'genspend.yml': manifest(veo('a', 1)) },
      {
        server,
        inputs: { comment: 'sometimes', limit: '12 dollars', 'base-ref': '--upload-pack=evil' },
      },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error::genspend could not run: input `limit` must be a non-negative number');
    expect(r.stdout).toContain(
      'input `comment` must be one of update, new, hide-and-new, delete-and-new, off, got \\"sometimes\\"'.replace(/\\"/g, '"'),
    );
    expect(r.stdout).toContain('input `base-ref` must be a branch, tag or commit sha');
    expect(r.stdout).not.toContain('budget rule failed');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.outputs.verdict).toBeUndefined();
    expect(r.summary).toContain('## genspend could not run');
    expect(server.requests).toEqual([]);
  });

  it('reports a bad manifest as a tool error with file:line, annotated, exit 2', async () => {
    const r = await pr(
      { 'genspend.yml': manifest(veo('a', 1)) },
      {
        'genspend.yml': manifest(veo('a', 1) + '  - { name: b, provider: runway, model: veo3.1_fast, runz: 3, seconds: 8 }\n'),
      },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/::error::genspend could not run: genspend\.yml:5: workloads\[1\]\.runz: unknown key `runz`/);
    expect(r.commands.some((c) => c.startsWith('::error title=genspend,file=genspend.yml,line=5::'))).toBe(true);
    expect(r.server.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('comment-on: change leaves an unchanged PR without a comment', async () => {
    const files = { 'genspend.yml': manifest(veo('a', 1)), 'docs.md': 'x\n' };
    const r = await pr({ 'genspend.yml': manifest(veo('a', 1)) }, files, { inputs: { 'comment-on': 'change' } });
    expect(r.code).toBe(0);
    expect(r.server.writes()).toEqual([]);
    expect(r.stdout).toContain('the `comment-on` condition is not met');
  });
});

describe('reading the base', () => {
  it('fetches the base commit from origin when the checkout is shallow', async () => {
    const origin = makeRepo(tmp.dir(), { 'genspend.yml': manifest(veo('a', 10)) }, { 'genspend.yml': manifest(veo('a', 20)) });
    git(origin.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const clone = tmp.dir();
    git(clone, 'clone', '-q', '--depth=1', `file://${origin.dir}`, '.');
    expect(() => git(clone, 'cat-file', '-e', `${origin.baseSha}^{commit}`)).toThrow();
    const server = await github();
    const r = await runAction({
      workspace: clone,
      eventName: 'pull_request',
      event: prEvent(origin.baseSha, origin.headSha),
      inputs: { comment: 'off' },
      apiUrl: server.url,
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'base-total': '8', 'head-total': '16' });
    expect(r.stdout).toContain('(git fetch)');
    expect(server.requests).toEqual([]);
  });

  it('reads the base through the contents API when git cannot (404 = $0 baseline)', async () => {
    const baseSha = 'b'.repeat(40);
    const workspace = tmp.dir();
    git(workspace, 'init', '-q');
    writeFileSync(join(workspace, 'genspend.yml'), manifest(veo('a', 20)));
    writeFileSync(join(workspace, 'new.genspend.yml'), manifest(veo('b', 1)));
    const server = await github({
      files: { [baseSha]: { 'genspend.yml': manifest(veo('a', 10)), 'gone/genspend.yml': manifest(veo('c', 5)), 'README.md': 'x' } },
    });
    const r = await runAction({
      workspace,
      eventName: 'pull_request',
      event: prEvent(baseSha, 'c'.repeat(40)),
      inputs: { comment: 'off', manifests: '**/genspend.yml\n*.genspend.yml' },
      apiUrl: server.url,
    });
    expect(r.code).toBe(0);
    // base: a $8 + gone $4 = $12; head: a $16 + new $0.80
    expect(r.outputs).toMatchObject({ 'base-total': '12', 'head-total': '16.8', delta: '4.8' });
    expect(r.stdout).toContain('(contents API)');
    const paths = server.requests.map((q) => `${q.path}?ref=${q.query.ref ?? ''}`);
    expect(paths).toContain(`/repos/o/r/contents/genspend.yml?ref=${baseSha}`);
    expect(paths).toContain(`/repos/o/r/contents/gone/genspend.yml?ref=${baseSha}`);
    expect(server.requests.find((q) => q.path.includes('/contents/'))!.accept).toContain('raw');
  });
});

describe('the action bundle on other events', () => {
  it('push: an estimate only, no comment; summary and outputs still written', async () => {
    const server = await github();
    const repo = makeRepo(tmp.dir(), {}, { 'genspend.yml': budgeted('{ limit: 1 }', veo('a', 10)) });
    const r = await runAction({ workspace: repo.dir, eventName: 'push', event: { after: repo.headSha }, apiUrl: server.url });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ 'base-total': '', 'head-total': '8', delta: '', 'delta-percent': '', verdict: 'fail' });
    expect(JSON.parse(r.outputs.report!)).toMatchObject({ total: '8', verdict: 'fail' });
    expect(r.summary).toContain('**$8.00 per month** across 1 workload.');
    expect(r.stdout).toContain('genspend: no PR comment on a push event (estimate only)');
    expect(server.requests).toEqual([]);
  });

  it('workflow_dispatch with base-ref: a diff against that ref', async () => {
    const server = await github();
    const repo = makeRepo(tmp.dir(), { 'genspend.yml': manifest(veo('a', 10)) }, { 'genspend.yml': manifest(veo('a', 15)) });
    git(repo.dir, 'tag', 'v1', repo.baseSha);
    const r = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      event: {},
      inputs: { 'base-ref': 'v1' },
      apiUrl: server.url,
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'base-total': '8', 'head-total': '12', delta: '4', 'delta-percent': '50.00' });
    expect(r.summary).toContain('This change adds $4.00 per month');
    expect(server.requests).toEqual([]);
  });
});

describe('gate integrity: the whole PR, the merged budget, nothing from the PR as a command', () => {
  /** `runs` of veo3.1_fast, 8 s without audio, for a monthly cost in USD ($0.80 a run). */
  const costing = (name: string, usd: number) => veo(name, usd / 0.8);

  it('a new manifest cannot dodge max-increase-percent: any increase from $0 fails it', async () => {
    const r = await pr(
      { 'README.md': '# no manifest yet\n' },
      { 'new/genspend.yml': manifest(costing('huge', 1_000_000)) },
      { inputs: { 'max-increase-percent': '20' } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::genspend: budget rule failed: maxIncreasePercent by an unknown amount (PR-level: the increase over every manifest, $1,000,000.00, is from a $0 base',
    );
    expect(r.commands).toContain(
      '::error title=genspend%3A maxIncreasePercent (PR-level),file=new/genspend.yml,line=4::huge: the increase over every manifest, $1,000,000.00, is from a $0 base: over any percent maximum (20.0%25)',
    );
    const body = r.server.comments[0]!.body;
    expect(body).toContain('- **fail** (`maxIncreasePercent`, PR-level): the increase over every manifest');
    expect(body).toContain('- PR-level (the whole change, every manifest together): maxIncreasePercent 20.0%');
    // beside an existing manifest, the new one's spend counts in the PR's percent
    const beside = await pr(
      { 'genspend.yml': manifest(costing('a', 80)) },
      { 'genspend.yml': manifest(costing('a', 80)), 'new/genspend.yml': manifest(costing('huge', 1_000_000)) },
      { inputs: { 'max-increase-percent': '20' } },
    );
    expect(beside.code).toBe(1);
    expect(beside.stdout).toContain('(PR-level: the increase over every manifest, 1250000.0%25, is over the 20.0%25 maximum)');
  });

  it('spend split across several new manifests is summed for max-increase and limit', async () => {
    const r = await pr(
      { 'genspend.yml': manifest(costing('a', 8)) },
      {
        'genspend.yml': manifest(costing('a', 8)),
        'x/genspend.yml': manifest(costing('x', 40)),
        'y/genspend.yml': manifest(costing('y', 40)),
      },
      { inputs: { 'max-increase': '50', limit: '60' } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'budget rule failed: limit by $28.00 (PR-level: the total of every manifest, $88.00, is over the $60.00 limit',
    );
    expect(r.stdout).toContain('budget rule failed: maxIncrease by $30.00 (PR-level: the increase over every manifest, $80.00');
  });

  it('a PR that loosens its budget is judged by the merged one, and the comment says what changes after merge', async () => {
    const r = await pr(
      { 'x/genspend.yml': budgeted('{ maxIncrease: 10, unpriced: fail }', costing('a', 80)) },
      { 'x/genspend.yml': budgeted('{ maxIncrease: 100000, unpriced: warn }', costing('a', 160)) },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('budget rule failed: maxIncrease by $70.00 (x/genspend.yml: increase of $80.00 is over the $10.00 maximum');
    const body = r.server.comments[0]!.body;
    expect(body).toContain(
      'this PR changes the budget of \\`x/genspend.yml\\`: maxIncrease $10.00 → $100,000.00, unpriced fail → warn (applies after merge',
    );
    expect(body).toContain('- x/genspend.yml (its budget as merged, at the base): maxIncrease $10.00, unpriced fail');
    expect(r.summary).toContain('maxIncrease $10.00 → $100,000.00');
  });

  it('an invalid manifest at the base never blocks: the PR that fixes it passes, with a baseline warning', async () => {
    const r = await pr(
      { 'genspend.yml': manifest('  - { name: a, provider: runway, model: veo3.1_fast, runz: 1 }\n', 'budget: { maxIncrease: 1 }\n') },
      { 'genspend.yml': budgeted('{ maxIncrease: 1 }', costing('a', 80)) },
      { inputs: { 'max-increase': '1' } },
    );
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('warn');
    expect(r.stdout).toMatch(
      /::warning title=genspend%3A baseline,file=genspend\.yml::the base of this manifest could not be read \(genspend\.yml@[0-9a-f]{12}:5: workloads\[0\]\.runz: unknown key/,
    );
    expect(r.server.comments[0]!.body).toContain('genspend.yml** (base unreadable)');
    expect(r.stdout).not.toContain('could not run');
  });

  /** Every stdout line the runner would read as a command is one genspend meant to write. */
  function onlyOwnCommands(stdout: string): void {
    for (const line of stdout.split('\n')) {
      const text = line.trimStart();
      expect(text.startsWith('##['), line).toBe(false);
      if (!text.startsWith('::')) continue;
      // `::name properties::data`: genspend writes annotations at its manifests, debug lines and the token's mask
      const m = /^::([a-z-]+)( [^:]*)?::/.exec(text);
      expect(m?.[1], line).toMatch(/^(error|warning|debug|add-mask)$/);
      if (m?.[1] === 'add-mask') expect(text).toBe('::add-mask::ghs_test_token');
      expect(m?.[2] ?? '', line).not.toMatch(/file=(?!genspend\.yml)/);
    }
  }

  it('hostile model ids and messages never become workflow commands or terminal escapes', async () => {
    const hostile = [
      'x\n::warning file=README.md::forged\n::add-mask::genspend',
      '::stop-commands::tok3n',
      '##[warning]legacy',
      'esc \u001b[2J\u001b]8;;http://x\u0007 bidi \u202eevil',
    ];
    const workloads = hostile.map((m, i) => `  - { name: w${i}, provider: fal, model: ${JSON.stringify(m)}, runs: 1 }\n`).join('');
    const r = await pr({ 'genspend.yml': manifest(costing('a', 8)) }, { 'genspend.yml': manifest(costing('a', 8) + workloads) });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('warn');
    onlyOwnCommands(r.stdout);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    // genspend's own annotations still come through after a `::stop-commands::` in the text
    expect(r.commands.filter((c) => c.startsWith('::warning title=genspend%3A unpriced'))).toHaveLength(4);
    expect(r.stdout).toContain('\\x1b[2J');
  });

  it('a workload name with a control, zero-width or bidi character is refused, naming the workload and line', async () => {
    for (const name of ['x\n::warning file=README.md::forged\n::add-mask::genspend', 'pay\u200bments', 'abc\u202egpj.exe', 'bell\u0007']) {
      const r = await pr({ 'genspend.yml': manifest(costing('a', 8)) }, { 'genspend.yml': manifest(costing('a', 8) + veo(name, 1)) });
      expect(r.code, name).toBe(2);
      expect(r.stdout).toMatch(
        /::error::genspend could not run: genspend\.yml:5: workloads\[1\]\.name: workload name .* holds an invisible or control character \(U\+[0-9A-F]{4} at position \d+\)/,
      );
      onlyOwnCommands(r.stdout);
    }
  });

  it('names are matched after NFC and trimming: the same name typed differently is the same workload', async () => {
    const r = await pr({ 'genspend.yml': manifest(veo('caf\u00e9 ', 100)) }, { 'genspend.yml': manifest(veo(' cafe\u0301', 100)) });
    expect(r.code).toBe(0);
    expect(r.outputs.delta).toBe('0');
  });
});
