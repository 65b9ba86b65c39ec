import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimateWorkload, exact, money, sum } from '@genspend/core';
import { fixtures, specOf, unpricedFixtures } from './helpers.js';

// Cases whose lines (or unpriced reason) were asserted; the last test checks none was skipped,
// so a case that loses its `lines` cannot quietly pass on its total alone.
const asserted = new Set<string>();

describe('shared estimate dataset (worked by hand)', () => {
  it('covers all four providers', () => {
    const providers = new Set(fixtures.map((c) => c.workload.provider));
    expect([...providers].sort()).toEqual(['fal', 'runpod', 'runware', 'runway']);
  });

  for (const c of fixtures) {
    it(`${c.name}: ${c.why}`, () => {
      const { expected } = c;
      expect(expected.lines, 'every case lists its hand-worked lines').toBeDefined();
      const lines = expected.lines ?? [];
      expect(lines.length).toBeGreaterThan(0);
      // the hand-worked lines must add up to the hand-worked total (credits for Runway)
      expect(exact(sum(lines.map((l) => money(l.amount))))).toBe(expected.credits ?? expected.cost);

      const result = estimateWorkload(specOf(c), defaultCatalog(), c.period ?? 'month');
      expect(result.unpriced).toBeUndefined();
      expect(result.cost === null ? null : exact(result.cost)).toBe(expected.cost);
      expect(result.basis).toBe(expected.basis);
      if (expected.credits !== undefined) expect(result.credits && exact(result.credits)).toBe(expected.credits);
      else expect(result.credits).toBeNull();
      expect(result.lines.map((l) => ({ label: l.label, billedQuantity: exact(l.billedQuantity), amount: exact(l.amount) }))).toEqual(
        lines,
      );
      expect(exact(sum(result.lines.map((l) => l.amountUsd)))).toBe(expected.cost);
      expect(exact(sum(result.lines.map((l) => l.amount)))).toBe(expected.credits ?? expected.cost);
      // a firm price has no range; an uncertain one brackets the expected cost
      expect(result.range && { low: exact(result.range.low), high: exact(result.range.high) }).toEqual(expected.range);
      if (expected.assumptions !== undefined) expect(result.assumptions).toHaveLength(expected.assumptions);
      if (expected.warnings !== undefined) expect(result.warnings).toHaveLength(expected.warnings);
      asserted.add(c.name);
    });
  }
});

describe('shared dataset: known names that stay unpriced', () => {
  it('has unpriced cases', () => {
    expect(unpricedFixtures.length).toBeGreaterThan(0);
  });

  for (const c of unpricedFixtures) {
    it(`${c.name}: ${c.why}`, () => {
      expect(c.expected.unpriced).toBeTruthy();
      const result = estimateWorkload(specOf(c), defaultCatalog(), 'month');
      expect(result.cost).toBeNull();
      expect(result.unpriced).toContain(c.expected.unpriced);
      asserted.add(c.name);
    });
  }
});

describe('shared dataset: nothing skipped', () => {
  it('asserted the lines of every priced case and the reason of every unpriced one', () => {
    const names = [...fixtures, ...unpricedFixtures].map((c) => c.name);
    expect(new Set(names).size, 'case names are unique').toBe(names.length);
    expect(names.filter((n) => !asserted.has(n))).toEqual([]);
  });
});
