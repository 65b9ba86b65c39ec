import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { problemsOf } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { exact } from '../money.js';
import data from './fixtures/runpod.json' with { type: 'json' };
import { quoteRequest } from './quote.js';
import type { QuoteOptions } from './types.js';

const quote = (gpu: string | undefined, body: unknown, options: QuoteOptions = {}) => quoteRequest('runpod', gpu, body, options);
const problem = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    const found = problemsOf(e);
    if (!found) throw e;
    return found.map((p) => p.format()).join('\n');
  }
  throw new Error('expected a problem');
};

describe('Runpod quotes: the job bodies of Runpod docs', () => {
  for (const c of data.cases) {
    it(`${c.name}: ${c.work}`, () => {
      const q = quote(c.target, c.body, c.options as QuoteOptions);
      const j = q.jobs[0]!;
      expect(exact(q.cost!)).toBe(c.cost);
      expect(exact(j.high!.estimate.cost!)).toBe(c.high);
      expect(j.read).toEqual(c.read);
      expect(j.assumed.map((a) => a.field)).toEqual(c.assumed);
      expect(j.ignored).toEqual(c.ignored);
      expect(exact(estimateWorkload(j.workload, defaultCatalog(), 'month').cost!)).toBe(c.cost);
    });
  }
});

describe('Runpod quotes', () => {
  const body = { input: { prompt: 'x' } };

  it('worker time is not in the body: the expected seconds are asked for', () => {
    expect(problem(() => quote('ADA_24', body))).toContain('ADA_24: the price depends on the expected execution seconds of one job');
    expect(exact(quote('ADA_24', body, { given: { seconds: 3 } }).cost!)).toBe('0.00093');
  });

  it('an active worker bills the period, not the job: its count is asked for', () => {
    expect(problem(() => quote('ADA_24', body, { seconds: 2, worker: 'active' }))).toContain(
      'the number of always-on workers (`activeWorkers`)',
    );
  });

  it('an expected time past the timeout is flagged', () => {
    const q = quote('ADA_24', { ...body, policy: { executionTimeout: 5000 } }, { seconds: 10 });
    expect(q.jobs[0]!.estimate.warnings).toContain('expected 10 s is past the 5 s execution timeout: Runpod stops the job there');
    expect(exact(q.jobs[0]!.high!.estimate.cost!)).toBe('0.00155');
  });

  it('an unknown GPU is unpriced with a suggestion, never $0', () => {
    const q = quote('RTX 9090', body, { seconds: 1 });
    expect(q.cost).toBeNull();
    expect(q.jobs[0]!.high).toBeUndefined();
    expect(q.jobs[0]!.estimate.unpriced).toContain('unknown Runpod Serverless GPU `RTX 9090`');
  });

  it('bad bodies and policies name the field', () => {
    expect(problem(() => quote('ADA_24', { prompt: 'x' }, { seconds: 1 }))).toContain(
      "request: input: expected the job's `input` object, got nothing",
    );
    expect(problem(() => quote('ADA_24', { ...body, policy: { executionTimeout: '15m' } }, { seconds: 1 }))).toContain(
      'policy.executionTimeout: expected a number',
    );
    expect(problem(() => quote('ADA_24', { ...body, policy: { executionTimeout: 100 } }, { seconds: 1 }))).toContain(
      'policy.executionTimeout: expected whole milliseconds of at least 5000, got 100',
    );
    expect(problem(() => quote('ADA_24', { ...body, policy: 9 }, { seconds: 1 }))).toContain('policy: expected an object, got 9');
    expect(problem(() => quote('ADA_24', body, { seconds: -1 }))).toContain('seconds: expected a number from 0 to 1e7, got -1');
    expect(problem(() => quote(undefined, body, { seconds: 1 }))).toContain('a Runpod quote names the GPU pool');
  });
});
