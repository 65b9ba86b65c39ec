import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT, MANIFEST } from '../../../test/fixtures/price-file.js';
import { gitIn, type Git } from '../src/base.js';
import { gate, type GateDeps } from '../src/gate.js';
import { fakeApi, fakeToolkit } from './fakes.js';
import { makeRepo, prEvent, scratch } from './harness.js';

// The base is read with as few git processes as it takes: one listing of the tree, one read per
// file genspend uses; the price file at the base comes from that listing, so a repository
// without one pays no git call for it.
const tmp = scratch('action-base-git');
afterAll(() => tmp.cleanup());

async function run(base: Record<string, string>, head: Record<string, string>, inputs: Record<string, string> = {}) {
  const repo = makeRepo(tmp.dir(), base, head);
  const { toolkit, record } = fakeToolkit({ comment: 'off', ...inputs });
  const calls: string[] = [];
  const deps: GateDeps = {
    toolkit,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_RUN_ID: '42',
      RUNNER_TEMP: tmp.dir(),
    },
    cwd: repo.dir,
    readFile: () => JSON.stringify(prEvent(repo.baseSha, repo.headSha)),
    exists: () => true,
    git: (cwd: string): Git => {
      const real = gitIn(cwd);
      return (args, options) => {
        calls.push(args.slice(0, 2).join(' '));
        return real(args, options);
      };
    },
    github: () => fakeApi().api,
  };
  const result = await gate(deps);
  return { result, record, calls };
}

describe('reading the base with git', () => {
  it('without a price file: no git call looks for one', async () => {
    const { result, record, calls } = await run({ 'genspend.yml': MANIFEST }, { 'genspend.yml': MANIFEST });
    expect(result.verdict).toBe('pass');
    expect(record.outputs['base-total']).toBe('31');
    // the first lists the files the PR changes, for the scan of model calls; one rev-parse finds
    // the workspace's prefix and the base commit, whose listing starts beside it
    expect(calls).toEqual(['diff --name-only', 'rev-parse --show-prefix', 'ls-tree -r', 'cat-file blob']);
  });

  it('with a price file at the base: one read of it, and it prices the base', async () => {
    const cheaper = CONTRACT.replace("amount: '0.011'", "amount: '0.001'");
    const { record, calls } = await run(
      { 'genspend.yml': MANIFEST, 'genspend.prices.yml': CONTRACT },
      { 'genspend.yml': MANIFEST, 'genspend.prices.yml': cheaper },
    );
    // the base's file governs both sides: $11 (contract) + $5.40 (10% off 600 credits)
    expect(record.outputs['base-total']).toBe('16.4');
    expect(record.outputs['head-total']).toBe('16.4');
    expect(record.outputs.verdict).toBe('warn');
    expect(calls).toEqual(['diff --name-only', 'rev-parse --show-prefix', 'ls-tree -r', 'cat-file blob', 'cat-file blob']);
  });

  it('a `prices` input written with ./ finds the base file the listing names without it', async () => {
    const files = { 'genspend.yml': MANIFEST, 'config/prices.yml': CONTRACT };
    const { record } = await run(files, files, { prices: './config/prices.yml' });
    expect(record.outputs['base-total']).toBe('16.4');
    expect(record.info.join('\n')).toContain('prices from ./config/prices.yml (as at the base) over the built-in catalog');
  });
});
