import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemsOf } from '../errors.js';
import { MAX_ALIAS_NODES } from '../yaml/limits.js';
import { parseManifest, parseManifests } from './parse.js';

// Hostile and odd manifests, through the public entry points: one line per problem
// ("file:line: ..."), never a crash or a JS class name, and the same from one manifest or many.

const FILE = 'genspend.yml';
const ok = '{ name: a, provider: runway, model: veo3.1_fast, runs: 1, seconds: 8, audio: false }';
const deep = (open: string, close: string, n: number) => open.repeat(n) + close.repeat(n);
const laughs = (levels: number) =>
  [
    'version: 1',
    'workloads:',
    '  - name: a',
    '    provider: runway',
    '    x0: &x0 [l, l, l, l, l, l, l, l, l, l]',
    ...Array.from({ length: levels }, (_, i) => `    x${i + 1}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(', ')}]`),
  ].join('\n');

/** [what it is, the text, a part of the first problem it must give] */
const CORPUS: [string, string, string][] = [
  ['a number for the whole file', '42', `${FILE}:1: expected a mapping with \`version\``],
  ['a string for the whole file', '"just text"', 'got "just text"'],
  ['a list for the whole file', '- 1\n- 2', 'got a list'],
  ['null for the whole file', '~', 'got null'],
  ['workloads: 42', 'version: 1\nworkloads: 42', `${FILE}:2: workloads: expected a list, got 42`],
  ['a workload that is 42', 'version: 1\nworkloads:\n  - 42', `${FILE}:3: workloads[0]: expected a mapping, got 42`],
  ['a workload that is true', 'version: 1\nworkloads: [true]', 'workloads[0]: expected a mapping, got true'],
  ['a workload that is a list', 'version: 1\nworkloads: [[[]]]', 'workloads[0]: expected a mapping, got a list'],
  ['workloads as a mapping', 'version: 1\nworkloads: { a: 1 }', 'workloads: expected a list, got a mapping'],
  ['budget: 42', `version: 1\nbudget: 42\nworkloads: [${ok}]`, `${FILE}:2: budget: expected a mapping, got 42`],
  ['budget: a list', `version: 1\nbudget: [1]\nworkloads: [${ok}]`, 'budget: expected a mapping, got a list'],
  ['null everywhere', 'version: ~\nperiod: ~\nbudget: ~\nworkloads: ~', 'got null'],
  ['null workload', 'version: 1\nworkloads: [~]', 'workloads[0]: expected a mapping, got null'],
  ['null fields', 'version: 1\nworkloads: [{ name: ~, provider: ~, runs: ~ }]', 'workloads[0].name: expected a string, got null'],
  ['an infinite count', 'version: 1\nworkloads: [{ name: a, provider: fal, model: x, runs: .inf }]', 'got .inf'],
  [
    'a number as the name',
    'version: 1\nworkloads: [{ name: 12, provider: fal, model: x }]',
    'workloads[0].name: expected a string, got 12',
  ],
  ['numbers as keys', 'version: 1\n1: a\nworkloads: []', 'unknown key `1`'],
  ['a number key in a workload', 'version: 1\nworkloads: [{ 2: 3, name: a, provider: fal, model: x }]', 'unknown key `2`'],
  ['a complex key', 'version: 1\n? [a]\n: 1\nworkloads: []', `${FILE}:2: a key is a list or mapping`],
  ['a complex mapping key', 'version: 1\nworkloads:\n  - ? { a: 1 }\n    : 2', `${FILE}:3: a key is a list or mapping`],
  ['an alias of a list as a key', 'version: 1\nworkloads: &w []\n*w : 1', 'a key is a list or mapping'],
  ['!!binary', 'version: 1\nworkloads: !!binary aGVsbG8=', `${FILE}:2: unsupported tag \`!!binary\``],
  ['!!set', 'version: 1\nworkloads: !!set { a, b }', 'unsupported tag `!!set`'],
  ['!!timestamp', `version: 1\nworkloads: [${ok}]\nperiod: !!timestamp 2026-01-01`, 'unsupported tag `!!timestamp`'],
  ['!!omap', 'version: 1\nworkloads: !!omap [ a: 1 ]', 'unsupported tag `!!omap`'],
  ['!!pairs', 'version: 1\nworkloads: !!pairs [ a: 1 ]', 'unsupported tag `!!pairs`'],
  ['a local tag', 'version: 1\nworkloads: !thing []', 'unsupported tag `!thing`'],
  ['!!int on a string', 'version: !!int one\nworkloads: []', `${FILE}:1:`],
  ['an anchor on a key', `&k version: 1\nworkloads: [${ok}]\nx: *k`, 'unknown key `x`'],
  ['anchors on odd nodes', `version: &v 1\nworkloads: &w [${ok}]\nperiod: *w`, `${FILE}:3: period:`],
  ['an undefined alias', 'version: 1\nworkloads:\n  - *nope', `${FILE}:3: undefined alias \`*nope\``],
  ['an alias used before its anchor', `version: 1\nworkloads: [*w]\nx: &w ${ok}`, `${FILE}:2: undefined alias \`*w\``],
  ['an alias inside its own anchor', 'version: 1\nworkloads: &w [*w]', `${FILE}:2: alias \`*w\` is inside the value it names`],
  ['a merge of a number', 'version: 1\nworkloads: [{ <<: 42, name: a, provider: fal, model: x }]', `${FILE}:2:`],
  [
    'a merge of a list holding a number',
    'version: 1\nworkloads:\n  - &w { name: a, provider: fal, model: x }\n  - { <<: [*w, 1], name: b }',
    `${FILE}:4: \`<<\` merges a mapping`,
  ],
  ['a merge of an undefined alias', 'version: 1\nworkloads: [{ <<: *d, name: a }]', 'undefined alias `*d`'],
  ['a billion laughs', laughs(9), `aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values`],
  ['10,000 nested lists', deep('[', ']', 10_000), `${FILE}:1: nesting too deep`],
  ['10,000 nested flow mappings', `version: 1\nworkloads:\n  - ${deep('{ a: ', '}', 10_000)}`, `${FILE}:3: nesting too deep`],
  ['10,000 nested block lists', '- '.repeat(10_000) + 'x', `${FILE}:1: nesting too deep`],
  [
    '2,000 nested block mappings',
    Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1',
    `${FILE}:101: nesting too deep`,
  ],
  ['%YAML 1.1', '%YAML 1.1\n---\nversion: 1\nworkloads: []', `${FILE}:1: \`%YAML 1.1\` directive`],
  [
    '%YAML 1.1 with numbers it reads otherwise',
    `%YAML 1.1\n---\nversion: 1\nworkloads: [{ name: a, provider: fal, model: x, runs: 010 }]`,
    'remove the `%YAML` line',
  ],
  ['two documents', `version: 1\nworkloads: [${ok}]\n---\nversion: 1`, `${FILE}:3: a second YAML document starts here`],
];

/** Names of JS classes and internals that a message must never show. */
const INTERNALS =
  /\b(?:Decimal\d*|Buffer|Uint8Array|Set|Map|Date|YAML(?:Map|Seq|Set|OMap|Error|ParseError|Warning)|parse\w*\(|Scalar|Pair|Alias|Symbol|Object|Array|RangeError|TypeError|ReferenceError|stack)\b/;

function lines(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    const problems = problemsOf(e);
    if (!problems) throw e;
    return problems.map((p) => p.format());
  }
  return [];
}

afterEach(() => vi.restoreAllMocks());

describe('hostile manifests', () => {
  it.each(CORPUS)('%s: one line per problem, file:line first', (_, text, expected) => {
    const warn = vi.spyOn(process, 'emitWarning');
    const one = lines(() => parseManifest(text, FILE));
    const all = lines(() => parseManifests([{ file: FILE, read: () => text }]));
    expect(one[0]).toContain(expected);
    expect(all).toEqual(one);
    expect(one.length).toBeLessThanOrEqual(4);
    for (const line of one) {
      expect(line).toMatch(/^genspend\.yml:\d+: /);
      expect(line).not.toMatch(INTERNALS);
    }
    // the core writes nothing, not even a process warning
    expect(warn).not.toHaveBeenCalled();
  });

  it('200 workloads sharing one anchor pass, by merge key and by plain alias', () => {
    const merged = [
      'version: 1',
      'workloads:',
      '  - &base { name: w0, provider: runway, model: veo3.1_fast, runs: 1, seconds: 8, audio: false }',
      '  - &w { <<: *base, name: w1 }',
      ...Array.from({ length: 200 }, (_, i) => `  - { <<: *w, name: w${i + 2} }`),
    ].join('\n');
    expect(parseManifest(merged, FILE).workloads).toHaveLength(202);
    const aliased = [
      'version: 1',
      'workloads:',
      `  - { name: w0, provider: &p runway, model: &m veo3.1_fast, runs: 1, seconds: &s 8, audio: false }`,
      ...Array.from({ length: 200 }, (_, i) => `  - { name: w${i + 1}, provider: *p, model: *m, runs: 1, seconds: *s, audio: false }`),
    ].join('\n');
    const manifest = parseManifest(aliased, FILE);
    expect(manifest.workloads).toHaveLength(201);
    expect(manifest.workloads[200]).toMatchObject({ name: 'w200', provider: 'runway', model: 'veo3.1_fast', location: { line: 203 } });
  });

  it('the alias limit is on the expanded size: a smaller bomb passes the YAML, a larger one does not', () => {
    // 10 x 10 x 10 strings: 1,110 values from aliases, well under the limit (the manifest then rejects the key)
    expect(lines(() => parseManifest(laughs(2), FILE))[0]).toContain('unknown key `x0`');
    expect(lines(() => parseManifest(laughs(5), FILE))[0]).toContain('aliases expand to more than');
  });

  it('a %YAML 1.2 directive, or one the parsers do not know, changes nothing', () => {
    const text = `version: 1\nworkloads: [{ name: a, provider: runway, model: veo3.1_fast, runs: 010, seconds: 8, audio: false }]`;
    for (const prefix of ['', '%YAML 1.2\n---\n', '%FOO bar\n---\n']) {
      expect(parseManifest(prefix + text, FILE).workloads[0]!.attributes.runs!.toString()).toBe('10');
    }
  });
});
