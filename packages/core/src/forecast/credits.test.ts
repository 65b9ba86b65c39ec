import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { indexCatalog } from '../catalog/lookup.js';
import type { ProviderCatalog } from '../catalog/schema.js';
import { estimateManifests } from '../estimate/manifests.js';
import { parseManifest } from '../manifest/parse.js';
import { assumptionsOf } from '../report/notes.js';
import { assessAccount } from './account.js';
import { usageDaysInUsd } from './credits.js';
import { money } from '../money.js';

/**
 * The default catalog with Runway's credit valued at `usd`, as fresh objects: a model's compiled
 * pricing is cached per model object, so a catalog sharing them would keep the old value.
 */
function catalogWithCreditAt(usd: string) {
  const providers = JSON.parse(JSON.stringify(defaultCatalog().providers)) as ProviderCatalog[];
  return indexCatalog(providers.map((p) => (p.provider === 'runway' ? { ...p, credit: { ...p.credit!, usd } } : p)));
}

const manifest = 'version: 1\nworkloads:\n  - { name: promo, provider: runway, model: gen4.5, runs: 1000, seconds: 10 }\n';

/** One Runway account read at the given catalog: 50,000 credits, 100 credits a day, a 10,000-credit cap. */
function runwayCheck(usd: string) {
  const catalog = catalogWithCreditAt(usd);
  const estimate = estimateManifests([parseManifest(manifest, 'genspend.yml')], catalog);
  const report = assessAccount(
    {
      provider: 'runway',
      balance: { credits: '50000' },
      burnPerDayCredits: '100',
      limits: { maxMonthlyCreditSpend: 10_000, models: {} },
    },
    { catalog, thresholds: { lowDays: ZERO_DAYS, criticalDays: ZERO_DAYS }, estimate },
  );
  return { catalog, estimate, report };
}
const ZERO_DAYS = money(0);

describe("Runway's credit value comes from the catalog alone", () => {
  it('the balance, the burn, days left, tier notes and the footnote all follow a changed credit value', () => {
    const at1 = runwayCheck('0.01');
    const at2 = runwayCheck('0.02');

    // 50,000 credits: $500 at $0.01, $1,000 at $0.02; 100 credits a day: $1 and $2
    expect(at1.report.forecast!.balanceUsd.toFixed()).toBe('500');
    expect(at2.report.forecast!.balanceUsd.toFixed()).toBe('1000');
    expect(at1.report.forecast!.burnPerDayUsd!.toFixed()).toBe('1');
    expect(at2.report.forecast!.burnPerDayUsd!.toFixed()).toBe('2');
    // balance and burn valued alike: days left do not depend on the credit value
    expect(at1.report.forecast!.daysLeft!.toFixed()).toBe('500');
    expect(at2.report.forecast!.daysLeft!.toFixed()).toBe('500');

    // 118,356.2 credits per 30 days: $1,183.56 needs tier 3 ($2,000), $2,367.12 needs tier 4 ($20,000)
    expect(at1.report.tier!.tierNeeded?.tier).toBe(3);
    expect(at2.report.tier!.tierNeeded?.tier).toBe(4);
    expect(at2.report.forecast!.reasons).toContain(
      'the plan needs 118357 credits per 30 days; the tier caps purchases at 10000: tier 4 (unlocked at $1000 purchased) allows $20000',
    );

    // the plan: 120,000 credits a month
    expect(at1.estimate.total.toFixed()).toBe('1200');
    expect(at2.estimate.total.toFixed()).toBe('2400');
    expect(assumptionsOf(at1.estimate)).toContain('Runway credits are converted at $0.01 per credit');
    expect(assumptionsOf(at2.estimate)).toContain('Runway credits are converted at $0.02 per credit');
    expect(assumptionsOf(at2.estimate).join('\n')).not.toContain('$0.01');
  });

  it('usage days in credits are shown in USD at the catalog value, per day and per model', () => {
    const days = [{ date: '2026-03-16', credits: '105', byModel: { 'gen4.5': '120', 'veo3.1_fast': '-15' } }];
    expect(usageDaysInUsd(catalogWithCreditAt('0.02'), 'runway', days)).toEqual([
      { date: '2026-03-16', amountUsd: '2.1', credits: '105', byModel: { 'gen4.5': '2.4', 'veo3.1_fast': '-0.3' } },
    ]);
    // USD days stay as they are
    expect(usageDaysInUsd(defaultCatalog(), 'fal', [{ date: '2026-03-16', amountUsd: '1.5' }])).toEqual([
      { date: '2026-03-16', amountUsd: '1.5' },
    ]);
  });

  it('credits without a credit value in the catalog are an error, never a guess', () => {
    const catalog = indexCatalog(defaultCatalog().providers.filter((p) => p.provider !== 'runway'));
    expect(() =>
      assessAccount(
        { provider: 'runway', balance: { credits: '1' }, burnPerDayCredits: '1' },
        {
          catalog,
          thresholds: { lowDays: ZERO_DAYS, criticalDays: ZERO_DAYS },
        },
      ),
    ).toThrow('runway reports money in credits, but the catalog has no credit value for runway');
  });
});
