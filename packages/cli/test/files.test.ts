import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Hostile files through the built binary, as a pull request could commit them: links to
// devices or out of the repository, FIFOs, sockets, links that repeat the tree, and YAML that
// tries to crash or confuse the parsers.
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-files-'));
const outside = mkdtempSync(join(tmpdir(), 'genspend-outside-'));
let socket: Server | undefined;
afterAll(() => {
  socket?.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.signal === 'SIGTERM' };
}

function write(dir: string, file: string, text: string) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** A folder of its own for one test, inside the scratch folder. */
function repo(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runway Veo 3.1 Fast, 8 s at 10 credits/s: $0.80 a run. */
const manifest = (runs: number) =>
  `version: 1\nworkloads:\n  - { name: trailer, provider: runway, model: veo3.1_fast, runs: ${runs}, seconds: 8, audio: false }\n`;

const total = (stdout: string) => JSON.parse(stdout) as { total: string; manifests: { file: string }[] };

/** One line per problem, nothing else: no stack, no Node warning. */
function expectOneLine(r: ReturnType<typeof run>, message: string) {
  expect(r.timedOut).toBe(false);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(message)]);
}

describe('manifests are regular files inside the working directory', () => {
  const dir = repo('kinds');
  beforeAll(async () => {
    write(dir, 'apps/x/genspend.yml', manifest(100));
    write(outside, 'genspend.yml', manifest(100));
    symlinkSync('/dev/zero', join(dir, 'zero.yml'));
    symlinkSync(join(outside, 'genspend.yml'), join(dir, 'out.yml'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync('apps/x/genspend.yml', join(dir, 'inside.yml'));
    symlinkSync('missing.yml', join(dir, 'broken.yml'));
    spawnSync('mkfifo', [join(dir, 'fifo.yml')]);
    socket = createServer();
    await new Promise<void>((resolve) => socket!.listen(join(dir, 'socket.yml'), resolve));
  });

  it.each([
    ['a link to /dev/zero', 'zero.yml', 'zero.yml: is a link to a file outside the current directory'],
    ['a FIFO', 'fifo.yml', 'fifo.yml: is a FIFO, not a manifest file'],
    ['a socket', 'socket.yml', 'socket.yml: is a socket, not a manifest file'],
    ['a link out of the directory', 'out.yml', 'out.yml: is a link to a file outside the current directory'],
    ['a folder link out of the directory', 'elsewhere/genspend.yml', 'elsewhere/genspend.yml: is a link to a file outside'],
    ['a path out of the directory', '../../' + outside.split('/').pop() + '/genspend.yml', 'is outside the current directory'],
    ['an absolute path out of the directory', join(outside, 'genspend.yml'), 'is outside the current directory'],
    ['a link to nothing', 'broken.yml', 'broken.yml: is a link to a file that does not exist'],
  ])('refuses %s with one line, exit 2', (_, file, message) => {
    expectOneLine(run(['estimate', file], dir), message);
  });

  it('reads a link to a regular file inside the directory', () => {
    const r = run(['estimate', 'inside.yml', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(total(r.stdout).total).toBe('80');
  });

  it('refuses a FIFO as the base of a diff too', () => {
    expectOneLine(run(['diff', '--base', 'fifo.yml', '--head', 'apps/x/genspend.yml'], dir), 'fifo.yml: is a FIFO');
  });

  it('refuses a device inside the directory', () => {
    // /dev/zero reports size 0 and never ends: it must be refused before it is read
    const r = run(['estimate', 'zero'], '/dev');
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('genspend: zero: is a device, not a manifest file (fix: point genspend at a YAML manifest)\n');
  });
});

describe('globs do not follow folder links, and each real file counts once', () => {
  const dir = repo('links');
  beforeAll(() => {
    write(dir, 'apps/x/genspend.yml', manifest(100));
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('..', join(dir, 'apps/up'));
    symlinkSync('/', join(dir, 'root'));
    symlinkSync('x/genspend.yml', join(dir, 'apps/genspend.yml'));
  });

  it('a `self -> .` link does not triple the spend', () => {
    const r = run(['estimate', '**/genspend.yml', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const j = total(r.stdout);
    expect(j.manifests.map((m) => m.file)).toEqual(['apps/x/genspend.yml']);
    expect(j.total).toBe('80');
  });

  it('explicit paths naming one real file twice count it once', () => {
    const r = run(
      ['estimate', 'apps/x/genspend.yml', './apps/x/genspend.yml', 'apps/genspend.yml', 'self/apps/x/genspend.yml', '--format', 'json'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ total: '80', manifests: [{ file: 'apps/x/genspend.yml' }] });
  });

  it('a link to a manifest counts once even when the glob matches only the link', () => {
    const r = run(['estimate', 'apps/*.yml', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(total(r.stdout)).toMatchObject({ total: '80', manifests: [{ file: 'apps/genspend.yml' }] });
  });

  it('a diff against itself through a link is no change', () => {
    const r = run(['diff', '--base', 'apps/x/genspend.yml', '--head', '**/genspend.yml', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ delta: '0' });
  });
});

/** Odd and hostile YAML: every problem is one `file:line: ...` line, never a class name or a crash. */
const CORPUS: string[] = [
  '42',
  'version: 1\nworkloads: 42',
  'version: 1\nworkloads:\n  - 42',
  '['.repeat(10_000) + ']'.repeat(10_000),
  `version: 1\nworkloads:\n  - ${'{ a: '.repeat(10_000)}1${'}'.repeat(10_000)}`,
  '- '.repeat(10_000) + 'x',
  'version: 1\nworkloads:\n  - *nope',
  '%YAML 1.1\n---\nversion: 1\nworkloads: [{ name: a, provider: fal, model: x, runs: 010 }]',
  'version: 1\n? [a]\n: 1\nworkloads: []',
  'version: 1\nworkloads: !!binary aGVsbG8=',
  'version: 1\nworkloads: !!set { a, b }',
  'version: 1\nworkloads: !!omap [ a: 1 ]',
  'version: 1\nperiod: !!timestamp 2026-01-01\nworkloads: []',
  'version: &v 1\nworkloads: &w [*w]',
  'version: 1\n1: a\nworkloads: [{ 2: 3 }]',
  'version: ~\nbudget: ~\nworkloads: [~, { name: ~ }]',
  'version: 1\nworkloads: [{ <<: 42, name: a }]',
  [
    'version: 1',
    'workloads:',
    '  - name: a',
    '    x0: &x0 [l, l, l, l, l, l, l, l, l, l]',
    ...Array.from({ length: 9 }, (_, i) => `    x${i + 1}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(', ')}]`),
  ].join('\n'),
];
const INTERNALS =
  /\b(?:Decimal\d*|Buffer|Uint8Array|Set|Map|Date|YAML(?:Map|Seq|Error|ParseError)|Scalar|Pair|Symbol|Object|Array|RangeError|TypeError|ReferenceError|internal error)\b/;

describe('hostile YAML through the binary', () => {
  it('gives one file:line line per problem for every document, no class names, no Node warnings', () => {
    const dir = repo('yaml');
    const files = CORPUS.map((text, i) => {
      write(dir, `corpus/${String(i).padStart(2, '0')}.yml`, text);
      return `corpus/${String(i).padStart(2, '0')}.yml`;
    });
    const r = run(['estimate', 'corpus/*.yml'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('(node:');
    const lines = r.stderr.trimEnd().split('\n');
    for (const line of lines) {
      expect(line).toMatch(/^genspend: corpus\/\d\d\.yml:\d+: /);
      expect(line).not.toMatch(INTERNALS);
    }
    // every document was judged, with a few lines at most: nothing was skipped or listed field by field
    for (const file of files) {
      const own = lines.filter((l) => l.startsWith(`genspend: ${file}:`));
      expect(own.length, file).toBeGreaterThanOrEqual(1);
      expect(own.length, file).toBeLessThanOrEqual(5);
    }
    expect(r.stderr).toContain('corpus/03.yml:1: nesting too deep');
    expect(r.stderr).toContain('corpus/00.yml:1: expected a mapping with `version`, `period`, `budget` and `workloads`, got 42');
    expect(r.stderr).toContain('corpus/02.yml:3: workloads[0]: expected a mapping, got 42');
    expect(r.stderr).toContain('corpus/06.yml:3: undefined alias `*nope`');
    expect(r.stderr).toContain('corpus/07.yml:1: `%YAML 1.1` directive');
    expect(r.stderr).toContain('remove the `%YAML` line');
  });

  it('200 workloads sharing one anchor pass', () => {
    const dir = repo('anchors');
    const text = [
      'version: 1',
      'workloads:',
      '  - &base { name: w0, provider: runway, model: veo3.1_fast, runs: 1, seconds: 8, audio: false }',
      '  - &w { <<: *base, name: w1 }',
      ...Array.from({ length: 200 }, (_, i) => `  - { <<: *w, name: w${i + 2} }`),
    ].join('\n');
    write(dir, 'genspend.yml', text);
    const r = run(['estimate', 'genspend.yml', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 202 runs of $0.80
    expect(total(r.stdout).total).toBe('161.6');
  });
});
