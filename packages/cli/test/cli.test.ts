import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Money, money, sum } from '@genspend/core';

// These run the built binary exactly as a user does (`npm test` builds first).
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const ROOT = new URL('../../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(dir: string, file: string, text: string) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const manifest = (workloads: string, budget = '') => `version: 1\n${budget}workloads:\n${workloads}`;
const veo = (name: string, runs: number) =>
  `  - { name: ${name}, provider: runway, model: veo3.1_fast, runs: ${runs}, seconds: 8, audio: false }\n`;

describe('genspend estimate (binary)', () => {
  it('stops quietly when the reader closes the pipe early (`| head`), with its own exit code', () => {
    const dir = join(scratch, 'pipe');
    // well over a pipe's 64 KiB, so writes go on after the reader has gone
    const many = Array.from({ length: 400 }, (_, i) => veo(`clip${i}`, 10)).join('');
    write(dir, 'genspend.yml', manifest(many));
    write(dir, 'over.yml', manifest(many, 'budget:\n  limit: 1\n'));
    for (const [file, code] of [
      ['genspend.yml', '0'],
      ['over.yml', '1'],
    ] as const) {
      const out = execFileSync(
        'bash',
        [
          '-c',
          `"$0" "$1" estimate "$2" --format json 2>err.txt | head -c 200 >/dev/null; echo "\${PIPESTATUS[0]}"`,
          process.execPath,
          BIN,
          file,
        ],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(out.trim()).toBe(code);
      expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
    }
  });

  it('prices the README example in one command', () => {
    const r = run(['estimate', 'examples/genspend.yml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TOTAL');
    expect(r.stdout).toContain('$1,538.74');
    expect(r.stderr).toBe('');
  });

  it('writes the JSON contract: decimal strings, totals that add up', () => {
    const r = run(['estimate', 'examples/genspend.yml', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // the example's Runware FLUX.1 [dev] price is uncertain, so the total carries a range
    expect(Object.keys(j)).toEqual([
      'version',
      'currency',
      'period',
      'total',
      'range',
      'manifests',
      'workloads',
      'unpriced',
      'verdict',
      'reasons',
    ]);
    expect(j.range.expected).toBe(j.total);
    expect(money(j.range.low).lessThan(j.total) && money(j.range.high).equals(j.total)).toBe(true);
    expect(j).toMatchObject({ version: 1, currency: 'USD', period: 'month', verdict: 'pass', unpriced: [] });
    for (const w of j.workloads) {
      expect(typeof w.cost).toBe('string');
      expect(w.cost).toMatch(/^\d+(\.\d+)?$/);
    }
    expect(sum(j.workloads.map((w: { cost: string }) => money(w.cost))).toFixed()).toBe(j.total);
    expect(j.workloads.find((w: { name: string }) => w.name === 'launch trailer')).toMatchObject({ cost: '32', credits: '3200', line: 27 });
  });

  it('exits 1 when a budget rule fails, naming the rule and the amount', () => {
    write(scratch, 'over/genspend.yml', manifest(veo('trailer', 100), 'budget: { limit: 50 }\n'));
    const r = run(['estimate', 'over/genspend.yml'], scratch);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  limit (over/genspend.yml): total $80.00 is over the $50.00 limit by $30.00');
  });

  it('lists unpriced workloads, keeps them out of the total, and fails on them when told to', () => {
    write(
      scratch,
      'unpriced/genspend.yml',
      manifest(
        veo('ok', 1) + '  - { name: mystery, provider: runway, model: gen9, runs: 1, seconds: 1 }\n',
        'budget: { unpriced: fail }\n',
      ),
    );
    const r = run(['estimate', 'unpriced/genspend.yml', '--format', 'json'], scratch);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.total).toBe('0.8');
    expect(j.unpriced).toEqual([
      {
        name: 'mystery',
        file: 'unpriced/genspend.yml',
        line: 5,
        provider: 'runway',
        model: 'gen9',
        reason: 'unknown Runway API model `gen9`',
      },
    ]);
    expect(j.workloads[1].cost).toBeNull();
  });

  it('expands globs and prices several manifests together', () => {
    write(scratch, 'mono/a/genspend.yml', manifest(veo('a', 1)));
    write(scratch, 'mono/b/genspend.yml', manifest(veo('b', 2)));
    write(scratch, 'mono/node_modules/x/genspend.yml', manifest(veo('ignored', 1000)));
    const j = JSON.parse(run(['estimate', 'mono/**/genspend.yml', '--format', 'json'], scratch).stdout);
    expect(j.manifests.map((m: { file: string }) => m.file)).toEqual(['mono/a/genspend.yml', 'mono/b/genspend.yml']);
    expect(j.total).toBe('2.4');
  });

  it.each([
    ['a missing file', ['estimate', 'nope.yml'], 'genspend: nope.yml: no such file'],
    ['a directory', ['estimate', 'mono'], 'genspend: mono: is a directory, not a manifest'],
    ['a glob that matches nothing', ['estimate', 'zzz/*.yml'], 'genspend: no file matches `zzz/*.yml`'],
    ['an unknown option', ['estimate', '--budget', 'x.yml'], "genspend: Unknown option '--budget'"],
    ['a bad format', ['estimate', '-f', 'xml', 'x.yml'], 'genspend: --format must be one of table, markdown, json, got "xml"'],
    ['an unknown command', ['estimat'], 'genspend: unknown command `estimat`'],
  ])('exits 2 on %s, with one line and no stack trace', (_, args, message) => {
    const r = run(args, scratch);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on bad manifests with file:line for each problem', () => {
    write(
      scratch,
      'bad/genspend.yml',
      'version: 1\nworkloads:\n  - { name: a, provider: runway, model: gen4.5, runz: 3, seconds: 5 }\n  - { name: b, provider: runway, model: gen4_image, runs: 2 }\n',
    );
    const r = run(['estimate', 'bad/genspend.yml'], scratch);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('genspend: bad/genspend.yml:3: workloads[0].runz: unknown key `runz` (fix: did you mean `runs`?)\n');
    write(scratch, 'bad2/genspend.yml', 'version: 1\nworkloads:\n  - { name: b, provider: runway, model: gen4_image, runs: 2 }\n');
    expect(run(['estimate', 'bad2/genspend.yml'], scratch).stderr).toBe(
      'genspend: bad2/genspend.yml:3: workload "b": Runway API gen4_image needs `resolution` (one of: 720p, 1080p) (fix: add `resolution:` to the workload)\n',
    );
  });

  it('refuses binary and oversized files before parsing them', () => {
    writeFileSync(join(scratch, 'junk.yml'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x90]));
    expect(run(['estimate', 'junk.yml'], scratch)).toMatchObject({
      code: 2,
      stderr: 'genspend: junk.yml: file is binary, not UTF-8 YAML text (fix: point genspend at a YAML manifest)\n',
    });
    writeFileSync(join(scratch, 'huge.yml'), Buffer.alloc(8 * 1024 * 1024 + 1, 0x23));
    expect(run(['estimate', 'huge.yml'], scratch).stderr).toContain('over the 8388608-byte limit');
  });
});

describe('genspend diff (binary)', () => {
  const repo = join(scratch, 'repo');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  mkdirSync(repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  write(repo, 'app/genspend.yml', manifest(veo('trailer', 10), 'budget: { maxIncreasePercent: 50 }\n'));
  write(repo, 'old/genspend.yml', manifest(veo('legacy', 5)));
  git('add', '.');
  git('commit', '-qm', 'base');
  write(repo, 'app/genspend.yml', manifest(veo('trailer', 10) + veo('teaser', 10), 'budget: { maxIncreasePercent: 50 }\n'));
  write(repo, 'new/genspend.yml', manifest(veo('fresh', 1)));
  rmSync(join(repo, 'old'), { recursive: true });

  it('compares the working tree with a git revision: changed, new and deleted manifests', () => {
    const r = run(['diff', '--base', 'main', '--head', '*/genspend.yml', '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.manifests.map((m: { file: string; status: string; delta: string }) => [m.file, m.status, m.delta])).toEqual([
      ['app/genspend.yml', 'changed', '8'],
      ['new/genspend.yml', 'added', '0.8'],
      ['old/genspend.yml', 'removed', '-4'],
    ]);
    expect(j.delta).toBe('4.8');
    expect(j.deltaPercent).toBe('40.00');
    expect(j.reasons).toEqual([
      expect.objectContaining({
        rule: 'maxIncreasePercent',
        level: 'fail',
        file: 'app/genspend.yml',
        workloads: [{ name: 'teaser', line: 5 }],
      }),
    ]);
  });

  it('renders the change as a table by default', () => {
    const r = run(['diff', '--base', 'HEAD', '--head', 'app/genspend.yml'], repo);
    expect(r.stdout).toContain('genspend diff: +$8.00 per month (+100.0%)');
    expect(r.stdout).toContain('teaser (new)');
  });

  it('compares two files', () => {
    write(scratch, 'two/base.yml', manifest(veo('trailer', 10)));
    write(scratch, 'two/head.yml', manifest(veo('trailer', 15)));
    const j = JSON.parse(run(['diff', '--base', 'two/base.yml', '--head', 'two/head.yml', '--format', 'json'], scratch).stdout);
    expect(j).toMatchObject({ delta: '4', deltaPercent: '50.00', verdict: 'pass' });
  });

  it('PR-level flags judge every manifest together, decided as the Action decides', () => {
    // app grows $8 and the new manifest adds $0.80: each under $8, $8.80 together
    const args = ['diff', '--base', 'main', '--head', 'app/genspend.yml', '--head', 'new/genspend.yml', '--format', 'json'];
    const r = run([...args, '--max-increase', '8', '--max-increase-percent', '1000'], repo);
    const j = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(j.reasons.filter((x: { scope: string }) => x.scope === 'pr')).toEqual([
      expect.objectContaining({ rule: 'maxIncrease', level: 'fail', file: '', threshold: '8', actual: '8.8' }),
    ]);
    expect(j.rules.pr).toEqual({ maxIncrease: '8', maxIncreasePercent: '1000' });
    expect(run([...args, '--max-increase', '9', '--max-increase-percent', '1000'], repo).stdout).not.toContain('"scope": "pr"');
    const table = run(['diff', '--base', 'main', '--head', 'new/genspend.yml', '--max-increase-percent', '20'], repo);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('FAIL  maxIncreasePercent (PR-level): the increase over every manifest, $0.80, is from a $0 base');
    expect(table.stdout).toContain('PR-level rules (every manifest together): maxIncreasePercent 20.0%');
  });

  it('refuses a bad PR-level flag, naming it', () => {
    const r = run(['diff', '--base', 'main', '--head', 'app/genspend.yml', '--max-increase=-5'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'genspend: --max-increase must be a non-negative number such as 50 or 12.5 (USD per period), got "-5" (see `genspend diff --help`)\n',
    );
    expect(run(['estimate', 'app/genspend.yml', '--limit', '5'], repo).stderr).toContain('`--limit` does not apply to `genspend estimate`');
  });

  it('a path the head deleted, named with --head, is priced as a removal', () => {
    const r = run(['diff', '--base', 'main', '--head', 'old/genspend.yml', '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(j.manifests).toEqual([expect.objectContaining({ file: 'old/genspend.yml', status: 'removed', delta: '-4' })]);
    const missing = run(['diff', '--base', 'main', '--head', 'never/genspend.yml'], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('genspend: never/genspend.yml: no such file here or at main');
  });

  it('the merged budget governs; an invalid base is a warning, not an error', () => {
    const dir = join(scratch, 'governs');
    mkdirSync(dir, { recursive: true });
    const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    g('init', '-q', '-b', 'main');
    g('config', 'user.email', 't@example.com');
    g('config', 'user.name', 't');
    write(dir, 'a/genspend.yml', manifest(veo('trailer', 10), 'budget: { maxIncrease: 1 }\n'));
    write(dir, 'b/genspend.yml', manifest('  - { name: x, provider: runway, model: veo3.1_fast, runz: 1 }\n'));
    g('add', '.');
    g('commit', '-qm', 'base');
    write(dir, 'a/genspend.yml', manifest(veo('trailer', 20), 'budget: { maxIncrease: 100000 }\n'));
    write(dir, 'b/genspend.yml', manifest(veo('x', 10), 'budget: { maxIncrease: 1 }\n'));
    const r = run(['diff', '--base', 'main', '--head', '*/genspend.yml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  maxIncrease (a/genspend.yml): increase of $8.00 is over the $1.00 maximum by $7.00');
    expect(r.stdout).toContain(
      "warn  budget (a/genspend.yml): the budget of `a/genspend.yml` changes: maxIncrease $1.00 → $100,000.00 (applies after merge; until then the base's budget judges it)",
    );
    expect(r.stdout).toMatch(
      /warn {2}baseline \(b\/genspend\.yml\): the base of this manifest could not be read \(b\/genspend\.yml@main:3: workloads\[0\]\.runz: unknown key/,
    );
    expect(r.stdout).toContain('b/genspend.yml (base unreadable)');
    expect(r.stderr).toBe('');
  });

  it('shows control characters from a manifest as escapes, in tables and errors', () => {
    write(scratch, 'ctl/genspend.yml', manifest(`  - { name: ok, provider: fal, model: "x\\u001b[2J\\rgone\\u202e", runs: 1 }\n`));
    const r = run(['estimate', 'ctl/genspend.yml'], scratch);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(r.stdout).toContain('x\\x1b[2J\\rgone\\u202e');
    write(scratch, 'ctl/bad.yml', manifest('  - { name: "a\\u001b[31mred", provider: fal, model: m, runs: 1 }\n'));
    const bad = run(['estimate', 'ctl/bad.yml'], scratch);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(bad.stderr).toContain(
      'ctl/bad.yml:3: workloads[0].name: workload name "a\\u001b[31mred" holds an invisible or control character (U+001B at position 2)',
    );
  });

  it('says when --base is neither a file nor a revision', () => {
    const r = run(['diff', '--base', 'no-such-branch', '--head', 'app/genspend.yml'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'genspend: --base `no-such-branch` is neither a file nor a git revision here (fix: pass a manifest path or a commit, branch or tag)\n',
    );
  });
});

describe('genspend prices and catalog check (binary)', () => {
  it('browses one model with its source and date', () => {
    const r = run(['prices', 'runpod', 'H100 PRO']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /runpod\s+H100 PRO\s+base\s+worker=flex\s+\$0\.00116\/gpu_second\s+published\s+\d{4}-\d{2}-\d{2}\s+https:\/\//,
    );
  });

  it('lists every provider as JSON', () => {
    const j = JSON.parse(run(['prices', '--format', 'json']).stdout);
    expect(new Set(j.prices.map((p: { provider: string }) => p.provider))).toEqual(new Set(['fal', 'runpod', 'runware', 'runway']));
  });

  it('suggests a provider for a typo', () => {
    expect(run(['prices', 'runwya'])).toMatchObject({
      code: 2,
      stderr: 'genspend: unknown provider `runwya` (fix: did you mean `runway`?)\n',
    });
  });

  it('validates the shipped catalog', () => {
    const r = run(['catalog', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: 4 providers, \d+ models, \d+ rates/);
  });

  it('reports a broken catalog file with its line', () => {
    write(
      scratch,
      'cat/acme.yml',
      readFileSync(join(ROOT, 'packages/core/catalog/runpod.yml'), 'utf8').replace(/amount: ['"]0\.00116['"]/, 'amount: 0.00116'),
    );
    const r = run(['catalog', 'check', '--dir', 'cat'], scratch);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^genspend: cat\/acme\.yml:\d+: models\[\d+\]\.rates\[0\]\.amount: .*expected a string/);
  });

  it('prints help', () => {
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run(['diff', '--help']).stdout).toContain('--base   a manifest file, or a git revision');
    expect(run([]).code).toBe(2);
  });
});

describe('no silently wrong prices (binary)', () => {
  it('exits 2 on a value the model does not know, with the allowed ones and the closest', () => {
    write(
      scratch,
      'words/genspend.yml',
      manifest(
        veo('ok', 1) +
          '  - { name: master, provider: runway, model: gen4.5, runs: 2, seconds: 10, format: png-sequence }\n' +
          '  - { name: stills, provider: runway, model: gen4_image, runs: 2, resolution: 8K }\n',
      ),
    );
    const r = run(['estimate', 'words/genspend.yml'], scratch);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'genspend: words/genspend.yml:4: workload "master": Runway API gen4.5 does not know `format` "png-sequence" (allowed: prores, png_sequence, mp4) (fix: did you mean `format: png_sequence`?)\n' +
        'genspend: words/genspend.yml:5: workload "stills": Runway API gen4_image does not know `resolution` "8K" (allowed: 720p, 1080p) (fix: write `resolution:` as one of 720p, 1080p)\n',
    );
  });

  it('exits 2 on a duration the model does not accept, naming the allowed ones', () => {
    write(
      scratch,
      'durations/genspend.yml',
      manifest(
        veo('ok', 1) +
          '  - { name: long, provider: runway, model: veo3.1, runs: 2, seconds: 10, audio: true }\n' +
          '  - { name: half, provider: runway, model: gen4.5, runs: 2, seconds: 2.5 }\n',
      ),
    );
    const r = run(['estimate', 'durations/genspend.yml'], scratch);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'genspend: durations/genspend.yml:4: workload "long": Runway API veo3.1 does not accept `seconds` 10 (allowed: 4, 6, 8) (fix: write `seconds:` as one of 4, 6, 8)\n' +
        'genspend: durations/genspend.yml:5: workload "half": Runway API gen4.5 does not accept `seconds` 2.5 (allowed: a whole number from 2 to 10) (fix: write `seconds:` as a whole number from 2 to 10)\n',
    );
  });

  it('prices a retired model at its last rate with a warning naming the date and the replacement, and shows a minimum', () => {
    write(
      scratch,
      'retired/genspend.yml',
      manifest(
        '  - { name: old, provider: runway, model: gen4_aleph, runs: 2, seconds: 5 }\n' +
          '  - { name: floor, provider: runway, model: seedance2_5, runs: 10, seconds: 3, resolution: 480p }\n',
      ),
    );
    const r = run(['estimate', 'retired/genspend.yml'], scratch);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('old: gen4_aleph was retired by Runway API on 2026-06-10; use aleph2');
    expect(r.stdout).toMatch(/minimum 80 credits per request applied \(metered 60\) +10 requests +80 credits per request +\$2\.00/);
    expect(r.stdout).toContain('$9.50');
  });

  it('prices the surcharge of the value it suggests', () => {
    write(
      scratch,
      'words2/genspend.yml',
      manifest('  - { name: master, provider: runway, model: gen4.5, runs: 2, seconds: 10, format: png_sequence }\n'),
    );
    const j = JSON.parse(run(['estimate', 'words2/genspend.yml', '--format', 'json'], scratch).stdout);
    // 2 x 10 s x (12 + 5 credits) = 340 credits = $3.40
    expect(j.workloads[0]).toMatchObject({ cost: '3.4', credits: '340' });
  });

  it('warns in the table, the markdown and the JSON about an attribute the model does not price on', () => {
    write(
      scratch,
      'ignored/genspend.yml',
      manifest(
        '  - { name: thumbs, provider: runware, model: "bytedance:5@0", runs: 100, steps: 30 }\n' +
          '  - { name: flux, provider: runware, model: "runware:101@1", runs: 100, width: 1024, height: 1024, steps: 28 }\n',
      ),
    );
    const warning = 'thumbs: `steps` does not change the price of bytedance:5@0; ignored';
    const table = run(['estimate', 'ignored/genspend.yml'], scratch);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`Warnings:\n  - ${warning}\n`);
    expect(run(['estimate', 'ignored/genspend.yml', '--format', 'markdown'], scratch).stdout).toContain(
      // escaped for GitHub: code ticks, and no @-mention
      '- thumbs: \\`steps\\` does not change the price of bytedance:5@0; ignored',
    );
    const j = JSON.parse(run(['estimate', 'ignored/genspend.yml', '--format', 'json'], scratch).stdout);
    expect(j.workloads.map((w: { warnings: string[] }) => w.warnings)).toEqual([
      ['`steps` does not change the price of bytedance:5@0; ignored'],
      [],
    ]);
    expect(j.total).toBe('3.38'); // 100 x $0.03 + 100 x $0.0038: the warning changes no figure
  });

  it('writes a total that is exactly the sum of its workloads, at 1e12 runs beside a sub-cent one', () => {
    write(
      scratch,
      'huge/genspend.yml',
      manifest(
        '  - { name: flood, provider: runway, model: veo3, runs: 1000000000000, seconds: 8 }\n' +
          '  - { name: flux, provider: runware, model: "runware:101@1", runs: 999999999999.5, width: 1000, height: 1000, steps: 30 }\n' +
          '  - { name: blip, provider: runpod, gpu: H100 PRO, runs: 0.000001, seconds: 1 }\n',
      ),
    );
    const j = JSON.parse(run(['estimate', 'huge/genspend.yml', '--format', 'json'], scratch).stdout);
    expect(j.workloads.map((w: { cost: string }) => w.cost)).toEqual([
      '3200000000000',
      // a 40-digit modeled price per image x 999,999,999,999.5 images, every digit kept
      '3882816859.6520764487130301339285714285715714285714285',
      '0.00000000116',
    ]);
    const Wide = Money.clone({ precision: 1000 });
    const exactTotal = j.workloads.reduce((t: Money, w: { cost: string }) => t.plus(w.cost), new Wide(0)).toFixed();
    expect(j.total).toBe(exactTotal);
    expect(j.total).toBe('3203882816859.6520764498730301339285714285715714285714285');
  });
});
