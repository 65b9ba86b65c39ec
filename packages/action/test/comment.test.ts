import { describe, expect, it } from 'vitest';
import { newer, parseStamp, stampLine, upsertComment, type UpsertRequest } from '../src/comment.js';
import { fakeApi } from './fakes.js';

const run = (id: number, attempt = 1) => ({ id: BigInt(id), attempt: BigInt(attempt) });
const request = (over: Partial<UpsertRequest> = {}): UpsertRequest => ({
  issue: 7,
  tag: '',
  run: run(100),
  body: '## report\n',
  mode: 'update',
  wanted: true,
  ...over,
});
const stamped = (body: string, tag = '', id = 50, attempt = 1) => `${stampLine(tag, run(id, attempt))}\n${body}`;

describe('comment stamp', () => {
  it('round-trips any tag without ending the HTML comment', () => {
    for (const tag of ['', 'ml', 'team a --> <b>', 'ünïcode/tag', '%41']) {
      const line = stampLine(tag, run(12, 3));
      expect(line.indexOf('-->')).toBe(line.length - 3);
      expect(parseStamp(`${line}\nbody`)).toEqual({ tag, run: run(12, 3), rest: 'body' });
    }
  });
  it('only a first-line stamp counts', () => {
    expect(parseStamp(`quote:\n${stampLine('', run(1))}\n`)).toBeNull();
    expect(parseStamp('<!-- genspend:comment tag=%E0%A4%A run=1.1 -->\n')).toBeNull();
  });
  it('orders runs by id, then attempt: a re-run of an older run stays older', () => {
    expect(newer(run(101), run(100, 5))).toBe(true);
    expect(newer(run(100, 2), run(100, 1))).toBe(true);
    expect(newer(run(100, 1), run(100, 1))).toBe(false);
  });
});

describe('upsertComment', () => {
  it('creates the first comment, stamped', async () => {
    const gh = fakeApi();
    const out = await upsertComment(gh.api, request());
    expect(out).toMatchObject({ kind: 'created', url: 'https://github.test/c/1' });
    expect(gh.comments[0]!.body).toBe('<!-- genspend:comment tag= run=100.1 -->\n## report\n');
  });

  it('updates the latest own comment with the tag; leaves others, other tags and other authors alone', async () => {
    const gh = fakeApi();
    gh.add(stamped('old'), 'octocat', 'User');
    gh.add(stamped('other tag', 'staging'));
    gh.add(stamped('imposter'), 'github-actions', 'User');
    const ours = gh.add(stamped('old'));
    const out = await upsertComment(gh.api, request());
    expect(out.kind).toBe('updated');
    expect(gh.calls).toEqual(['list', `update ${ours.id}`]);
    expect(gh.comments.map((c) => c.body.split('\n')[1])).toEqual(['old', 'other tag', 'imposter', '## report']);
  });

  it('matches the token user when GET /user answers (a personal token)', async () => {
    const gh = fakeApi({ login: 'release-bot' });
    gh.add(stamped('bot comment'));
    const mine = gh.add(stamped('mine'), 'release-bot', 'User');
    await upsertComment(gh.api, request());
    expect(gh.calls).toEqual(['list', `update ${mine.id}`]);
  });

  it('a GitHub App token (no GET /user) updates its own bot comment instead of posting one per run', async () => {
    const gh = fakeApi({ login: null, writesAs: 'spend-app[bot]' });
    gh.add(stamped('by a person'), 'octocat', 'User');
    const mine = gh.add(stamped('old'), 'spend-app[bot]', 'Bot');
    const out = await upsertComment(gh.api, request());
    expect(out.kind).toBe('updated');
    expect(gh.calls).toEqual(['list', `update ${mine.id}`]);
    expect(gh.comments).toHaveLength(2);
  });

  it("another bot's comment with the tag, which this token may not edit: posts its own, and updates that next run", async () => {
    const gh = fakeApi({ login: null, writesAs: 'spend-app[bot]' });
    const foreign = gh.add(stamped('from the other workflow'), 'github-actions[bot]', 'Bot');
    expect(await upsertComment(gh.api, request())).toMatchObject({ kind: 'created' });
    expect(gh.calls).toEqual(['list', `update ${foreign.id}`, 'create']);
    const second = await upsertComment(gh.api, request({ run: run(101), body: '## report 2\n' }));
    expect(second.kind).toBe('updated');
    expect(gh.comments.map((c) => `${c.authorLogin}: ${c.body.split('\n')[1]}`)).toEqual([
      'github-actions[bot]: from the other workflow',
      'spend-app[bot]: ## report 2',
    ]);
    // delete-and-new leaves the comment it may not delete, and deletes its own
    await upsertComment(gh.api, request({ run: run(102), mode: 'delete-and-new', body: '## report 3\n' }));
    expect(gh.comments.map((c) => c.authorLogin)).toEqual(['github-actions[bot]', 'spend-app[bot]']);
    expect(gh.comments[1]!.body).toContain('## report 3');
  });

  it('a marker echoed by another bot with a forged newer run cannot freeze the comment', async () => {
    // the token names itself (GraphQL viewer answers installation tokens): only its comments count
    const gh = fakeApi({ login: 'github-actions[bot]' });
    const ours = gh.add(stamped('## old\n', '', 90));
    gh.add(stamped('quoted by a bot', '', 999999999, 9), 'echo-bot[bot]', 'Bot');
    expect(await upsertComment(gh.api, request())).toMatchObject({ kind: 'updated' });
    expect(gh.calls).toEqual(['list', `update ${ours.id}`]);
    // a token that cannot name itself trusts the bot that wrote the oldest comment with the tag
    const unnamed = fakeApi({ login: null });
    const first = unnamed.add(stamped('## old\n', '', 90));
    unnamed.add(stamped('quoted by a bot', '', 999999999, 9), 'echo-bot[bot]', 'Bot');
    expect(await upsertComment(unnamed.api, request())).toMatchObject({ kind: 'updated' });
    expect(unnamed.calls).toEqual(['list', `update ${first.id}`]);
    // while the same forged stamp on a comment of its own still stops it, as a newer run should
    const own = fakeApi({ login: 'github-actions[bot]' });
    own.add(stamped('## newer\n', '', 999999999, 9));
    expect(await upsertComment(own.api, request())).toMatchObject({ kind: 'skipped' });
  });

  it('skips the write when the body is the same, whatever run stamped it', async () => {
    const gh = fakeApi();
    gh.add(stamped('## report\n', '', 40));
    expect(await upsertComment(gh.api, request())).toMatchObject({ kind: 'unchanged' });
    expect(gh.calls).toEqual(['list']);
  });

  it('never overwrites a comment stamped by a newer run, in any mode', async () => {
    for (const mode of ['update', 'new', 'hide-and-new', 'delete-and-new'] as const) {
      const gh = fakeApi();
      gh.add(stamped('newer', '', 100, 2));
      const out = await upsertComment(gh.api, request({ mode }));
      expect(out).toMatchObject({ kind: 'skipped', why: expect.stringContaining('a newer run (100, attempt 2)') });
      expect(gh.calls).toEqual(['list']);
    }
  });

  it('new: posts another comment and keeps the old', async () => {
    const gh = fakeApi();
    gh.add(stamped('old'));
    await upsertComment(gh.api, request({ mode: 'new' }));
    expect(gh.calls).toEqual(['list', 'create']);
    expect(gh.comments).toHaveLength(2);
  });

  it('hide-and-new and delete-and-new act on older comments only after the new one exists', async () => {
    const hide = fakeApi();
    hide.add(stamped('a'));
    hide.add(stamped('b'));
    expect(await upsertComment(hide.api, request({ mode: 'hide-and-new' }))).toMatchObject({ kind: 'created', hidden: 2 });
    expect(hide.calls).toEqual(['list', 'create', 'minimize N1', 'minimize N2']);

    const del = fakeApi();
    del.add(stamped('a'));
    expect(await upsertComment(del.api, request({ mode: 'delete-and-new' }))).toMatchObject({ kind: 'created', deleted: 1 });
    expect(del.calls).toEqual(['list', 'create', 'delete 1']);
    expect(del.comments.map((c) => c.id)).toEqual([2]);
  });

  it('a failed create deletes nothing', async () => {
    const gh = fakeApi({ fail: { status: 403, on: 'create' } });
    gh.add(stamped('a'));
    await expect(upsertComment(gh.api, request({ mode: 'delete-and-new' }))).rejects.toMatchObject({ status: 403 });
    expect(gh.calls).toEqual(['list', 'create']);
    expect(gh.comments).toHaveLength(1);
  });

  it('comment-on not met: no new comment, but an existing one is still brought up to date', async () => {
    const none = fakeApi();
    expect(await upsertComment(none.api, request({ wanted: false }))).toMatchObject({ kind: 'skipped' });
    expect(none.calls).toEqual(['list']);

    const existing = fakeApi();
    existing.add(stamped('stale numbers'));
    expect(await upsertComment(existing.api, request({ wanted: false }))).toMatchObject({ kind: 'updated' });
    const hidden = fakeApi();
    hidden.add(stamped('stale numbers'));
    expect(await upsertComment(hidden.api, request({ wanted: false, mode: 'hide-and-new' }))).toMatchObject({ kind: 'skipped' });
  });
});
