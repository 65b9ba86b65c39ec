import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '@genspend/core';
import { belowGoal, measure, parseGoals, sampleProblems, UsageSample, type Priced } from '../scripts/usage-sample.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SAMPLE_FILE = join(ROOT, 'test/fixtures/usage-sample.json');
const scratch = mkdtempSync(join(tmpdir(), 'genspend-coverage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const entry = (id: string, ...repos: string[]) => ({ id, repos, seen: repos.map((r) => `${r}:src/${id.replace(/\W/g, '_')}.ts`) });

// fal: 3 + 2 + 1 repository-uses, the 3 and the 1 priced -> weighted 4/6, plain 2/3
const small: UsageSample = {
  version: 1,
  collected: '2026-12-01',
  method: 'in-test',
  providers: {
    fal: [
      entry('fal-ai/flux/dev', 'a/one', 'b/two', 'c/three'),
      entry('fal-ai/unknown', 'a/one', 'd/four'),
      entry('fal-ai/flux/schnell', 'e/five'),
    ],
    runware: [entry('runware:100@1', 'a/one')],
    runway: [entry('gen9_imaginary', 'x/y')],
    runpod: [],
  },
  skippedDynamic: { fal: 4, runware: 0, runway: 1, runpod: 0 },
};
const standIn: Priced = (provider, id) =>
  ['fal:fal-ai/flux/dev', 'fal:fal-ai/flux/schnell', 'runware:runware:100@1'].includes(`${provider}:${id}`);

describe('coverage arithmetic', () => {
  const report = measure(small, standIn);
  const fal = report.find((r) => r.provider === 'fal')!;

  it('weighs each id by its repositories and counts distinct repositories once', () => {
    expect(fal.weighted).toEqual({ priced: 4, total: 6, percent: 66.7 });
    expect(fal.plain).toEqual({ priced: 2, total: 3, percent: 66.7 });
    expect(fal.repos).toBe(5);
    expect(fal.ids).toBe(3);
    expect(fal.skippedDynamic).toBe(4);
    expect(fal.topUnpriced).toEqual([{ id: 'fal-ai/unknown', repos: 2 }]);
  });

  it('reports fully priced, fully unpriced and empty providers', () => {
    const by = Object.fromEntries(report.map((r) => [r.provider, r]));
    expect(by.runware!.weighted).toEqual({ priced: 1, total: 1, percent: 100 });
    expect(by.runway!.weighted).toEqual({ priced: 0, total: 1, percent: 0 });
    expect(by.runway!.topUnpriced).toEqual([{ id: 'gen9_imaginary', repos: 1 }]);
    expect(by.runpod!.weighted).toEqual({ priced: 0, total: 0, percent: null });
  });

  it('judges goals on the exact ratio, and a provider with no sample misses its goal', () => {
    // 4/6 = 66.67%: meets 66.6, misses 66.7 although it prints as 66.7%
    expect(belowGoal(report, parseGoals('fal=66.6')).map((r) => r.provider)).toEqual([]);
    expect(belowGoal(report, parseGoals('fal=66.7')).map((r) => r.provider)).toEqual(['fal']);
    expect(belowGoal(report, parseGoals('runware=100,runway=0')).map((r) => r.provider)).toEqual([]);
    expect(belowGoal(report, parseGoals('runpod=0')).map((r) => r.provider)).toEqual(['runpod']);
  });

  it('lists unpriced community models apart, still counted as unpriced', () => {
    const withCommunity: UsageSample = structuredClone(small);
    withCommunity.providers.runware = [
      entry('civitai:1@1', 'a/one', 'b/two'),
      entry('runware:100@1', 'a/one'),
      entry('runware:9@9', 'c/c'),
    ];
    const community: Priced = (provider, id) => provider === 'runware' && id.startsWith('civitai:');
    const runware = measure(withCommunity, standIn, community).find((r) => r.provider === 'runware')!;
    expect(runware.weighted).toEqual({ priced: 1, total: 4, percent: 25 });
    expect(runware.community).toEqual({ ids: 1, repos: 2 });
    expect(runware.topUnpriced).toEqual([{ id: 'runware:9@9', repos: 1 }]);
    // the shipped catalog knows which AIR sources are community models
    const catalog = defaultCatalog();
    expect(catalog.isCommunity('runware', 'civitai:139562@344487')).toBe(true);
    expect(catalog.isCommunity('runware', 'runware:100@1')).toBe(false);
    expect(catalog.isCommunity('fal', 'civitai:1@1')).toBe(false);
  });

  it('rejects malformed goals with the part that is wrong', () => {
    expect(() => parseGoals('fal=60,replicate=50')).toThrow(/unknown provider `replicate`/);
    expect(() => parseGoals('fal:60')).toThrow(/`fal:60` is not provider=percent/);
    expect(() => parseGoals('fal=160')).toThrow(/0 to 100/);
  });
});

describe('sample integrity', () => {
  it('finds unsorted entries, duplicate ids and repositories without a seen path', () => {
    expect(sampleProblems(small)).toEqual([]);
    const bad: UsageSample = structuredClone(small);
    bad.providers.fal.reverse();
    bad.providers.runware.push(entry('runware:100@1', 'z/z'));
    bad.providers.runway[0]!.seen = [];
    const problems = sampleProblems(bad);
    expect(problems.some((p) => /providers\.fal\[1\].*not sorted/.test(p))).toBe(true);
    expect(problems.some((p) => /providers\.runware\[1\].*duplicate id/.test(p))).toBe(true);
    expect(problems.some((p) => /providers\.runway\[0\].*repo x\/y has no `seen` entry/.test(p))).toBe(true);
  });

  it('the shipped sample is well-formed: sorted, unique ids, every id has a repo and every repo a seen path', () => {
    const shipped = UsageSample.parse(JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')));
    expect(sampleProblems(shipped)).toEqual([]);
    for (const entries of Object.values(shipped.providers)) expect(entries.length).toBeGreaterThan(0);
  });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'scripts/coverage.ts'), ...args],
      { cwd: ROOT, timeout: 60_000 },
      (e, stdout, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('scripts/coverage.ts against the shipped catalog', () => {
  it('prices the in-test sample through the real catalog lookup and exits 1 under a goal', async () => {
    const file = join(scratch, 'sample.json');
    writeFileSync(file, JSON.stringify(small));
    const r = await run(['--json', '--sample', file, '--min', 'runway=1']);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { providers: unknown; belowGoal: string[] };
    // the script's figures are the arithmetic above over the lookup the estimate uses, both outcomes present
    const catalog = defaultCatalog();
    const lookup: Priced = (provider, id) => catalog.model(provider, id) !== undefined;
    expect(lookup('fal', 'fal-ai/flux/dev')).toBe(true);
    expect(lookup('fal', 'fal-ai/unknown')).toBe(false);
    expect(out.providers).toEqual(measure(small, lookup, (provider, id) => catalog.isCommunity(provider, id)));
    expect(out.belowGoal).toEqual(['runway']);
    expect((await run(['--sample', file, '--min', 'runway=0,runware=0'])).code).toBe(0);
  });

  it('refuses a malformed sample or goal with exit 2 and says where', async () => {
    const file = join(scratch, 'unsorted.json');
    const bad = structuredClone(small);
    bad.providers.fal.reverse();
    writeFileSync(file, JSON.stringify(bad));
    const r = await run(['--sample', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/providers\.fal\[1\].*not sorted/);
    const g = await run(['--min', 'fal']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/`fal` is not provider=percent/);
  });
});
