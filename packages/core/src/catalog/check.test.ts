import { describe, expect, it } from 'vitest';
import { isGenspendError } from '../errors.js';
import { buildCatalog, parseCatalogFile } from './catalog.js';
import { checkCatalog, conditionsOverlap } from './check.js';
import { defaultCatalog } from './default.js';

const rate = (extra: string) => `
      - unit: image
        amount: "1"
        source: https://example.com/p
        checkedAt: 2026-01-01
        effectiveFrom: 2026-01-01
        basis: published
${extra}`;

const file = (rates: string) => `provider: acme
name: Acme
currency: USD
billingSource: https://example.com/billing
models:
  - id: m
    name: M
    kind: image
    rates:${rates}`;

describe('catalog integrity', () => {
  it('the shipped catalog has no errors', () => {
    expect(checkCatalog(defaultCatalog(), '2026-11-21').filter((f) => f.level === 'error')).toEqual([]);
  });

  it('every shipped rate has a source URL, a checked date and a basis', () => {
    for (const p of defaultCatalog().providers)
      for (const m of p.models)
        for (const r of m.rates) {
          expect(r.source).toMatch(/^https:\/\//);
          expect(r.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (!r.verified) expect(r.note, `${p.provider} ${m.id} is unverified without a note`).toBeTruthy();
        }
  });

  it('finds overlapping conditions', () => {
    const c = buildCatalog([
      parseCatalogFile(file(rate('        when: { resolution: [720p, 1080p] }') + rate('        when: { resolution: 1080p }')), 'acme.yml'),
    ]);
    expect(checkCatalog(c, '2026-01-02')).toEqual([
      {
        level: 'error',
        provider: 'acme',
        path: 'models[0].rates[1]',
        message: `'when' overlaps rates[0] on charge "base": one request would match both prices; add a condition that tells them apart`,
      },
    ]);
  });

  it('a rate for a left-out attribute does not overlap one that needs it', () => {
    const text = file(rate('        when: { seconds: { gt: 0 } }') + rate('        absent: [seconds]') + rate(''));
    expect(checkCatalog(buildCatalog([parseCatalogFile(text, 'acme.yml')]), '2026-01-02').map((f) => f.path)).toEqual([
      'models[0].rates[2]',
      'models[0].rates[2]',
    ]);
  });

  it('a retired model must name a replacement in the catalog', () => {
    const retired = (to: string) =>
      file(rate('')).replace(
        '    kind: image\n',
        `    kind: image\n    retired: { on: 2026-06-10, replacement: ${to}, source: https://example.com/r }\n`,
      );
    const findings = (to: string) => checkCatalog(buildCatalog([parseCatalogFile(retired(to), 'acme.yml')]), '2026-01-02');
    expect(findings('m2')).toEqual([
      {
        level: 'error',
        provider: 'acme',
        path: 'models[0].retired',
        message: 'replacement `m2` of retired m is not in the catalog: add it or name another model',
      },
    ]);
    expect(findings('m').map((f) => f.message)).toEqual(['m names itself as its replacement: name the model that replaces it']);
  });

  it('ranges overlap only where they meet', () => {
    expect(conditionsOverlap({ mp: { lte: 4 } }, { mp: { gt: 4 } })).toBe(false);
    expect(conditionsOverlap({ mp: { lte: 4 } }, { mp: { gte: 4 } })).toBe(true);
    expect(conditionsOverlap({ audio: true }, { audio: false })).toBe(false);
    expect(conditionsOverlap({ audio: true }, { quality: 'high' })).toBe(true);
  });

  it('warns on prices not checked for 30 days, or as many as given, naming how to refresh', () => {
    const c = buildCatalog([parseCatalogFile(file(rate('')), 'acme.yml')]);
    expect(checkCatalog(c, '2026-01-31')).toEqual([]);
    expect(checkCatalog(c, '2026-02-01')[0]).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('31 days ago: run `genspend prices sync acme`'),
    });
    expect(checkCatalog(c, '2026-04-01', { maxAgeDays: 90 })).toEqual([]);
    expect(checkCatalog(c, '2026-04-02', { maxAgeDays: 90 })[0]!.message).toContain('91 days ago');
  });

  it('reports schema problems with file:line and a suggestion', () => {
    try {
      parseCatalogFile(file(rate('        ammount: "2"')), 'acme.yml');
      expect.unreachable();
    } catch (e) {
      expect(isGenspendError(e) && e.format()).toBe(
        'acme.yml:16: models[0].rates[0].ammount: unknown key `ammount` (fix: did you mean `amount`?)',
      );
    }
  });

  it('rejects unquoted (float) prices', () => {
    try {
      parseCatalogFile(file(rate('').replace('amount: "1"', 'amount: 0.1')), 'acme.yml');
      expect.unreachable();
    } catch (e) {
      expect(isGenspendError(e) && e.format()).toContain('models[0].rates[0].amount: expected a string, got 0.1');
    }
  });

  it('rejects duplicate model names across ids and aliases', () => {
    const text = file(rate('')) + '\n  - id: n\n    name: N\n    kind: image\n    aliases: [M]\n    rates:' + rate('');
    expect(() => buildCatalog([parseCatalogFile(text, 'acme.yml')])).toThrow('model name `M` is used twice');
  });
});

describe('the generated catalog module', () => {
  it('is exactly what the schema makes of the YAML files (it is trusted at run time)', async () => {
    const { catalogData } = await import('./data.generated.js');
    const { ProviderCatalog } = (await import('./schema.js')).catalogSchemas();
    for (const provider of catalogData) expect(ProviderCatalog.parse(provider)).toEqual(provider);
  });
});
