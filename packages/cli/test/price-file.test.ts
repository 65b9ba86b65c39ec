import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT, MANIFEST } from '../../../test/fixtures/price-file.js';

// The built binary, as a user runs it (`npm run build` first).
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-prices-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    total: string;
    workloads: { name: string; cost: string; basis: string; lines: { priceSource: string; discount?: string }[] }[];
  };
const workloads = (stdout: string) => json(stdout).workloads;

describe('genspend.prices.yml (binary)', () => {
  it('prices from the built-in catalog without a price file, and says so on every line', () => {
    const dir = repo({ 'genspend.yml': MANIFEST });
    const r = run(['estimate', 'genspend.yml', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const [thumbs, trailer] = workloads(r.stdout);
    expect(thumbs!.cost).toBe('25');
    expect(trailer!.cost).toBe('6');
    expect(workloads(r.stdout).flatMap((w) => w.lines.map((l) => l.priceSource))).toEqual(['catalog', 'catalog']);
  });

  it('finds genspend.prices.yml beside the manifest: contract rates and a discount, each line named', () => {
    const dir = repo({ 'media/genspend.yml': MANIFEST, 'media/genspend.prices.yml': CONTRACT });
    const r = run(['estimate', 'media/genspend.yml', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const [thumbs, trailer] = workloads(r.stdout);
    // 1000 images x $0.011 = $11; 10 x 5 s x 12 credits x 0.9 x $0.01 = $5.40
    expect(thumbs).toMatchObject({ cost: '11', basis: 'contract', lines: [{ priceSource: 'media/genspend.prices.yml' }] });
    expect(trailer).toMatchObject({ cost: '5.4', lines: [{ priceSource: 'media/genspend.prices.yml', discount: '10%' }] });
    expect(json(r.stdout).total).toBe('16.4');
    const table = run(['estimate', 'media/genspend.yml'], dir);
    expect(table.stdout).toContain('(media/genspend.prices.yml)');
    expect(table.stdout).toContain('(catalog less 10%, media/genspend.prices.yml)');
    const md = run(['estimate', 'media/genspend.yml', '--format', 'markdown'], dir);
    expect(md.stdout).toContain('catalog less 10%, media/genspend.prices.yml');
  });

  it('reads --prices FILE over the one at the root', () => {
    const dir = repo({
      'genspend.yml': MANIFEST,
      'genspend.prices.yml': 'version: 1\nproviders:\n  fal:\n    discount: 50%\n',
      'other.prices.yml': CONTRACT,
    });
    expect(workloads(run(['estimate', 'genspend.yml', '--format', 'json'], dir).stdout)[0]!.cost).toBe('12.5');
    expect(workloads(run(['estimate', 'genspend.yml', '--format', 'json', '--prices', 'other.prices.yml'], dir).stdout)[0]!.cost).toBe(
      '11',
    );
  });

  it('refuses a bad price file with file:line, the field and the fix, exit 2', () => {
    const dir = repo({
      'genspend.yml': MANIFEST,
      'genspend.prices.yml': CONTRACT.replace("amount: '0.011'", 'amount: 0.011\n            colour: red'),
    });
    const r = run(['estimate', 'genspend.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/genspend\.prices\.yml:11: providers\.fal\.models\[0\]\.rates\[0\]/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses a price file that links outside the repository', () => {
    const outside = repo({ 'secret.yml': CONTRACT });
    const dir = repo({ 'genspend.yml': MANIFEST });
    spawnSync('ln', ['-s', join(outside, 'secret.yml'), join(dir, 'genspend.prices.yml')]);
    const r = run(['estimate', 'genspend.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/genspend\.prices\.yml/);
  });

  it('catalog check warns on an old locked rate in the price file, and --max-age moves the limit', () => {
    const dir = repo({ 'genspend.prices.yml': CONTRACT.replace('basis: contract', 'basis: account').replace(/2026-10-01/g, '2020-01-01') });
    const r = run(['catalog', 'check'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning: genspend\.prices\.yml: providers\.fal\.models\[0\]\.rates\[0\] \(fal-ai\/flux\/dev\): price last checked 2020-01-01, \d+ days ago: run `genspend prices lock`/,
    );
    expect(run(['catalog', 'check', '--max-age', '99999d'], dir).stderr).toBe('');
    const bad = run(['catalog', 'check', '--max-age', 'soon'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-age: expected a number of days');
  });
});

describe('genspend diff against a git revision: the base price file governs', () => {
  const git = (dir: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  const committed = (files: Record<string, string>) => {
    const dir = repo(files);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    return dir;
  };
  const diffJson = (dir: string) => {
    const r = run(['diff', '--base', 'main', '--head', 'genspend.yml', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as {
      head: { total: string };
      base: { total: string };
      verdict: string;
      reasons: { level: string; message: string }[];
    };
  };
  // the contract prices fal-ai/flux/dev at $0.011 (1,000 images: $11) and Runway 10% off ($5.40): $16.40
  const cheaper = CONTRACT.replace("amount: '0.011'", "amount: '0.001'");

  it('a change that lowers its own prices is judged at the base prices, with a warning', () => {
    const dir = committed({ 'genspend.yml': MANIFEST, 'genspend.prices.yml': CONTRACT });
    writeFileSync(join(dir, 'genspend.prices.yml'), cheaper);
    const out = diffJson(dir);
    expect(out.head.total).toBe('16.4');
    expect(out.verdict).toBe('warn');
    expect(out.reasons.map((r) => r.message)).toContain(
      "the head changes the price file `genspend.prices.yml` (applies after merge; until then the base's price file prices both sides)",
    );
  });

  it('a price file the change adds prices nothing until merged: the built-in catalog judges', () => {
    const dir = committed({ 'genspend.yml': MANIFEST });
    git(dir, 'checkout', '-q', '-b', 'cheaper');
    writeFileSync(join(dir, 'genspend.prices.yml'), cheaper);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'cheaper prices');
    const out = diffJson(dir);
    expect(out.head.total).toBe('31');
    expect(out.reasons.map((r) => r.message)).toContain(
      'the head adds the price file `genspend.prices.yml` (applies after merge; until then the built-in catalog prices both sides)',
    );
  });

  it('a price file git tracks at neither side (written by a CI step) prices both sides as it is', () => {
    const dir = committed({ 'genspend.yml': MANIFEST });
    writeFileSync(join(dir, 'genspend.prices.yml'), CONTRACT);
    const out = diffJson(dir);
    expect(out.head.total).toBe('16.4');
    expect(out.base.total).toBe('16.4');
    expect(out.verdict).toBe('pass');
  });
});
