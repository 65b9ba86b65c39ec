import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { schemaErrors } from './schema.js';

const FIXTURE = new URL('../../../test/fixtures/scan/repo/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-scan-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A copy of the fixture repository, with a manifest when given. */
function repo(manifest?: string): string {
  const dir = join(scratch, String(copies++));
  cpSync(FIXTURE, dir, { recursive: true });
  if (manifest !== undefined) writeFileSync(join(dir, 'genspend.yml'), manifest);
  return dir;
}

async function run(args: string[], cwd: string, tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: Object.assign({ write: (s: string) => (stderr += s) }, tty ? { isTTY: true } : {}),
  });
  return { code, stdout, stderr };
}

const MANIFEST = `version: 1
budget:
  undeclared: fail
scan:
  exclude: ["vendor/**"]
workloads:
  - { name: posters, provider: fal, model: fal-ai/flux/dev, runs: 100, width: 1024, height: 768, results: 2 }
  - { name: launch trailer, provider: fal, model: fal-ai/kling-video/v2.1/master/text-to-video, runs: 10, seconds: 5 }
  - { name: clips, provider: runway, model: gen4_turbo, runs: 10, seconds: 5 }
  - { name: old upscaler, provider: fal, model: fal-ai/esrgan, runs: 10, width: 1024, height: 1024 }
`;

describe('genspend scan', () => {
  it('lists every call with file:line and its status, and fails under undeclared: fail', async () => {
    const r = await run(['scan'], repo(MANIFEST));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^30 model calls in 15 files: 2[0-9] undeclared \(fails: undeclared: fail\)/);
    expect(r.stdout).toMatch(/ok +src\/fal\.ts:7 +fal +fal\.subscribe +fal-ai\/flux\/dev +\$0\.05 +posters/);
    expect(r.stdout).toMatch(/UNDECLARED +src\/runware\.js:7 +runware +runware\.requestImages +runware:101@1 +unpriced/);
    expect(r.stdout).toMatch(/ignored +src\/http\.ts:23/);
    expect(r.stdout).not.toContain('vendor/generated.ts');
  });

  it('writes the JSON contract: statuses, exact prices, mismatches and stale workloads', async () => {
    const r = await run(['scan', '--format', 'json'], repo(MANIFEST));
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ version: 1, status: 'fail', rule: { undeclared: 'fail' }, files: 15 });
    const at = (where: string) => j.calls.find((c: { file: string; line: number }) => `${c.file}:${c.line}` === where);
    expect(at('src/fal.ts:7')).toMatchObject({
      provider: 'fal',
      sdk: '@fal-ai/client',
      call: 'fal.subscribe',
      model: 'fal-ai/flux/dev',
      arguments: { image_size: 'landscape_4_3', num_images: 2 },
      dynamic: ['prompt'],
      status: 'declared',
      declaredBy: { manifest: 'genspend.yml', workload: 'posters' },
      matchedBy: 'model',
      price: { costUsd: '0.05' },
      mismatches: [],
    });
    // the comment ties the call to its workload; the code asks for 10 seconds, the manifest says 5
    expect(at('src/app/Generate.tsx:13')).toMatchObject({
      status: 'declared',
      matchedBy: 'comment',
      comment: 'launch trailer',
      mismatches: [{ attribute: 'seconds', code: '10', declared: '5' }],
    });
    // two runway calls of gen4_turbo: the 5-second one matches, the Python one asks for 10
    expect(at('src/runway.ts:8')).toMatchObject({ status: 'declared', mismatches: [], price: { costUsd: '0.25', credits: '25' } });
    expect(at('workers/runway_worker.py:7').mismatches).toEqual([{ attribute: 'seconds', code: '10', declared: '5' }]);
    expect(at('src/runware.js:7')).toMatchObject({ status: 'undeclared', price: { costUsd: null } });
    expect(at('src/runware.js:7').price.reason).toContain('steps');
    expect(at('src/http.ts:23').status).toBe('ignored');
    expect(j.stale).toEqual([{ manifest: 'genspend.yml', workload: 'old upscaler', provider: 'fal', model: 'fal-ai/esrgan' }]);
    expect(j.counts.calls).toBe(j.calls.length);
    expect(j.counts.undeclared).toBe(j.calls.filter((c: { status: string }) => c.status === 'undeclared').length);
  });

  it('passes with warnings under the default rule, and says nothing of undeclared calls under off', async () => {
    const warn = MANIFEST.replace('undeclared: fail', 'unpriced: warn');
    expect((await run(['scan'], repo(warn))).code).toBe(0);
    const off = await run(['scan', '--undeclared', 'off', '--format', 'json'], repo(MANIFEST));
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout)).toMatchObject({ rule: { undeclared: 'off' }, status: 'warn' }); // still stale and mismatched
    const bad = await run(['scan', '--undeclared', 'maybe'], repo(MANIFEST));
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--undeclared must be fail, warn or off') });
  });

  it('scans only the paths named', async () => {
    const r = await run(['scan', 'workers', '--format', 'json'], repo(MANIFEST));
    const files = new Set(JSON.parse(r.stdout).calls.map((c: { file: string }) => c.file.split('/')[0]));
    expect([...files]).toEqual(['workers']);
  });

  it('shows progress on stderr on a terminal only', async () => {
    const dir = repo(MANIFEST);
    expect((await run(['scan'], dir)).stderr).toBe('');
    const tty = await run(['scan'], dir, true);
    expect(tty.stderr).toContain('scanning: 15 files read, 30 call sites');
  });

  it('names a file that does not parse instead of skipping it silently', async () => {
    const dir = repo(MANIFEST);
    writeFileSync(join(dir, 'src', 'broken.ts'), 'import { fal } from "@fal-ai/client";\nconst = ;\n');
    const r = await run(['scan'], dir);
    expect(r.stdout).toContain('src/broken.ts: not scanned: does not parse at line 2, column 7');
  });
});

describe('genspend scan of links and special files', () => {
  // every listed entry is refused or read by the rules manifests get: links are never followed
  // into, a link leading out of the tree is named and not read, a file reached twice counts once
  it('reads each real file once and names every entry it refuses', async () => {
    const dir = repo();
    const outside = mkdtempSync(join(scratch, 'outside-'));
    writeFileSync(join(outside, 'secret.ts'), 'import { fal } from "@fal-ai/client";\nfal.run("fal-ai/flux/dev", { input: {} });\n');
    symlinkSync('fal.ts', join(dir, 'src/fal-again.ts')); // the same file by a second name
    symlinkSync('../src', join(dir, 'workers/src')); // a folder link: not walked, its files are listed once
    symlinkSync('.', join(dir, 'self'));
    symlinkSync(join(outside, 'secret.ts'), join(dir, 'src/out.ts'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync('/dev/zero', join(dir, 'src/zero.js'));
    symlinkSync('missing.ts', join(dir, 'src/dangling.ts'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib/blob.js'), Buffer.from([0x66, 0x61, 0x6c, 0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, 'lib/huge.js'), `// runware\n${'x'.repeat(2 * 1024 * 1024)}\n`);
    // a FIFO is not listed (not a file); a link to one is, and is refused without blocking
    const fifo = spawnSync('mkfifo', [join(dir, 'lib/pipe')]).status === 0;
    if (fifo) symlinkSync('pipe', join(dir, 'lib/pipe.ts'));
    const plain = JSON.parse((await run(['scan', '--format', 'json'], repo())).stdout);
    const r = await run(['scan', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const where = (calls: { file: string; line: number }[]) => calls.map((c) => `${c.file}:${c.line}`).sort();
    expect(where(j.calls)).toEqual(where(plain.calls));
    expect(j.files).toBe(plain.files + 5 + (fifo ? 1 : 0));
    expect(Object.fromEntries(j.problems.map((p: { file: string; problem: string }) => [p.file, p.problem]))).toEqual({
      'lib/blob.js': 'file is binary, not UTF-8 YAML text',
      'lib/huge.js': 'file is 2097164 bytes, over the 2097152-byte limit',
      ...(fifo ? { 'lib/pipe.ts': 'is a FIFO, not a manifest file' } : {}),
      'src/dangling.ts': 'is a link to a file that does not exist',
      'src/out.ts': 'is a link to a file outside the current directory',
      'src/zero.js': 'is a link to a file outside the current directory',
    });
  });
});

describe('genspend init from the scan', () => {
  it('drafts one workload per distinct call that the estimate accepts once runs and the other blanks are filled', async () => {
    const dir = repo();
    const r = await run(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('drafted from 30 model calls in the code');
    const draft = readFileSync(join(dir, 'genspend.yml'), 'utf8');
    expect(draft).toContain('  - name: launch trailer\n    # called at src/app/Generate.tsx:13\n    provider: fal\n');
    expect(draft).toContain('    runs: # calls per period: fill in\n    height: 768\n    results: 2\n    width: 1024\n');
    expect(draft).toContain('#   src/runware.js:19 (runware: the model is not literal)');
    // as written it does not estimate: runs are the author's
    expect((await run(['estimate', 'genspend.yml'], dir)).code).toBe(2);
    const filled = draft
      .replace(/runs: # calls per period: fill in/g, 'runs: 100')
      .replace(
        /(steps|seconds|width|height): # not in the code: fill in/g,
        (_, k: string) => `${k}: ${k === 'steps' ? 28 : k === 'seconds' ? 3 : 1024}`,
      );
    writeFileSync(join(dir, 'genspend.yml'), filled);
    expect(schemaErrors('manifest.schema.json', filled)).toEqual([]);
    const e = await run(['estimate', 'genspend.yml', '--format', 'json'], dir);
    expect(e.stderr).toBe('');
    expect(e.code).toBe(0);
    const workloads = JSON.parse(e.stdout).workloads as { name: string; cost: string | null }[];
    expect(workloads.find((w) => w.name === 'launch trailer')?.cost).toBe('280');
    // the filled-in draft declares every call the scan found
    const s = JSON.parse((await run(['scan', '--format', 'json'], dir)).stdout);
    expect(s.calls.filter((c: { status: string; model: string | null }) => c.status === 'undeclared' && c.model !== null)).toEqual([]);
  });

  it('writes the starter when asked, scanning nothing', async () => {
    const dir = repo();
    await run(['init', '--starter'], dir);
    expect(readFileSync(join(dir, 'genspend.yml'), 'utf8')).toContain('name: product thumbnails');
  });
});
