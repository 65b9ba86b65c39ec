import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaErrors, schemaLine, schemaOf } from './schema.js';

// The built binary, as a user runs it (`npm test` builds first).
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let dirs = 0;
function emptyDir(): string {
  const dir = join(scratch, String(dirs++));
  spawnSync('mkdir', ['-p', dir]);
  return dir;
}

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function estimate(cwd: string) {
  const r = run(['estimate', 'genspend.yml', '--format', 'json'], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    total: string;
    workloads: { provider: string; cost: string | null; lines: { priceSource: string }[] }[];
  };
}

describe('genspend init (binary)', () => {
  it('writes a manifest with the schema line and one example per provider that estimates as written and validates', () => {
    const dir = emptyDir();
    const r = run(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote genspend.yml');
    const text = readFileSync(join(dir, 'genspend.yml'), 'utf8');
    expect(schemaLine(text)).toBe(schemaOf('manifest.schema.json').$id);
    expect(schemaErrors('manifest.schema.json', text)).toEqual([]);
    // the schema check can fail: a misspelt key is an error to it
    expect(schemaErrors('manifest.schema.json', text.replace('runs: 3000', 'runz: 3000'))).not.toEqual([]);
    const e = estimate(dir);
    expect(e.workloads.map((w) => w.provider)).toEqual(['runware', 'fal', 'runpod', 'runway']);
    for (const w of e.workloads) expect(w.cost, w.provider).toMatch(/^\d+(\.\d+)?$/);
    expect(Number(e.total)).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'genspend.prices.yml'))).toBe(false);
  });

  it('writes only the providers named, in the order named, with commas or repeated flags', () => {
    for (const args of [
      ['--provider', 'fal,runway'],
      ['--provider', 'fal', '--provider', 'Runway,fal'],
    ]) {
      const dir = emptyDir();
      expect(run(['init', ...args], dir).code).toBe(0);
      expect(estimate(dir).workloads.map((w) => w.provider)).toEqual(['fal', 'runway']);
    }
    for (const provider of ['runware', 'fal', 'runpod', 'runway']) {
      const dir = emptyDir();
      expect(run(['init', '--provider', provider], dir).code).toBe(0);
      const text = readFileSync(join(dir, 'genspend.yml'), 'utf8');
      expect(schemaErrors('manifest.schema.json', text)).toEqual([]);
      expect(estimate(dir).workloads.map((w) => w.provider)).toEqual([provider]);
    }
  });

  it('--prices also writes a price file that validates and that estimate reads', () => {
    const dir = emptyDir();
    const r = run(['init', '--provider', 'fal,runpod', '--prices'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote genspend.prices.yml');
    const text = readFileSync(join(dir, 'genspend.prices.yml'), 'utf8');
    expect(schemaLine(text)).toBe(schemaOf('prices.schema.json').$id);
    expect(schemaErrors('prices.schema.json', text)).toEqual([]);
    expect(text).toMatch(/^ {2}fal:\n/m);
    expect(text).toMatch(/^ {2}runpod:\n/m);
    expect(text).not.toMatch(/^ {2}runway:/m);
    // the starter changes no price until the user writes one
    expect(new Set(estimate(dir).workloads.flatMap((w) => w.lines.map((l) => l.priceSource)))).toEqual(new Set(['catalog']));
    expect(schemaErrors('prices.schema.json', text.replace('models: []', 'modelz: []'))).not.toEqual([]);
  });

  it('refuses to overwrite an existing file, writing nothing, unless --force', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'genspend.prices.yml'), 'mine\n');
    const r = run(['init', '--prices'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'genspend: genspend.prices.yml already exists: edit it, or pass --force to replace it with the starter (see `genspend init --help`)\n',
    );
    expect(existsSync(join(dir, 'genspend.yml'))).toBe(false);
    expect(readFileSync(join(dir, 'genspend.prices.yml'), 'utf8')).toBe('mine\n');

    writeFileSync(join(dir, 'genspend.yml'), 'mine\n');
    expect(run(['init'], dir).code).toBe(2);
    expect(readFileSync(join(dir, 'genspend.yml'), 'utf8')).toBe('mine\n');
    expect(run(['init', '--prices', '--force'], dir).code).toBe(0);
    expect(schemaErrors('prices.schema.json', readFileSync(join(dir, 'genspend.prices.yml'), 'utf8'))).toEqual([]);
    expect(estimate(dir).workloads).toHaveLength(4);
  });

  it('never writes through a link, even with --force', () => {
    const dir = emptyDir();
    symlinkSync(join(dir, 'elsewhere.yml'), join(dir, 'genspend.yml'));
    const r = run(['init', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('genspend.yml exists and is not a regular file');
    expect(existsSync(join(dir, 'elsewhere.yml'))).toBe(false);
  });

  it('names the bad provider and the fix, with no stack trace', () => {
    const dir = emptyDir();
    const typo = run(['init', '--provider', 'fal,runwya'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('genspend: --provider: unknown provider `runwya` (did you mean `runway`?) (see `genspend init --help`)\n');
    const unknown = run(['init', '--provider', 'openai'], dir);
    expect(unknown.stderr).toContain('use one of runware, fal, runpod, runway');
    expect(run(['init', '--provider', 'fal,'], dir).stderr).toContain('--provider has an empty name');
    expect(run(['init', 'apps/genspend.yml'], dir).stderr).toContain('unexpected argument `apps/genspend.yml`');
    expect(run(['init', '--format', 'json'], dir).stderr).toMatch(/^genspend: .*--format.*\(see `genspend init --help`\)\n$/);
    expect(existsSync(join(dir, 'genspend.yml'))).toBe(false);
  });

  it('--help says what it writes and lists the providers', () => {
    const r = run(['init', '--help'], emptyDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: genspend init [--provider <ids>] [--starter] [--prices] [--force]');
    expect(r.stdout).toContain('a draft of them');
    expect(r.stdout).toContain('runware, fal, runpod, runway');
    expect(run(['--help'], emptyDir()).stdout).toContain('genspend init');
  });
});
