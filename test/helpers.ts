import { readFileSync } from 'node:fs';
import { ATTRIBUTE_NAMES, ATTRIBUTE_RULES, money, type Attributes, type WorkloadSpec } from '@genspend/core';

export interface FixtureCase {
  name: string;
  why: string;
  period?: 'day' | 'week' | 'month';
  workload: Record<string, string | boolean>;
  expected: {
    cost: string | null;
    credits?: string;
    basis: string;
    lines?: { label: string; billedQuantity: string; amount: string }[];
    /** The least and the most it may bill, where a rate it is priced at is uncertain; absent: firm. */
    range?: { low: string; high: string };
    assumptions?: number;
    warnings?: number;
  };
}

const dataset = JSON.parse(readFileSync(new URL('./fixtures/estimates.json', import.meta.url), 'utf8'));
export const fixtures: FixtureCase[] = dataset.cases;

/** Workloads the catalog knows but must leave unpriced, each with the start of its reason. */
export interface UnpricedCase {
  name: string;
  why: string;
  workload: Record<string, string | boolean>;
  expected: { unpriced: string };
}
export const unpricedFixtures: UnpricedCase[] = dataset.unpricedCases;

// words stay strings; every other attribute is a number
const TEXT_ATTRIBUTES = new Set(Object.entries(ATTRIBUTE_RULES).flatMap(([k, r]) => (r.type === 'text' || r.type === 'enum' ? [k] : [])));

/** A fixture's workload as the core takes it: numbers as exact Decimals from their strings. */
export function specOf(c: FixtureCase | UnpricedCase): WorkloadSpec {
  const { provider, model, gpu, ...rest } = c.workload;
  const attributes: Attributes = {};
  for (const [k, v] of Object.entries(rest)) {
    if (!(ATTRIBUTE_NAMES as readonly string[]).includes(k)) throw new Error(`fixture ${c.name}: unknown attribute ${k}`);
    (attributes as Record<string, unknown>)[k] = typeof v === 'boolean' || TEXT_ATTRIBUTES.has(k) ? v : money(v);
  }
  return { name: c.name, provider: String(provider), model: String(gpu ?? model), attributes };
}

/** The fixture's workload as a manifest entry (YAML flow mapping). */
export function manifestEntry(c: FixtureCase, name = c.name): string {
  const fields = Object.entries(c.workload).map(
    ([k, v]) => `${k}: ${typeof v === 'boolean' || /^[\d.]+$/.test(String(v)) ? v : JSON.stringify(v)}`,
  );
  return `  - { name: ${JSON.stringify(name)}, ${fields.join(', ')} }`;
}
