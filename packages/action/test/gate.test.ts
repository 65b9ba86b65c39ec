import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitIn } from '../src/base.js';
import { gate, type GateDeps } from '../src/gate.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, truncateMiddle, utf8Bytes } from '../src/report.js';
import { fakeApi, fakeToolkit } from './fakes.js';
import { makeRepo, manifest, prEvent, ROOT, scratch, veo } from './harness.js';

// The adapter in-process, with the toolkit and GitHub injected. Golden files hold what users
// read (the comment and the job summary); after an intended change: npx vitest run -u
const tmp = scratch('action-gate');
afterAll(() => tmp.cleanup());
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const EXAMPLE_HEAD = read('examples/genspend.yml');
const EXAMPLE_BASE = read('test/fixtures/base.yml');

function setup(options: {
  base: Record<string, string>;
  head: Record<string, string>;
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'push';
  login?: string | null;
}) {
  const repo = makeRepo(tmp.dir(), options.base, options.head);
  const { toolkit, record } = fakeToolkit(options.inputs ?? {});
  const gh = fakeApi({ login: options.login ?? null });
  const event = options.event ?? 'pull_request';
  const deps: GateDeps = {
    toolkit,
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_RUN_ID: '42',
      RUNNER_TEMP: tmp.dir(),
    },
    cwd: repo.dir,
    readFile: () => JSON.stringify(prEvent(repo.baseSha, repo.headSha)),
    exists: () => true,
    git: gitIn,
    github: () => gh.api,
  };
  return { deps, record, gh, repo, run: () => gate(deps) };
}

const tokenInputs = { 'github-token': 'ghs_x' };

describe('gate on a pull request (golden output)', () => {
  it('the example change: comment, summary, annotations, outputs, verdict', async () => {
    const t = setup({
      base: { 'examples/genspend.yml': EXAMPLE_BASE },
      head: { 'examples/genspend.yml': EXAMPLE_HEAD },
      inputs: tokenInputs,
    });
    const result = await t.run();
    expect(result).toEqual({
      verdict: 'fail',
      message: [
        'genspend: budget rule failed: maxIncrease by $430.71 (examples/genspend.yml: increase of $680.71 is over the $250.00 maximum by $430.71)',
        'genspend: budget rule failed: maxIncreasePercent by 59.3 percentage points (examples/genspend.yml: increase of 79.3% is over the 20.0% maximum)',
      ].join('\n'),
    });
    await expect(t.gh.comments[0]!.body).toMatchFileSnapshot('golden/comment.md');
    await expect(t.record.summary.join('')).toMatchFileSnapshot('golden/summary.md');
    expect(t.record.secrets).toEqual(['ghs_x']);
    expect(t.record.outputs).toMatchObject({
      'base-total': '858.02857142857142857142857142857142857142',
      'head-total': '1538.74285714285714285714285714285714285713',
      delta: '680.71428571428571428571428571428571428571',
      'delta-percent': '79.33',
      verdict: 'fail',
    });
    const report = JSON.parse(readFileSync(t.record.outputs['report-path']!, 'utf8'));
    expect(report.reasons.map((r: { rule: string }) => r.rule)).toEqual(['maxIncrease', 'maxIncreasePercent']);
    // each broken rule points at the workloads that grew, largest first
    expect(
      t.record.errors.map((e) => `${e.properties?.title} ${e.properties?.file}:${e.properties?.startLine} ${e.message.split(':')[0]}`),
    ).toEqual([
      'genspend: maxIncrease examples/genspend.yml:34 product spin videos',
      'genspend: maxIncrease examples/genspend.yml:11 product thumbnails',
      'genspend: maxIncreasePercent examples/genspend.yml:34 product spin videos',
      'genspend: maxIncreasePercent examples/genspend.yml:11 product thumbnails',
    ]);
    expect(t.record.info).toContain('genspend: This PR adds $680.71 per month of projected spend (+79.3%): $858.03 → $1,538.74.');
    expect(t.record.info[0]).toBe(`genspend: read 1 manifest(s) at the base ${t.repo.baseSha} (git)`);
  });

  it('escapes every manifest-supplied string (golden)', async () => {
    const evil = [
      '<img src=x onerror=alert(1)>',
      '@octocat',
      '| pipe |',
      '**bold**',
      'back`tick`s',
      'ops@example.com and genspend.yml@de348ac0',
      '[link](https://x.test)',
      '#1 &amp;',
    ];
    const workloads =
      evil.map((n) => veo(n, 1)).join('') + '  - { name: "<b>unknown</b> @here", provider: runway, model: "<gen9>", runs: 1 }\n';
    const t = setup({
      base: { '@org/genspend.yml': manifest(veo('kept', 1), 'budget: { unpriced: fail }\n') },
      head: { '@org/genspend.yml': manifest(veo('kept', 1) + workloads, 'budget: { unpriced: fail }\n') },
      inputs: { ...tokenInputs, tag: '<i>@tag</i>' },
    });
    await t.run();
    const body = t.gh.comments[0]!.body;
    await expect(body).toMatchFileSnapshot('golden/comment-escaped.md');
    const visible = body.split('\n').slice(1).join('\n');
    expect(visible).not.toMatch(/<(?!\/?(details|summary)>)/);
    // no @ that GitHub reads as a mention; an address or a path@sha copies as it reads
    expect(visible).not.toMatch(/(^|[^A-Za-z0-9])@(?!\u200b)[A-Za-z0-9]/m);
    expect(visible).toContain('ops@example.com and genspend.yml@de348ac0');
    expect(visible).toContain('@\u200borg/genspend.yml');
  });

  it('a comment over 65,536 characters becomes totals per manifest (golden)', async () => {
    const many = (runs: number) => Array.from({ length: 900 }, (_, i) => veo(`workload ${i}`, runs + i)).join('');
    const t = setup({
      base: { 'a/genspend.yml': manifest(many(1)), 'b/genspend.yml': manifest(veo('x', 1)) },
      head: { 'a/genspend.yml': manifest(many(2)), 'c/genspend.yml': manifest(veo('y', 1)) },
      inputs: tokenInputs,
    });
    await t.run();
    const body = t.gh.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    await expect(body).toMatchFileSnapshot('golden/comment-totals.md');
    expect(t.record.summary[0]).toContain('| workload 899 |');
  });

  it('push: an estimate in the summary, no comment (golden)', async () => {
    const t = setup({ base: {}, head: { 'examples/genspend.yml': EXAMPLE_HEAD }, inputs: tokenInputs, event: 'push' });
    expect(await t.run()).toEqual({ verdict: 'pass' });
    expect(t.gh.calls).toEqual([]);
    await expect(t.record.summary.join('')).toMatchFileSnapshot('golden/summary-push.md');
    expect(t.record.outputs).toMatchObject({ 'base-total': '', delta: '', 'delta-percent': '', verdict: 'pass' });
  });
});

describe('gate: tool errors and the comment API', () => {
  it('a broken manifest: "could not run", the file:line, an annotation, no comment', async () => {
    const t = setup({
      base: { 'genspend.yml': manifest(veo('a', 1)) },
      head: { 'genspend.yml': manifest(veo('a', 1) + '  - { name: b, provider: runway, model: veo3.1_fast, runs: -5, seconds: 8 }\n') },
      inputs: tokenInputs,
    });
    const result = await t.run();
    expect(result).toEqual({
      verdict: 'error',
      message: 'genspend could not run: genspend.yml:5: workloads[1].runs: expected a number from 0 to 1e12, got -5',
    });
    expect(t.record.errors).toEqual([
      {
        message: 'genspend.yml:5: workloads[1].runs: expected a number from 0 to 1e12, got -5',
        properties: { title: 'genspend', file: 'genspend.yml', startLine: 5 },
      },
    ]);
    await expect(t.record.summary.join('')).toMatchFileSnapshot('golden/summary-error.md');
    expect(t.gh.calls).toEqual([]);
    expect(t.record.outputs).toEqual({});
  });

  it('a broken base manifest never blocks: a baseline warning naming it as the base, not annotated on the head lines', async () => {
    const t = setup({
      base: {
        'genspend.yml': manifest('  - { name: a, provider: runway, model: veo3.1_fast, runs: x }\n', 'budget: { maxIncrease: 1 }\n'),
      },
      head: { 'genspend.yml': manifest(veo('a', 1), 'budget: { maxIncrease: 1 }\n') },
    });
    const result = await t.run();
    expect(result).toEqual({ verdict: 'warn' });
    const warning = t.record.warnings.find((w) => w.properties?.title === 'genspend: baseline');
    expect(warning?.message).toMatch(
      new RegExp(`could not be read \\(genspend\\.yml@${t.repo.baseSha.slice(0, 12)}:5: workloads\\[0\\]\\.runs: `),
    );
    expect(warning?.properties).toEqual({ title: 'genspend: baseline', file: 'genspend.yml' });
    expect(t.record.errors).toEqual([]);
  });

  it('an invalid head manifest is still an error', async () => {
    const t = setup({
      base: { 'genspend.yml': manifest(veo('a', 1)) },
      head: { 'genspend.yml': manifest('  - { name: a, provider: runway, model: veo3.1_fast, runs: x }\n') },
    });
    const result = await t.run();
    expect(result.verdict).toBe('error');
    expect(result.verdict === 'error' && result.message).toMatch(/^genspend could not run: genspend\.yml:4: workloads\[0\]\.runs: /);
  });

  it('no manifest anywhere: a tool error that says how to point at one', async () => {
    const t = setup({ base: {}, head: { 'docs.md': '# x\n' } });
    const result = await t.run();
    expect(result.verdict === 'error' && result.message).toContain('no manifest matches `**/genspend.yml`');
  });

  it('a comment API failure other than 403 is logged; the verdict stands', async () => {
    const t = setup({
      base: { 'genspend.yml': manifest(veo('a', 1)) },
      head: { 'genspend.yml': manifest(veo('a', 2)) },
      inputs: tokenInputs,
    });
    t.gh.api.createComment = async () => {
      throw Object.assign(new Error('Server Error'), { status: 502 });
    };
    expect(await t.run()).toEqual({ verdict: 'pass' });
    expect(t.record.warnings.map((w) => w.message)).toEqual(['genspend: no PR comment: Server Error']);
    expect(t.record.summary).toHaveLength(1);
  });

  it('a 403 on a same-repo PR asks for pull-requests: write', async () => {
    const t = setup({
      base: { 'genspend.yml': manifest(veo('a', 1)) },
      head: { 'genspend.yml': manifest(veo('a', 2)) },
      inputs: tokenInputs,
    });
    t.gh.api.listComments = async () => {
      throw Object.assign(new Error('Forbidden'), { status: 403 });
    };
    await t.run();
    expect(t.record.warnings[0]!.message).toContain('give the job `permissions: pull-requests: write`');
  });

  it('without a token: the gate still runs, and says why there is no comment', async () => {
    const t = setup({ base: { 'genspend.yml': manifest(veo('a', 1)) }, head: { 'genspend.yml': manifest(veo('a', 2)) } });
    expect(await t.run()).toEqual({ verdict: 'pass' });
    expect(t.record.warnings.map((w) => w.message)).toEqual([
      'genspend: no PR comment: the `github-token` input is empty (or GITHUB_REPOSITORY is not set)',
    ]);
  });

  it('a summary that cannot be written is a warning, not a failure', async () => {
    const t = setup({ base: {}, head: { 'genspend.yml': manifest(veo('a', 2)) }, event: 'push' });
    t.deps.toolkit.writeSummary = async () => {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    };
    expect(await t.run()).toEqual({ verdict: 'pass' });
    expect(t.record.warnings[0]!.message).toContain('could not write the job summary');
  });
});

describe('truncateMiddle', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'é'.repeat(i % 50)} |`).join('\n') + '\n' + 'x'.repeat(9000);
  it.each([
    [500, (s: string) => s.length],
    [4000, utf8Bytes],
    [SUMMARY_LIMIT_BYTES / 100, utf8Bytes],
  ])('keeps within %i and says where the rest is', (limit, measure) => {
    const out = truncateMiddle(text, { limit, measure, limitName: 'the limit', fullReportAt: 'the job summary' });
    expect(measure(out)).toBeLessThanOrEqual(limit);
    expect(out.startsWith('| row 0 |')).toBe(true);
    expect(out).toContain('cut here: this report is over the limit.');
    expect(out).toContain('The full report is in the job summary.');
  });
  it('never splits a surrogate pair', () => {
    const out = truncateMiddle(`${'😀'.repeat(400)}\nend`, { limit: 300, measure: (s) => s.length, limitName: 'x', fullReportAt: 'x' });
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
