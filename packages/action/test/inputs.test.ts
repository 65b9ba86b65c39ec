import { GenspendErrors, money } from '@genspend/core';
import { describe, expect, it } from 'vitest';
import { readContext } from '../src/context.js';
import { InputError, readInputs } from '../src/inputs.js';

const read = (inputs: Record<string, string>) => readInputs((name) => inputs[name] ?? '');
const messageOf = (inputs: Record<string, string>) => {
  try {
    read(inputs);
  } catch (e) {
    return (e as InputError | GenspendErrors).format();
  }
  throw new Error('expected an input error');
};

describe('readInputs', () => {
  it('applies the defaults when the runner passes nothing', () => {
    expect(read({})).toEqual({
      manifests: ['**/genspend.yml'],
      token: '',
      comment: 'update',
      commentOn: 'always',
      tag: '',
      pr: {},
      baseRef: undefined,
      prices: { file: 'genspend.prices.yml', explicit: false },
      maxPriceAge: 30,
    });
  });

  it('reads `prices` as a path inside the repository and `max-price-age` in days', () => {
    expect(read({ prices: 'config/prices.yml', 'max-price-age': '7d' })).toMatchObject({
      prices: { file: 'config/prices.yml', explicit: true },
      maxPriceAge: 7,
    });
    expect(() => read({ prices: '../outside.yml' })).toThrow('input `prices` must be a path inside the repository');
    expect(() => read({ 'max-price-age': 'a week' })).toThrow('input `max-price-age` must be a number of days');
  });

  it('reads every input; PR-level rules are exact decimals', () => {
    const inputs = read({
      manifests: ' apps/*/genspend.yml \n\n!apps/legacy/genspend.yml\n',
      'github-token': 'ghs_x',
      comment: 'hide-and-new',
      'comment-on': 'failure',
      tag: 'ml team',
      limit: '2500',
      'max-increase': '0.1',
      'max-increase-percent': '12.5',
      unpriced: 'fail',
      judge: 'high',
      'base-ref': 'release/2.0',
    });
    expect(inputs).toMatchObject({
      manifests: ['apps/*/genspend.yml', '!apps/legacy/genspend.yml'],
      comment: 'hide-and-new',
      commentOn: 'failure',
      tag: 'ml team',
      baseRef: 'release/2.0',
    });
    expect(inputs.pr.maxIncrease!.equals(money('0.1'))).toBe(true);
    expect(inputs.pr.maxIncreasePercent!.toFixed()).toBe('12.5');
    expect(inputs.pr).toMatchObject({ unpriced: 'fail', judge: 'high' });
    expect(Object.isFrozen(inputs)).toBe(true);
  });

  it('names the input, what it expects and what it got', () => {
    expect(messageOf({ comment: 'sticky' })).toBe(
      'input `comment` must be one of update, new, hide-and-new, delete-and-new, off, got "sticky"',
    );
    expect(messageOf({ 'comment-on': 'never' })).toBe('input `comment-on` must be one of always, change, failure, got "never"');
    expect(messageOf({ 'max-increase': '-5' })).toBe(
      'input `max-increase` must be a non-negative number such as 50 or 12.5 (USD per period), got "-5"',
    );
    expect(messageOf({ unpriced: 'ignore' })).toBe('input `unpriced` must be one of fail, warn, got "ignore"');
    expect(messageOf({ judge: 'worst' })).toBe('input `judge` must be one of expected, high, got "worst"');
    expect(messageOf({ manifests: '../other/genspend.yml' })).toContain(
      'input `manifests`: "../other/genspend.yml" points outside the workspace',
    );
    expect(messageOf({ tag: 'x'.repeat(101) })).toBe('input `tag` must be at most 100 characters, got 101');
  });

  it('reports every bad input at once', () => {
    expect(messageOf({ limit: '1e3', 'max-increase-percent': '20%' }).split('\n')).toEqual([
      'input `limit` must be a non-negative number such as 50 or 12.5 (USD per period), got "1e3"',
      'input `max-increase-percent` must be a non-negative number such as 50 or 12.5 (percent of the base), got "20%"',
    ]);
  });

  it('refuses a base-ref git could read as an option or a range', () => {
    for (const ref of ['--upload-pack=x', '-x', 'main..evil', 'a b', 'HEAD@{1}', 'x/', 'x.lock', '$(id)']) {
      expect(messageOf({ 'base-ref': ref }), ref).toContain('input `base-ref` must be a branch, tag or commit sha');
    }
    for (const ref of ['main', 'v1.2.3', 'release/2.0', 'a'.repeat(40)]) expect(read({ 'base-ref': ref }).baseRef).toBe(ref);
  });
});

describe('readContext', () => {
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '123' };
  const payload = (pr: unknown) => () => JSON.stringify({ pull_request: pr });
  const sha = 'a'.repeat(40);

  it('reads the pull request, and tells a fork by its head repository', () => {
    const pr = { number: 5, base: { sha, repo: { full_name: 'o/r' } }, head: { sha, repo: { full_name: 'fork/r' } } };
    expect(readContext(env, payload(pr), '/cwd')).toMatchObject({
      eventName: 'pull_request',
      repo: { owner: 'o', repo: 'r' },
      pr: { number: 5, baseSha: sha, fork: true },
      run: { id: 123n, attempt: 1n },
      workspace: '/cwd',
    });
  });

  it('refuses a pull_request payload without a base sha, as a tool error', () => {
    expect(() => readContext(env, payload({ number: 5, base: { sha: '--evil' } }), '/')).toThrow(
      'the event payload has no pull_request with a number and a base sha',
    );
    expect(() => readContext({ ...env, GITHUB_EVENT_PATH: undefined }, payload({}), '/')).toThrow('GITHUB_EVENT_PATH is not set');
  });

  it('other events have no pull request', () => {
    expect(readContext({ GITHUB_EVENT_NAME: 'push' }, () => '{}', '/w').pr).toBeUndefined();
  });
});
