import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startGitHub, type GitHubStandIn } from './github-server.js';
import { makeRepo, manifest, prEvent, runAction, scratch, veo } from './harness.js';

// The committed bundle (a local `npm run build` refreshes it) on a pull request whose head
// carries an attribute the model does not price on, and one with a value the model does not know.
const tmp = scratch('action-prices');
afterAll(() => tmp.cleanup());
let server: GitHubStandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function pr(head: string) {
  const repo = makeRepo(tmp.dir(), { 'genspend.yml': manifest(veo('trailer', 1)) }, { 'genspend.yml': head });
  server = await startGitHub();
  return runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    event: prEvent(repo.baseSha, repo.headSha),
    apiUrl: server.url,
  });
}

describe('the action bundle and attributes that cannot be priced as written', () => {
  it('shows the ignored attribute in the job summary and the comment', async () => {
    const r = await pr(
      manifest(veo('trailer', 1) + '  - { name: stills, provider: runway, model: gen4_image_turbo, runs: 10, seconds: 5 }\n'),
    );
    expect(r.code).toBe(0);
    const warning = '- stills: \\`seconds\\` does not change the price of gen4\\_image\\_turbo; ignored';
    expect(r.summary).toContain(warning);
    expect(server!.comments[0]!.body).toContain(warning);
  });

  it('fails the check on a value the model does not know, naming the file and line', async () => {
    const r = await pr(
      manifest(veo('trailer', 1) + '  - { name: master, provider: runway, model: gen4.5, runs: 1, seconds: 5, format: png-sequence }\n'),
    );
    expect(r.code).toBe(2);
    expect(r.commands).toContain(
      '::error title=genspend,file=genspend.yml,line=5::genspend.yml:5: workload "master": Runway API gen4.5 does not know `format` "png-sequence" (allowed: prores, png_sequence, mp4) (fix: did you mean `format: png_sequence`?)',
    );
    expect(r.summary).toContain('did you mean \\`format: png\\_sequence\\`?');
  });
});
