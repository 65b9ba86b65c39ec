import { z } from 'zod';
import { GenspendError, GenspendErrors } from '../errors.js';
import { Decimal } from '../money.js';
import { parseYaml } from '../yaml/read.js';
import { issuesToErrors } from '../validate.js';
import { staleDays, type CatalogFinding, type StaleOptions } from './check.js';
import { indexCatalog, type Catalog } from './lookup.js';
import { setPriceOrigin, type PriceOrigin } from './origin.js';
import { catalogSchemas, type ProviderCatalog, type Rate, type RateRange } from './schema.js';

/** The name genspend looks for next to the manifests and at the repository root. */
export const PRICE_FILE_NAME = 'genspend.prices.yml';

/** The price file's schema, built on first use (it takes the catalog's model schema). */
export function priceFileSchema() {
  return (priceFile ??= definePriceFile());
}
let priceFile: ReturnType<typeof definePriceFile> | undefined;

function definePriceFile() {
  /** "15%" or "12.5%": an exact decimal percentage, under 100. */
  const Discount = z.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/, { message: 'expected a percentage under 100 such as "15%" or "12.5%"' });
  const PriceFileProvider = z
    .object({
      /** Taken off every built-in rate of the provider (not off the models listed here). */
      discount: Discount.optional(),
      /** Models added, or replacing the built-in model with the same id (the catalog's model schema). */
      models: z.array(catalogSchemas().Model).default([]),
    })
    .strict();
  return z
    .object({
      $schema: z.string().optional(),
      version: z.literal(1, { message: 'expected `version: 1`' }),
      providers: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'expected a lower-case provider id' }), PriceFileProvider),
    })
    .strict();
}
export type PriceFile = z.infer<ReturnType<typeof priceFileSchema>>;

/** Parses and validates a price file's text, with file:line on every problem. */
export function parsePriceFile(text: string, file: string): PriceFile {
  const parsed = parseYaml(text, file, { exactNumbers: false });
  const schema = priceFileSchema();
  const result = schema.safeParse(parsed.value);
  if (!result.success) throw new GenspendErrors(issuesToErrors(result.error.issues, schema, parsed, file));
  return result.data;
}

/**
 * The built-in catalog with a price file laid over it: the file's models win over built-in
 * models of the same id (or alias), a discount scales every remaining built-in rate of its
 * provider. `fal: {discount: 15%}` on a $0.025 image: 0.025 x (1 - 0.15) = $0.02125, exact.
 */
export function applyPriceFile(catalog: Catalog, prices: PriceFile, file: string = PRICE_FILE_NAME): Catalog {
  const providers = catalog.providers.map((provider): ProviderCatalog => {
    const entry = prices.providers[provider.provider];
    if (!entry) return provider;
    const factor = entry.discount ? new Decimal(1).minus(new Decimal(entry.discount.slice(0, -1)).div(100)) : undefined;
    const mark = (rate: Rate, origin: PriceOrigin): Rate => {
      const copy = { ...rate };
      setPriceOrigin(copy, origin);
      return copy;
    };
    const own = entry.models.map((m) => ({ ...m, rates: m.rates.map((r) => mark(r, { priceSource: file })) }));
    const names = new Set(entry.models.flatMap((m) => [m.id, ...m.aliases]).map((n) => n.toLowerCase()));
    const builtIn = provider.models
      .filter((m) => ![m.id, ...m.aliases].some((n) => names.has(n.toLowerCase())))
      .map((m) =>
        factor
          ? {
              ...m,
              // a per-request minimum is a price too: the discount lowers it with the rates
              ...(m.minimum ? { minimum: { ...m.minimum, amount: scaled(m.minimum.amount, factor) } } : {}),
              rates: m.rates.map((r) => mark(discounted(r, factor), { priceSource: file, discount: entry.discount! })),
            }
          : m,
      );
    return { ...provider, models: [...own, ...builtIn] };
  });
  for (const id of Object.keys(prices.providers)) {
    if (!catalog.provider(id))
      throw new GenspendError(
        `${file}: providers.${id}: genspend has no provider \`${id}\``,
        { file },
        `use one of ${catalog.providers.map((p) => p.provider).join(', ')}`,
      );
  }
  return indexCatalog(providers);
}

// toFixed keeps a plain decimal string (no exponent), which the rate's reader expects
const scaled = (amount: string, factor: Decimal) => new Decimal(amount).times(factor).toFixed();

function discounted(rate: Rate, factor: Decimal): Rate {
  const scale = (amount: string) => scaled(amount, factor);
  return {
    ...rate,
    ...(rate.included ? { included: { ...rate.included, amount: scale(rate.included.amount) } } : {}),
    ...(rate.amount !== undefined ? { amount: scale(rate.amount) } : {}),
    ...(rate.tiers ? { tiers: rate.tiers.map((t) => ({ ...t, amount: scale(t.amount) })) } : {}),
    ...(rate.measured ? { measured: rate.measured.map((m) => ({ ...m, amount: scale(m.amount) })) } : {}),
    ...(rate.range ? { range: discountedRange(rate.range, scale) } : {}),
  };
}

/** The catalog for a price file's text (or the built-in one when there is none). */
export function catalogWithPrices(catalog: Catalog, text: string | undefined, file: string = PRICE_FILE_NAME): Catalog {
  return text === undefined ? catalog : applyPriceFile(catalog, parsePriceFile(text, file), file);
}

/**
 * A price file's own rates not read again within the limit: a locked rate checked 2026-09-01
 * is 91 days old on 2026-12-01, over the 30-day default.
 */
export function checkPriceFile(prices: PriceFile, file: string, today: string, options: StaleOptions = {}): CatalogFinding[] {
  const findings: CatalogFinding[] = [];
  for (const [provider, entry] of Object.entries(prices.providers)) {
    entry.models.forEach((model, m) =>
      model.rates.forEach((rate, r) => {
        const age = staleDays(rate.checkedAt, today, options.maxAgeDays);
        if (age === undefined) return;
        const how =
          rate.basis === 'contract'
            ? 'confirm the negotiated rate and update checkedAt'
            : `run \`genspend prices lock\` to read it from ${provider} again`;
        findings.push({
          level: 'warning',
          provider,
          file,
          path: `providers.${provider}.models[${m}].rates[${r}] (${model.id})`,
          message: `price last checked ${rate.checkedAt}, ${age} days ago: ${how}`,
        });
      }),
    );
  }
  return findings;
}

/** The discount moves a range's ends with the rate it brackets. */
function discountedRange(range: RateRange, scale: (amount: string) => string): RateRange {
  const side = (v: RateRange['low']) =>
    v === undefined ? undefined : typeof v === 'string' ? scale(v) : v.map((m) => ({ ...m, amount: scale(m.amount) }));
  const low = side(range.low);
  const high = side(range.high);
  return { ...range, ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}
