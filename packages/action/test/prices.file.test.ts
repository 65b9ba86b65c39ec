import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CONTRACT, MANIFEST } from '../../../test/fixtures/price-file.js';
import { startGitHub, type GitHubStandIn } from './github-server.js';
import { makeRepo, prEvent, runAction, scratch } from './harness.js';

// The committed bundle (`npm run build` first) on pull requests that carry a price file.
const tmp = scratch('action-prices');
afterAll(() => tmp.cleanup());
let servers: GitHubStandIn[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function pr(base: Record<string, string>, head: Record<string, string>, inputs: Record<string, string> = {}) {
  const repo = makeRepo(tmp.dir(), base, head);
  const server = await startGitHub();
  servers.push(server);
  return runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    event: prEvent(repo.baseSha, repo.headSha),
    inputs,
    apiUrl: server.url,
    runId: 100,
  });
}

describe('the action bundle with genspend.prices.yml', () => {
  it('prices both sides with the price file both sides share, and names it on every line', async () => {
    const r = await pr(
      { 'genspend.yml': MANIFEST, 'genspend.prices.yml': CONTRACT },
      { 'genspend.yml': MANIFEST, 'genspend.prices.yml': CONTRACT },
    );
    expect(r.code).toBe(0);
    // $11 (contract) + $5.40 (10% off 600 credits): the CLI's figure for the same files
    expect(r.outputs['head-total']).toBe('16.4');
    expect(r.outputs['base-total']).toBe('16.4');
    expect(r.summary).toContain('catalog less 10%, genspend.prices.yml');
  });

  it('judges a PR that lowers its prices with the base price file, and warns that it changes', async () => {
    const cheaper = CONTRACT.replace("amount: '0.011'", "amount: '0.001'");
    const r = await pr(
      { 'genspend.yml': MANIFEST, 'genspend.prices.yml': CONTRACT },
      { 'genspend.yml': MANIFEST, 'genspend.prices.yml': cheaper },
    );
    expect(r.code).toBe(0);
    expect(r.outputs['head-total']).toBe('16.4');
    expect(r.outputs.verdict).toBe('warn');
    expect(r.summary).toMatch(/this PR changes the price file \\?`genspend\.prices\.yml\\?` \(applies after merge/);
  });

  it('a price file the PR adds does not price the PR: the built-in catalog does', async () => {
    const r = await pr({ 'genspend.yml': MANIFEST }, { 'genspend.yml': MANIFEST, 'genspend.prices.yml': CONTRACT });
    expect(r.outputs['head-total']).toBe('31');
    expect(r.summary).toMatch(/this PR adds the price file/);
  });

  it('warns on a stale locked rate, naming the model and how to refresh it (max-price-age)', async () => {
    const old = CONTRACT.replace('basis: contract', 'basis: account').replace(/2026-10-01/g, '2020-01-01');
    const files = { 'genspend.yml': MANIFEST, 'genspend.prices.yml': old };
    const r = await pr(files, files);
    expect(r.commands.join('\n')).toMatch(
      /::warning.*fal price of fal-ai\/flux\/dev \(base\) was last checked 2020-01-01, \d+ days ago: run `genspend prices lock`/,
    );
    const relaxed = await pr(files, files, { 'max-price-age': '99999d' });
    expect(relaxed.commands.join('\n')).not.toContain('last checked');
  });
});
