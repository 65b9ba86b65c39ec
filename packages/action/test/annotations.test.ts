import { diffEstimates, money, type BudgetResult, type EstimateDiff } from '@genspend/core';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotations.js';
import { gitIn } from '../src/base.js';
import { gate } from '../src/gate.js';
import { fakeToolkit } from './fakes.js';
import { makeRepo, manifest, prEvent, scratch, veo } from './harness.js';

const emptyHead = { period: 'month' as const, total: money(0), manifests: [] };
const diffWith = (files: { file: string; head: boolean }[]): EstimateDiff => ({
  ...diffEstimates(null, emptyHead),
  manifests: files.map((f) => ({ file: f.file, head: f.head ? ({} as never) : null }) as never),
});

describe('annotate', () => {
  it('points at each workload line; at most 10 per level, the rest counted in the log', () => {
    const { toolkit, record } = fakeToolkit();
    const budget: BudgetResult = {
      verdict: 'fail',
      rules: { pr: {}, manifests: [], hasBase: true },
      reasons: [
        {
          rule: 'unpriced',
          level: 'fail',
          scope: 'manifest',
          file: 'a.yml',
          message: 'm',
          workloads: Array.from({ length: 25 }, (_, i) => ({ name: `w${i}`, line: i + 3 })),
        },
        { rule: 'baseline', level: 'warn', scope: 'manifest', file: 'a.yml', message: 'incomplete base', workloads: [] },
      ],
    };
    annotate(budget, diffWith([{ file: 'a.yml', head: true }]), toolkit, 'sub/');
    expect(record.errors).toHaveLength(10);
    expect(record.errors[0]).toEqual({ message: 'w0: m', properties: { title: 'genspend: unpriced', file: 'sub/a.yml', startLine: 3 } });
    expect(record.warnings).toEqual([{ message: 'incomplete base', properties: { title: 'genspend: baseline', file: 'sub/a.yml' } }]);
    expect(record.info).toEqual(['genspend: 15 more annotations not shown (GitHub shows 10 per level); see the report']);
  });

  it('a manifest the head deleted has no file to point at', () => {
    const { toolkit, record } = fakeToolkit();
    const budget: BudgetResult = {
      verdict: 'fail',
      rules: { pr: {}, manifests: [], hasBase: true },
      reasons: [
        { rule: 'limit', level: 'fail', scope: 'manifest', file: 'gone.yml', message: 'over', workloads: [{ name: 'x', line: 4 }] },
      ],
    };
    annotate(budget, diffWith([{ file: 'gone.yml', head: false }]), toolkit, '');
    expect(record.errors).toEqual([{ message: 'x: over', properties: { title: 'genspend: limit' } }]);
  });

  it('a workspace inside the repository: annotations carry the repository path', async () => {
    const tmp = scratch('action-annotations');
    try {
      const repo = makeRepo(
        tmp.dir(),
        { 'svc/genspend.yml': manifest(veo('a', 1), 'budget: { maxIncrease: 1 }\n') },
        { 'svc/genspend.yml': manifest(veo('a', 100), 'budget: { maxIncrease: 1 }\n') },
      );
      const { toolkit, record } = fakeToolkit({ comment: 'off' });
      const result = await gate({
        toolkit,
        env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: 'e', GITHUB_WORKSPACE: `${repo.dir}/svc`, RUNNER_TEMP: tmp.dir() },
        cwd: repo.dir,
        readFile: () => JSON.stringify(prEvent(repo.baseSha, repo.headSha)),
        exists: () => true,
        git: gitIn,
        github: () => {
          throw new Error('no API here');
        },
      });
      expect(result.verdict).toBe('fail');
      expect(record.errors.map((e) => e.properties)).toEqual([{ title: 'genspend: maxIncrease', file: 'svc/genspend.yml', startLine: 5 }]);
    } finally {
      tmp.cleanup();
    }
  });
});
