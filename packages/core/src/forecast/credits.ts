import type { Catalog } from '../catalog/catalog.js';
import { GenspendError } from '../errors.js';
import { Decimal, money } from '../money.js';

/** Money as a provider reported it: USD, or Runway's credits (the providers package never converts). */
export interface ProviderMoney {
  amountUsd?: string;
  /** Runway: the amount in credits, valued at the catalog's dated credit value. */
  credits?: string;
}

/**
 * USD per credit for a provider that bills in credits, from the catalog (the one home of the
 * value, with its own source and date); undefined for a provider that bills in USD.
 */
export function creditValue(catalog: Catalog, provider: string): Decimal | undefined {
  const usd = catalog.provider(provider)?.credit?.usd;
  return usd === undefined ? undefined : money(usd);
}

/**
 * An amount a provider reported, in USD: credits at the catalog's credit value, USD as given.
 * 50,000 Runway credits x $0.01 -> $500.
 */
export function inUsd(catalog: Catalog, provider: string, amount: ProviderMoney): Decimal {
  if (amount.credits !== undefined) {
    const value = creditValue(catalog, provider);
    if (!value)
      throw new GenspendError(
        `${provider} reports money in credits, but the catalog has no credit value for ${provider}`,
        undefined,
        `add \`credit.usd\` to the ${provider} catalog`,
      );
    return money(amount.credits).times(value);
  }
  if (amount.amountUsd === undefined) throw new TypeError(`${provider}: an amount needs \`amountUsd\` or \`credits\``);
  return money(amount.amountUsd);
}

/** One day of usage as the providers package reads it (USD, or credits for Runway). */
export interface ProviderUsageDay extends ProviderMoney {
  date: string;
  /** Per model, in the day's own money. */
  byModel?: Readonly<Record<string, string>>;
}

export interface UsageDayUsd {
  date: string;
  amountUsd: string;
  credits?: string;
  byModel?: Record<string, string>;
}

/**
 * Usage days in USD, for showing: a Runway day of 120 credits (gen4.5: 120) ->
 * { amountUsd: "1.2", credits: "120", byModel: { gen4.5: "1.2" } } at $0.01 a credit.
 */
export function usageDaysInUsd(catalog: Catalog, provider: string, days: readonly ProviderUsageDay[]): UsageDayUsd[] {
  return days.map((day) => {
    const usd = (amount: string) => inUsd(catalog, provider, day.credits !== undefined ? { credits: amount } : { amountUsd: amount });
    return {
      date: day.date,
      amountUsd: usd(day.credits ?? day.amountUsd!).toFixed(),
      ...(day.credits !== undefined ? { credits: day.credits } : {}),
      ...(day.byModel ? { byModel: Object.fromEntries(Object.entries(day.byModel).map(([m, v]) => [m, usd(v).toFixed()])) } : {}),
    };
  });
}
