import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startGitHub, type GitHubStandIn } from './github-server.js';
import { git, makeRepo, manifest, prEvent, runAction, scratch } from './harness.js';

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

describe('the scan of a pull request whose base commit is not in the checkout', () => {
  const UPSCALE = `import fal_client


def upscale(url):
    return fal_client.subscribe("fal-ai/esrgan", arguments={"image_url": url})
`;
  const base = {
    'genspend.yml': manifest(flux),
    'src/poster.ts': BASE_CODE,
    'src/legacy/upscale.py': UPSCALE,
    'src/gone.ts':
      'import { fal } from "@fal-ai/client";\n\nexport const old = () => fal.run("fal-ai/recraft-v3", { input: { prompt: "x" } });\n',
  };
  // modified, added, renamed and removed files, and enough others that GitHub lists them on two pages
  const docs = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`docs/page-${String(i).padStart(3, '0')}.md`, `page ${i}\n`]));
  const { 'src/legacy/upscale.py': _moved, 'src/gone.ts': _removed, ...kept } = base;
  const head = { ...kept, ...docs, 'src/poster.ts': HEAD_CODE, 'src/clip.ts': RUNWAY, 'src/upscale.py': UPSCALE };

  /** The PR's files as GitHub lists them, from git's own account of the change. */
  function listedFiles(dir: string, from: string, to: string) {
    const STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
    const fields = git(dir, 'diff', '--name-status', '-M', '-z', from, to).split('\0').filter(Boolean);
    const out: { filename: string; status: string; previous_filename?: string }[] = [];
    for (let i = 0; i < fields.length;) {
      const code = fields[i++]![0]!;
      if (code === 'R' || code === 'C') {
        const previous = fields[i++]!;
        out.push({ filename: fields[i++]!, status: STATUS[code]!, previous_filename: previous });
      } else out.push({ filename: fields[i++]!, status: STATUS[code]! });
    }
    return out.sort((a, b) => a.filename.localeCompare(b.filename));
  }
  const section = (body: string) => /### Model calls this PR adds[\s\S]*?(?=\n### |$)/.exec(body)?.[0];
  const undeclared = (commands: string[]) => commands.filter((c) => c.includes('title=genspend%3A undeclared model call'));

  it('asks GitHub for the changed files and the base texts, and finds what git finds', async () => {
    const origin = makeRepo(tmp.dir(), base, head);
    const viaGitServer = await startGitHub();
    servers.push(viaGitServer);
    const event = prEvent(origin.baseSha, origin.headSha);
    const viaGit = await runAction({ workspace: origin.dir, eventName: 'pull_request', event, apiUrl: viaGitServer.url });

    // a shallow checkout whose origin is gone: neither the base commit nor a fetch of it
    const clone = tmp.dir();
    git(clone, 'clone', '-q', '--depth=1', `file://${origin.dir}`, '.');
    git(clone, 'remote', 'remove', 'origin');
    expect(() => git(clone, 'cat-file', '-e', `${origin.baseSha}^{commit}`)).toThrow();
    const prFiles = listedFiles(origin.dir, origin.baseSha, origin.headSha);
    expect(prFiles.length).toBeGreaterThan(100);
    expect(prFiles.filter((f) => f.filename.startsWith('src/'))).toEqual([
      { filename: 'src/clip.ts', status: 'added' },
      { filename: 'src/gone.ts', status: 'removed' },
      { filename: 'src/poster.ts', status: 'modified' },
      { filename: 'src/upscale.py', status: 'renamed', previous_filename: 'src/legacy/upscale.py' },
    ]);
    const server = await startGitHub({ prFiles, files: { [origin.baseSha]: { 'README.md': 'test\n', ...base } } });
    servers.push(server);
    const viaApi = await runAction({ workspace: clone, eventName: 'pull_request', event, apiUrl: server.url });

    expect(viaApi.code).toBe(0);
    expect(viaGit.code).toBe(0);
    expect(viaApi.stdout).toContain('(contents API)');
    const annotations = undeclared(viaApi.commands);
    expect(annotations.map((c) => /file=([^,]+),line=(\d+)/.exec(c)!.slice(1).join(':'))).toEqual([
      'src/clip.ts:5',
      'src/poster.ts:7',
      'src/upscale.py:5',
    ]);
    expect(annotations).toEqual(undeclared(viaGit.commands));
    const comment = section(server.comments[0]!.body);
    expect(comment).toContain('| :warning: | src/clip.ts:5 | runway | client.imageToVideo.create | gen4\\_turbo | $0.50 (50 credits) |');
    expect(comment).toContain('| :warning: | src/upscale.py:5 | fal | fal\\_client.subscribe | fal-ai/esrgan | unpriced: ');
    expect(comment).toBe(section(viaGitServer.comments[0]!.body));
    const scanned = 'genspend: scanned 3 changed file(s): 3 new model call(s), 3 undeclared (undeclared: warn)';
    expect(viaGit.stdout).toContain(scanned);
    expect(viaApi.stdout).toContain(scanned);
    expect(viaApi.stdout).not.toContain('gone.ts');

    // both pages of the PR's files, and the base of each changed file with calls from the contents API
    const asked = server.requests.map((q) => `${q.path}?${new URLSearchParams(q.query).toString()}`);
    expect(asked).toContain('/repos/o/r/pulls/7/files?per_page=100&page=1');
    expect(asked).toContain('/repos/o/r/pulls/7/files?per_page=100&page=2');
    for (const file of ['src/clip.ts', 'src/poster.ts', 'src/upscale.py'])
      expect(asked).toContain(`/repos/o/r/contents/${file}?ref=${origin.baseSha}`);
    expect(viaGitServer.requests.some((q) => q.path.includes('/pulls/'))).toBe(false);
  });
});
