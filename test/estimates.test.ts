import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimateWorkload, exact } from '@genspend/core';
import { fixtures, specOf, unpricedFixtures } from './helpers.js';

describe('shared estimate dataset (worked by hand)', () => {
  it('covers all four providers', () => {
    const providers = new Set(fixtures.map((c) => c.workload.provider));
    expect([...providers].sort()).toEqual(['fal', 'runpod', 'runware', 'runway']);
  });

  for (const c of fixtures) {
    it(`${c.name}: ${c.why}`, () => {
      const result = estimateWorkload(specOf(c), defaultCatalog(), c.period ?? 'month');
      expect(result.unpriced).toBeUndefined();
      expect(result.cost === null ? null : exact(result.cost)).toBe(c.expected.cost);
      expect(result.basis).toBe(c.expected.basis);
      if (c.expected.credits !== undefined) expect(result.credits && exact(result.credits)).toBe(c.expected.credits);
      else expect(result.credits).toBeNull();
      if (c.expected.lines) {
        expect(result.lines.map((l) => ({ label: l.label, billedQuantity: exact(l.billedQuantity), amount: exact(l.amount) }))).toEqual(
          c.expected.lines,
        );
      }
      if (c.expected.assumptions !== undefined) expect(result.assumptions).toHaveLength(c.expected.assumptions);
      if (c.expected.warnings !== undefined) expect(result.warnings).toHaveLength(c.expected.warnings);
    });
  }
});

describe('shared dataset: known names that stay unpriced', () => {
  for (const c of unpricedFixtures) {
    it(`${c.name}: ${c.why}`, () => {
      const result = estimateWorkload(specOf(c), defaultCatalog(), 'month');
      expect(result.cost).toBeNull();
      expect(result.unpriced?.startsWith(c.expected.unpriced)).toBe(true);
    });
  }
});
