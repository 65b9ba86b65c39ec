import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GenspendError, isGenspendError, mapAll } from '../errors.js';
import { money } from '../money.js';
import { checkManifest } from './check.js';
import { parseManifests } from './fast.js';
import { ATTRIBUTE_RULES, BUDGET_RULES, PERIODS, type FieldRule } from './fields.js';
import { parseManifest } from './parse.js';
import { Manifest as ManifestSchema } from './schema.js';

// Values at and around every bound of fields.ts, and what YAML or a caller could put there instead.
const DECIMALS = ['-1', '-0', '0', '0.000001', '0.5', '1', '1.5', '63', '64', '65', '1024', '9999', '10000', '10001', '86400']
  .concat(['86401', '100000', '100001', '1e6', '1000000.5', '1e7', '1.5e7', '1e9', '1000000001', '1e12', '1.0000001e12', '1e400'])
  .map((s) => money(s));
const anyValue = fc.oneof(
  fc.constantFrom(...DECIMALS),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, 1, -1, 2.5, null, undefined, true, '', '5', 'abc'),
  fc.constant([]),
  fc.constant({}),
  // not plain objects: zod reads them too, inherited keys and all
  fc.constant(Object.create({ name: 'inherited', provider: 'fal' }) as object),
  fc.constant(new Date(0)),
);
const text = fc.oneof(
  { weight: 50, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201)) },
);
/** Values a rule takes, and now and then one just outside it. */
function plausible(rule: FieldRule): fc.Arbitrary<unknown> {
  switch (rule.type) {
    case 'decimal': {
      const inside = [money(rule.max), ...(rule.positive ? [] : [money(rule.min)]), money(rule.min).plus(1)];
      return fc.oneof({ weight: 50, arbitrary: fc.constantFrom(...inside) }, { weight: 1, arbitrary: fc.constantFrom(...DECIMALS) });
    }
    case 'text':
      return text;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof(
        { weight: 50, arbitrary: fc.constantFrom(...rule.values) },
        { weight: 1, arbitrary: fc.constantFrom(rule.values[0].toUpperCase(), '') },
      );
  }
}
/** Mostly plausible values, now and then anything. */
const valueFor = (rule: FieldRule) =>
  fc.oneof({ weight: 100, arbitrary: plausible(rule) }, { weight: 1, arbitrary: anyValue }) as fc.Arbitrary<unknown>;
const TEXT: FieldRule = { type: 'text' };

/** null mostly, now and then a value. */
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/** An object with some of `fields`, and now and then a key no schema knows. */
function object(fields: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record(fields, { requiredKeys }),
      rarely(fc.constantFrom('runz', 'constructor', '__proto__', 'toString', 'Name')),
      requiredKeys.length ? rarely(fc.constantFrom(...requiredKeys)) : fc.constant(null),
    )
    .map(([o, extra, dropped]) => {
      const out: Record<string, unknown> = { ...o };
      if (extra !== null) Object.defineProperty(out, extra, { value: 1, enumerable: true, configurable: true, writable: true });
      if (dropped !== null) delete out[dropped];
      return out;
    });
}

const rulesOf = (rules: Record<string, FieldRule>) => Object.fromEntries(Object.entries(rules).map(([k, r]) => [k, valueFor(r)]));
const workload = object(
  {
    name: valueFor(TEXT),
    description: valueFor(TEXT),
    provider: valueFor(TEXT),
    model: valueFor(TEXT),
    gpu: fc.oneof(valueFor(TEXT), fc.array(valueFor(TEXT), { maxLength: 3 })),
    ...rulesOf(ATTRIBUTE_RULES),
  },
  ['name', 'provider'],
);
const manifest = fc.oneof(
  {
    weight: 30,
    arbitrary: object(
      {
        $schema: valueFor(TEXT),
        version: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(money(1), money('1.0'), 1) }, { weight: 1, arbitrary: anyValue }),
        period: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...PERIODS, 'year', undefined) }, { weight: 1, arbitrary: anyValue }),
        budget: fc.oneof({ weight: 10, arbitrary: object(rulesOf(BUDGET_RULES), []) }, { weight: 1, arbitrary: anyValue }),
        workloads: fc.oneof({ weight: 10, arbitrary: fc.array(workload, { maxLength: 3 }) }, { weight: 1, arbitrary: anyValue }),
      },
      ['version', 'workloads'],
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

describe('the fast manifest check', () => {
  it('accepts exactly what the zod schema accepts, with the same value', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(manifest, (value) => {
        const fast = checkManifest(value);
        const zod = ManifestSchema.safeParse(value);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) {
          expect(fast).toStrictEqual(zod.data);
          accepted++;
        } else rejected++;
      }),
      { numRuns: 3000, seed: 20261121 },
    );
    // both sides of the question were asked often
    expect(accepted).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
  });

  it('parseManifests reports what mapAll over parseManifest reports, in the same order', async () => {
    const valid = 'version: 1\nworkloads:\n  - { name: a, provider: fal, model: x, runs: 1 }\n';
    const invalid = 'version: 1\nworkloads:\n  - { name: a, provider: fal, model: x, runz: 1 }\n';
    const aliased = 'version: 1\nworkloads:\n  - &w { name: a, provider: fal, model: x, runs: 1 }\n  - { <<: *w, name: b }\n';
    const unreadable = () => {
      throw new GenspendError('file is binary', { file: 'c.yml' });
    };
    const cases: { file: string; read: () => string }[][] = [
      [{ file: 'a.yml', read: () => valid }],
      [{ file: 'a.yml', read: () => aliased }],
      [
        { file: 'a.yml', read: () => valid },
        { file: 'b.yml', read: () => invalid },
        { file: 'c.yml', read: unreadable },
        { file: 'd.yml', read: () => '' },
      ],
      [
        { file: 'c.yml', read: unreadable },
        { file: 'a.yml', read: () => valid },
      ],
    ];
    const outcome = async (run: () => unknown) => {
      try {
        return { ok: await run() };
      } catch (e) {
        if (!isGenspendError(e)) throw e;
        return { problems: e.format() };
      }
    };
    for (const entries of cases) {
      const expected = await outcome(() => mapAll(entries, ({ file, read }) => parseManifest(read(), file)));
      expect(await outcome(() => parseManifests(entries))).toEqual(expected);
    }
  });
});
