import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startGitHub, type GitHubStandIn } from './github-server.js';
import { makeRepo, manifest, prEvent, runAction, scratch } from './harness.js';

// The committed bundle on a pull request that adds model calls, against the GitHub stand-in on 127.0.0.1.
const tmp = scratch('action-scan');
afterAll(() => tmp.cleanup());
let servers: GitHubStandIn[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const flux = '  - { name: posters, provider: fal, model: fal-ai/flux/dev, runs: 100, width: 1024, height: 768, results: 2 }\n';
const BASE_CODE = `import { fal } from "@fal-ai/client";

export const poster = (prompt: string) =>
  fal.subscribe("fal-ai/flux/dev", { input: { prompt, image_size: "landscape_4_3", num_images: 2 } });
`;
// the PR keeps the declared call and adds two: a FLUX schnell batch and a Runway clip
const HEAD_CODE = `${BASE_CODE}
export const batch = (prompt: string) =>
  fal.subscribe("fal-ai/flux/schnell", { input: { prompt, num_images: 4 } });
`;
const RUNWAY = `import RunwayML from "@runwayml/sdk";

const client = new RunwayML();
export const clip = (promptImage: string) =>
  client.imageToVideo.create({ model: "gen4_turbo", promptImage, ratio: "1280:720", duration: 10 });
`;

async function pr(head: Record<string, string>, inputs: Record<string, string> = {}, budget = '') {
  const base = { 'genspend.yml': manifest(flux, budget), 'src/poster.ts': BASE_CODE };
  const repo = makeRepo(tmp.dir(), base, { ...base, ...head });
  const server = await startGitHub();
  servers.push(server);
  const result = await runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    event: prEvent(repo.baseSha, repo.headSha),
    inputs,
    apiUrl: server.url,
  });
  return { ...result, server };
}

describe('the action on a pull request that adds model calls', () => {
  it('annotates each new undeclared call and lists them, priced, in the comment; warn by default', async () => {
    const r = await pr({ 'src/poster.ts': HEAD_CODE, 'src/clip.ts': RUNWAY });
    expect(r.code).toBe(0);
    const annotations = r.commands.filter((c) => c.includes('title=genspend%3A undeclared model call'));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(
      /^::warning title=genspend%3A undeclared model call,file=src\/clip\.ts,line=5::runway gen4_turbo is called here/,
    );
    expect(annotations[0]).toContain('$0.50 per call');
    expect(annotations[1]).toMatch(
      /^::warning title=genspend%3A undeclared model call,file=src\/poster\.ts,line=7::fal fal-ai\/flux\/schnell/,
    );
    // the call the base already had is not new, and it is declared
    expect(r.commands.some((c) => c.includes('src/poster.ts,line=4'))).toBe(false);
    const body = r.server.comments[0]!.body;
    expect(body).toContain('### Model calls this PR adds that no genspend.yml declares');
    expect(body).toContain('| :warning: | src/clip.ts:5 | runway | client.imageToVideo.create | gen4\\_turbo | $0.50 (50 credits) |');
    expect(body).toContain('| :warning: | src/poster.ts:7 | fal | fal.subscribe | fal-ai/flux/schnell | $0.01 |');
    expect(r.stdout).toContain('genspend: scanned 2 changed file(s): 2 new model call(s), 2 undeclared (undeclared: warn)');
  });

  it('fails the check under the undeclared input set to fail, and under the manifest rule', async () => {
    const byInput = await pr({ 'src/clip.ts': RUNWAY }, { undeclared: 'fail' });
    expect(byInput.code).toBe(1);
    expect(byInput.commands.some((c) => c.startsWith('::error title=genspend%3A undeclared model call,file=src/clip.ts,line=5::'))).toBe(
      true,
    );
    expect(byInput.stdout).toContain('this PR adds 1 model call that no genspend.yml declares (undeclared: fail)');
    expect(byInput.server.comments[0]!.body).toContain('| :x: | src/clip.ts:5 |');
    const byManifest = await pr({ 'src/clip.ts': RUNWAY }, {}, 'budget: { undeclared: fail }\n');
    expect(byManifest.code).toBe(1);
    // the input overrides the manifest
    expect((await pr({ 'src/clip.ts': RUNWAY }, { undeclared: 'off' }, 'budget: { undeclared: fail }\n')).code).toBe(0);
  });

  it('says nothing of calls the manifests declare, or that a comment ignores', async () => {
    const ignored = RUNWAY.replace('export const clip', '// genspend-ignore: a one-off\nexport const clip');
    const r = await pr({ 'src/clip.ts': ignored });
    expect(r.code).toBe(0);
    expect(r.commands.some((c) => c.includes('undeclared model call'))).toBe(false);
    expect(r.server.comments[0]!.body).not.toContain('Model calls this PR adds');
  });

  it('refuses a bad undeclared input, naming it', async () => {
    const r = await pr({ 'src/clip.ts': RUNWAY }, { undeclared: 'sometimes' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input `undeclared` must be one of fail, warn, off, got "sometimes"');
  });
});
