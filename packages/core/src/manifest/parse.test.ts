import { describe, expect, it } from 'vitest';
import { GenspendErrors, GenspendError, isGenspendError } from '../errors.js';
import { parseManifest } from './parse.js';

/** The formatted problem lines of parsing `text`, or [] when it parses. */
function problems(text: string, file = 'genspend.yml'): string[] {
  try {
    parseManifest(text, file);
    return [];
  } catch (e) {
    if (!isGenspendError(e)) throw e;
    return e.format().split('\n');
  }
}

const wl = (body: string) => `version: 1\nworkloads:\n  - name: a\n    provider: runway\n    model: gen4.5\n${body}`;

describe('parseManifest', () => {
  it('parses a valid manifest with exact numbers and positions', () => {
    const m = parseManifest(wl('    runs: 30000\n    seconds: 0.1\n'), 'genspend.yml');
    expect(m.period).toBe('month');
    expect(m.budget.unpriced).toBe('warn');
    expect(m.workloads[0]!.attributes.seconds!.toString()).toBe('0.1');
    expect(m.workloads[0]!.location).toEqual({ file: 'genspend.yml', line: 3 });
  });

  it('keeps digits a float would lose', () => {
    const m = parseManifest(wl('    runs: 1\n    seconds: 0.12345678901234567890123\n'), 'f.yml');
    expect(m.workloads[0]!.attributes.seconds!.toString()).toBe('0.12345678901234567890123');
  });

  it('suggests the closest key for a typo, with file:line', () => {
    expect(problems(wl('    runz: 3\n    seconds: 5\n'))).toEqual([
      'genspend.yml:6: workloads[0].runz: unknown key `runz` (fix: did you mean `runs`?)',
    ]);
  });

  it('names unknown top-level keys', () => {
    expect(problems('version: 1\nperiode: month\nworkloads: []\n')[0]).toBe(
      'genspend.yml:2: periode: unknown key `periode` (fix: did you mean `period`?)',
    );
  });

  it.each([
    ['-5', 'expected a number from 0 to 1e12, got -5'],
    ['abc', 'expected a number from 0 to 1e12, got "abc"'],
    ['.nan', 'expected a number from 0 to 1e12, got .nan'],
    ['.inf', 'expected a number from 0 to 1e12, got .inf'],
    ['-.inf', 'expected a number from 0 to 1e12, got .inf'],
    ['1e400', 'expected a number from 0 to 1e12, got 1e+400'],
    ['1e13', 'expected a number from 0 to 1e12, got 10000000000000'],
  ])('rejects runs: %s', (value, message) => {
    expect(problems(wl(`    runs: ${value}\n    seconds: 1\n`))).toEqual([`genspend.yml:6: workloads[0].runs: ${message}`]);
  });

  it('rejects a fractional whole-number attribute', () => {
    expect(problems(wl('    runs: 1\n    seconds: 1\n    width: 10.5\n'))[0]).toContain(
      'workloads[0].width: expected a whole number from 1 to 100000',
    );
  });

  it('reports every problem at once', () => {
    const lines = problems(
      'version: 1\nworkloads:\n  - name: a\n    provider: fal\n    model: x\n    runs: -1\n  - name: b\n    provider: fal\n    model: y\n    stepz: 3\n',
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^genspend.yml:6: workloads\[0\].runs/);
    expect(lines[1]).toMatch(/^genspend.yml:10: workloads\[1\].stepz: unknown key `stepz` \(fix: did you mean `steps`\?\)/);
  });

  it('requires version 1', () => {
    expect(problems('version: 2\nworkloads: []\n')[0]).toBe(
      'genspend.yml:1: version: expected `version: 1` (the only manifest version so far), got 2',
    );
    expect(problems('workloads: []\n')[0]).toBe(
      'genspend.yml:1: version: missing required `version` (fix: add `version: 1` (the only manifest version so far))',
    );
  });

  it('names malformed YAML with its line', () => {
    expect(problems('version: 1\nworkloads: [\n')[0]).toMatch(/^genspend.yml:3: invalid YAML: /);
    expect(problems('version: 1\nversion: 1\nworkloads: []\n')[0]).toMatch(/^genspend.yml:2: invalid YAML: duplicated mapping key/);
  });

  it('refuses empty, comment-only and non-mapping files', () => {
    expect(problems('')[0]).toContain('file is empty');
    expect(problems('# nothing\n  \n')[0]).toContain('file is empty');
    expect(problems('- a\n- b\n')[0]).toBe(
      'genspend.yml:1: expected a mapping with `version`, `period`, `budget` and `workloads`, got a list (fix: see examples/genspend.yml for the shape)',
    );
  });

  it('refuses binary text', () => {
    expect(problems('version: 1\u0000\u0001')[0]).toContain('file is binary');
  });

  it('stops alias bombs', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(problems(bomb)[0]).toContain('aliases expand to more than 100,000 values');
  });

  it('allows a few aliases and merge keys', () => {
    const text = 'version: 1\nx: &base { provider: runway, model: gen4.5, seconds: 5 }\nworkloads:\n  - { <<: *base, name: a, runs: 1 }\n';
    // `x` is not a manifest key: the alias works, the stray key is named
    expect(problems(text)).toEqual([
      'genspend.yml:2: x: unknown key `x` (fix: allowed keys: $schema, version, period, budget, reconcile, scan, workloads)',
    ]);
  });

  it('refuses a file over the size cap', () => {
    const big = 'version: 1\nworkloads: []\n' + '#'.repeat(8 * 1024 * 1024 + 1);
    expect(problems(big)[0]).toMatch(/over the 8388608-byte limit/);
  });

  it('requires gpu for runpod and model for others, and unique names', () => {
    const text = [
      'version: 1',
      'workloads:',
      '  - { name: a, provider: runpod, runs: 1, seconds: 1 }',
      '  - { name: b, provider: fal, runs: 1 }',
      '  - { name: b, provider: fal, model: fal-ai/ovi, runs: 1 }',
    ].join('\n');
    expect(problems(text)).toEqual([
      'genspend.yml:3: workloads[0]: a runpod workload names its GPU with `gpu` (fix: add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage)',
      'genspend.yml:4: workloads[1]: missing required `model` (fix: add `model:` with a model id (see `genspend prices fal`))',
      'genspend.yml:5: workloads[2].name: workload name "b" is also used by workloads[1] (fix: give every workload a unique name: the diff matches base and head by name)',
    ]);
  });

  it('throws GenspendError types, never plain errors', () => {
    try {
      parseManifest('version: 1\nworkloads: 3\n', 'x.yml');
      expect.unreachable();
    } catch (e) {
      expect(e instanceof GenspendErrors || e instanceof GenspendError).toBe(true);
    }
  });
});

describe('reading YAML', () => {
  /** Each workload's attributes, numbers marked so a string cannot pass for one. */
  const read = (text: string) =>
    JSON.stringify(
      parseManifest(text, 'g.yml').workloads.map((w) =>
        Object.fromEntries(Object.entries(w.attributes).map(([k, v]) => [k, typeof v === 'object' ? `D:${v.toFixed()}` : v])),
      ),
    );

  it('reads YAML 1.2 core numbers and booleans exactly, in block and flow style', () => {
    const block =
      'version: 1\nworkloads:\n  - name: a\n    provider: runway\n    model: gen4.5\n    runs: 0x10\n    seconds: 1e2\n    audio: False\n  -\n    name: b\n    provider: fal\n    model: x\n    runs: +3\n    seconds: 0.30\n';
    expect(read(block)).toBe('[{"runs":"D:16","seconds":"D:100","audio":false},{"runs":"D:3","seconds":"D:0.3"}]');
    const flow =
      'version: 1\nworkloads: [{ name: a, provider: fal, model: x, runs: 0o17, width: 1024 }, { name: "b: c", provider: fal, model: y, runs: 123456789.123456789012345 }]\n';
    expect(read(flow)).toBe('[{"runs":"D:15","width":"D:1024"},{"runs":"D:123456789.123456789012345"}]');
  });

  it('reads an explicit core tag as the value it names, and YAML 1.1 words as text', () => {
    expect(read(wl('    runs: !!float 5\n    seconds: !!int 7\n'))).toBe('[{"runs":"D:5","seconds":"D:7"}]');
    expect(problems(wl('    runs: 1\n    audio: yes\n'))).toEqual([
      'genspend.yml:7: workloads[0].audio: expected true or false, got "yes"',
    ]);
    expect(problems(wl('    runs: !!str 5\n'))).toEqual(['genspend.yml:6: workloads[0].runs: expected a number from 0 to 1e12, got "5"']);
  });

  it('names the line of a problem deep in the file, after comments, blank lines and block scalars', () => {
    const text =
      '# top\nversion: 1\n\nbudget:\n  # the cap\n  limit: -1\nworkloads:\n  - name: a\n    description: |\n      two\n      lines\n    provider: fal\n    model: x\n    runs: abc\n';
    expect(problems(text)).toEqual([
      'genspend.yml:6: budget.limit: expected a number from 0 to 1e12, got -1',
      'genspend.yml:14: workloads[0].runs: expected a number from 0 to 1e12, got "abc"',
    ]);
  });

  it('names the line of a merged key at its `<<`, and of a workload written as an alias', () => {
    const text =
      'version: 1\nworkloads:\n  - &w { name: a, provider: fal, model: x, runs: 1 }\n  - { <<: *w, name: b }\n  - *w\n  - { <<: { provider: fal, model: x, runs: -2 }, name: c }\n';
    expect(problems(text)).toEqual(['genspend.yml:6: workloads[3].runs: expected a number from 0 to 1e12, got -2']);
    expect(problems(text.replace('runs: -2', 'runs: 2'))).toEqual([
      'genspend.yml:5: workloads[2].name: workload name "a" is also used by workloads[0] (fix: give every workload a unique name: the diff matches base and head by name)',
    ]);
    expect(
      parseManifest(text.replace('runs: -2', 'runs: 2').replace('  - *w\n', ''), 'g.yml').workloads.map((w) => [w.name, w.location?.line]),
    ).toEqual([
      ['a', 3],
      ['b', 4],
      ['c', 5],
    ]);
  });

  it('names the line of a duplicate key, and of a tab in the indentation', () => {
    expect(problems(wl('    runs: 1\n    runs: 2\n'))[0]).toMatch(/^genspend.yml:7: invalid YAML: duplicated mapping key/);
    expect(problems(wl('\truns: 1\n'))[0]).toMatch(/^genspend.yml:6: invalid YAML: /);
  });
});
