import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startGitHub, type GitHubStandIn } from './github-server.js';
import { git, manifest, prEvent, runAction, scratch, veo } from './harness.js';

// Files a pull request can commit to hang or crash the gate, run through the committed bundle
// (`npm run build` first) in real git repositories, against the GitHub API stand-in.
const tmp = scratch('action-files');
afterAll(() => tmp.cleanup());
let servers: GitHubStandIn[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A file's text, or a symbolic link to a target. */
type Tree = Record<string, string | { link: string }>;

function writeTree(dir: string, tree: Tree) {
  for (const [path, entry] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (typeof entry === 'string') writeFileSync(join(dir, path), entry);
    else symlinkSync(entry.link, join(dir, path));
  }
}

/** A pull request whose base and head trees may hold links; `prepare` runs on the checkout before the action. */
async function pr(base: Tree, head: Tree, prepare: (dir: string) => void = () => {}) {
  const dir = tmp.dir();
  git(dir, 'init', '-q', '-b', 'main');
  writeTree(dir, { 'README.md': 'test\n', ...base });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  for (const path of Object.keys(base)) if (!(path in head)) rmSync(join(dir, path));
  for (const path of Object.keys(head)) rmSync(join(dir, path), { force: true });
  writeTree(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  prepare(dir);
  const server = await startGitHub();
  servers.push(server);
  const started = Date.now();
  const result = await runAction({
    workspace: dir,
    eventName: 'pull_request',
    event: prEvent(baseSha, git(dir, 'rev-parse', 'HEAD')),
    inputs: { comment: 'off' },
    apiUrl: server.url,
  });
  return { ...result, seconds: (Date.now() - started) / 1000, dir };
}

/** The problems of the "could not run" error, as the runner shows them (workflow-command escapes undone). */
const couldNotRun = (stdout: string) =>
  (stdout.split('\n').find((l) => l.startsWith('::error::genspend could not run: ')) ?? '')
    .replace('::error::genspend could not run: ', '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
    .split('\n');

const ok = manifest(veo('trailer', 100));

describe('the action refuses hostile files in the pull request', () => {
  it('a manifest that is a link to /dev/zero: could not run, at once, with one line', async () => {
    const r = await pr({ 'genspend.yml': ok }, { 'genspend.yml': ok, 'apps/x/genspend.yml': { link: '/dev/zero' } });
    expect(r.code).toBe(2);
    expect(r.seconds).toBeLessThan(15);
    expect(r.stdout).toContain('::error::genspend could not run: apps/x/genspend.yml: is a link to a file outside the repository');
    expect(r.summary).toContain('## genspend could not run');
    expect(r.stderr).toBe('');
  });

  it('a link out of the workspace, by file or by folder: could not run', async () => {
    const elsewhere = tmp.dir();
    writeFileSync(join(elsewhere, 'genspend.yml'), ok);
    const r = await pr(
      { 'genspend.yml': ok },
      {
        'genspend.yml': ok,
        'apps/a/genspend.yml': { link: join(elsewhere, 'genspend.yml') },
        'apps/b/genspend.yml': { link: '../../../../etc/hostname' },
      },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('apps/a/genspend.yml: is a link to a file outside the repository');
    expect(r.stdout).toContain('apps/b/genspend.yml: is a link to a file outside the repository');
  });

  it('a link to a FIFO in the workspace: could not run, without blocking', async () => {
    const r = await pr({ 'genspend.yml': ok }, { 'genspend.yml': ok, 'apps/y/genspend.yml': { link: '../../pipe' } }, (dir) => {
      expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    });
    expect(r.code).toBe(2);
    expect(r.seconds).toBeLessThan(15);
    expect(r.stdout).toContain('apps/y/genspend.yml: is a FIFO, not a manifest file');
  });

  it('a link to a manifest inside the workspace is read, and counted once', async () => {
    const r = await pr({ 'apps/x/genspend.yml': ok }, { 'apps/x/genspend.yml': ok, 'apps/y/genspend.yml': { link: '../x/genspend.yml' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'base-total': '80', 'head-total': '80', delta: '0' });
  });

  it('a `self -> .` link does not triple the spend or the headline percent', async () => {
    const r = await pr({ 'genspend.yml': ok }, { 'genspend.yml': manifest(veo('trailer', 120)), self: { link: '.' }, root: { link: '/' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'base-total': '80', 'head-total': '96', delta: '16', 'delta-percent': '20.00' });
    expect(r.summary).toContain('This PR adds $16.00 per month of projected spend (+20.0%): $80.00 → $96.00.');
  });

  it('a link at the base is not a manifest: read as absent there, and said so', async () => {
    const r = await pr({ 'shared.yml': ok, 'apps/a/genspend.yml': { link: '../../shared.yml' } }, { 'apps/a/genspend.yml': ok });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'genspend: "apps/a/genspend.yml" is a symbolic link at the base, not a manifest; it is read as absent there',
    );
    expect(r.outputs).toMatchObject({ 'base-total': '0', 'head-total': '80' });
  });

  it('hostile YAML: one file:line line per problem, no class names, no Node warnings', async () => {
    const r = await pr(
      { 'genspend.yml': ok },
      {
        'genspend.yml': ok,
        'a/genspend.yml': '['.repeat(10_000) + ']'.repeat(10_000),
        'b/genspend.yml': '42',
        'c/genspend.yml': 'version: 1\nworkloads:\n  - 42',
        'd/genspend.yml': '%YAML 1.1\n---\nversion: 1\nworkloads: []',
        'e/genspend.yml': 'version: 1\nworkloads: !!binary aGVsbG8=',
        'f/genspend.yml': 'version: 1\n? [a]\n: 1\nworkloads: []',
        'g/genspend.yml': 'version: 1\nworkloads:\n  - *nope',
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const lines = couldNotRun(r.stdout);
    for (const line of lines)
      expect(line).not.toMatch(/\b(?:Decimal\d*|Buffer|Uint8Array|Set|YAMLMap|YAMLSeq|Scalar|RangeError|internal error)\b/);
    expect(lines).toEqual([
      'a/genspend.yml:1: nesting too deep (more than 100 levels) (fix: a manifest nests four levels: a mapping, its `workloads` list, each workload, its values)',
      'b/genspend.yml:1: expected a mapping with `version`, `period`, `budget` and `workloads`, got 42 (fix: see examples/genspend.yml for the shape)',
      'c/genspend.yml:3: workloads[0]: expected a mapping, got 42',
      'd/genspend.yml:1: `%YAML 1.1` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (`010`, `yes`) (fix: remove the `%YAML` line (and check numbers with leading zeros and yes/no values))',
      'e/genspend.yml:2: unsupported tag `!!binary` (fix: remove the tag: a manifest holds only text, numbers, true/false, lists and mappings)',
      'f/genspend.yml:2: a key is a list or mapping (fix: keys are plain text: remove the `?` or the brackets around the key)',
      'g/genspend.yml:3: undefined alias `*nope` (fix: define the anchor `&nope` on a value before this alias, or write the value out)',
    ]);
  });
});
