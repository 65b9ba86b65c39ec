import { describe, expect, it } from 'vitest';
import { GenspendErrors } from '../errors.js';
import { estimateWorkload } from '../estimate/estimate.js';
import { money } from '../money.js';
import { workloadJson } from '../report/json.js';
import { defaultCatalog } from './default.js';
import { catalogWithPrices, checkPriceFile, parsePriceFile } from './price-file.js';

const flux = (runs: number) => ({
  name: 'thumbs',
  provider: 'fal',
  model: 'fal-ai/flux/dev',
  attributes: { runs: money(runs), width: money(1024), height: money(1024) },
});

const contract = `version: 1
providers:
  fal:
    models:
      - id: fal-ai/flux/dev
        name: FLUX.1 [dev] (negotiated)
        kind: image
        rates:
          - unit: image
            amount: '0.011'
            source: https://example.com/our-fal-contract
            checkedAt: 2026-10-01
            effectiveFrom: 2026-10-01
            basis: contract
`;

describe('price file', () => {
  it('prices a model the file overrides at the contract rate, and says so', () => {
    const catalog = catalogWithPrices(defaultCatalog(), contract);
    const w = estimateWorkload(flux(1000), catalog, 'month');
    expect(w.cost!.toFixed()).toBe('11');
    const json = workloadJson(w);
    expect(json.basis).toBe('contract');
    expect(json.lines.map((l) => l.priceSource)).toEqual(['genspend.prices.yml']);
  });

  it('takes a provider-wide discount off the built-in rates, exactly', () => {
    const catalog = catalogWithPrices(defaultCatalog(), 'version: 1\nproviders:\n  fal:\n    discount: 15%\n');
    const w = estimateWorkload(flux(1000), catalog, 'month');
    // 1000 x 1 MP x $0.025 x 0.85 = $21.25
    expect(w.cost!.toFixed()).toBe('21.25');
    expect(workloadJson(w).lines[0]).toMatchObject({ priceSource: 'genspend.prices.yml', discount: '15%' });
    // other providers keep the catalog's rates
    const runway = estimateWorkload(
      { name: 'clip', provider: 'runway', model: 'gen4.5', attributes: { runs: money(1), seconds: money(5) } },
      catalog,
      'month',
    );
    expect(workloadJson(runway).lines[0]!.priceSource).toBe('catalog');
  });

  it('leaves the built-in catalog alone without a file', () => {
    const w = estimateWorkload(flux(1000), catalogWithPrices(defaultCatalog(), undefined), 'month');
    expect(w.cost!.toFixed()).toBe('25');
    expect(workloadJson(w).lines[0]!.priceSource).toBe('catalog');
  });

  it('refuses a bad file with file:line, field and fix', () => {
    const bad = contract.replace("amount: '0.011'", "amount: '-1'");
    let error: unknown;
    try {
      parsePriceFile(bad, 'genspend.prices.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GenspendErrors);
    expect((error as GenspendErrors).format()).toMatch(/genspend\.prices\.yml:10: .*amount.*decimal string/);
    expect(() => parsePriceFile('version: 1\nproviders:\n  fal:\n    discount: 15\n', 'p.yml')).toThrow(
      /p\.yml:4: providers\.fal\.discount/,
    );
    expect(() => catalogWithPrices(defaultCatalog(), 'version: 1\nproviders:\n  nope: {}\n')).toThrow(/no provider `nope`/);
  });

  it('warns on a locked rate older than the limit, with how to refresh it', () => {
    const locked = parsePriceFile(contract.replace('basis: contract', 'basis: account'), 'genspend.prices.yml');
    expect(checkPriceFile(locked, 'genspend.prices.yml', '2026-10-31')).toEqual([]);
    expect(checkPriceFile(locked, 'genspend.prices.yml', '2026-11-01')).toEqual([
      {
        level: 'warning',
        provider: 'fal',
        file: 'genspend.prices.yml',
        path: 'providers.fal.models[0].rates[0] (fal-ai/flux/dev)',
        message: 'price last checked 2026-10-01, 31 days ago: run `genspend prices lock` to read it from fal again',
      },
    ]);
    expect(checkPriceFile(locked, 'genspend.prices.yml', '2026-11-01', { maxAgeDays: 60 })).toEqual([]);
  });
});
