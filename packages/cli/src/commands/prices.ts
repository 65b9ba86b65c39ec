import {
  closest,
  columns,
  defaultCatalog,
  describeWhen,
  GenspendError,
  knownUnpriced,
  surchargesFor,
  type ProviderCatalog,
} from '@genspend/core';
import { parseFormat, writeJson, type Io } from '../io.js';

export const pricesHelp = `Usage: genspend prices [provider] [model] [--format table|json]

Browse the catalog: every rate with its unit, conditions, basis, source and checked date.
A model filter matches ids and aliases, exactly or as a substring.`;

export async function pricesCommand(positionals: string[], values: { format?: string }, io: Io): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const [providerId, modelFilter, ...extra] = positionals;
  if (extra.length) throw new GenspendError(`unexpected argument \`${extra[0]}\``, undefined, 'use `genspend prices [provider] [model]`');
  const catalog = defaultCatalog();
  let providers: readonly ProviderCatalog[] = catalog.providers;
  if (providerId) {
    const p = catalog.provider(providerId);
    if (!p) {
      const known = catalog.providers.map((c) => c.provider);
      const guess = closest(providerId, known);
      throw new GenspendError(
        `unknown provider \`${providerId}\``,
        undefined,
        guess ? `did you mean \`${guess}\`?` : `use one of ${known.join(', ')}`,
      );
    }
    providers = [p];
  }
  const needle = modelFilter?.toLowerCase();
  const rows = providers.flatMap((p) =>
    p.models
      .filter((m) => !needle || [m.id, ...m.aliases].some((n) => n.toLowerCase().includes(needle)))
      .flatMap((m) =>
        [...m.rates, ...surchargesFor(p, m)].map((r) => ({
          provider: p.provider,
          model: m.id,
          aliases: m.aliases,
          charge: r.charge,
          unit: r.unit,
          when: r.when,
          amount: r.amount ?? null,
          tiers: r.tiers ?? null,
          measured: r.measured ?? null,
          per: r.per,
          currency: p.currency,
          basis: r.basis,
          verified: r.verified,
          checkedAt: r.checkedAt,
          source: r.source,
        })),
      ),
  );
  if (needle && rows.length === 0) {
    const known = providers.length === 1 ? knownUnpriced(catalog, providers[0]!, modelFilter!) : undefined;
    if (known) throw new GenspendError(`no price for \`${modelFilter}\`: ${known}`, undefined, 'name a GPU of a Serverless pool instead');
    const guess = providers.length === 1 ? catalog.suggest(providers[0]!.provider, modelFilter!) : undefined;
    throw new GenspendError(
      `no model matches \`${modelFilter}\``,
      undefined,
      guess ? `did you mean \`${guess}\`?` : 'run `genspend prices` to list every model',
    );
  }
  if (format === 'json') {
    await writeJson(io.stdout, { version: 1, prices: rows });
    return 0;
  }
  const table = [['PROVIDER', 'MODEL', 'CHARGE', 'WHEN', 'PRICE', 'BASIS', 'CHECKED', 'SOURCE']];
  for (const r of rows) {
    const unit = r.per === '1' ? r.unit : `${r.per} ${r.unit}`;
    const money = (a: string) => (r.currency === 'credits' ? `${a} cr` : `$${a}`);
    const price = r.amount
      ? `${money(r.amount)}/${unit}`
      : r.tiers
        ? r.tiers.map((t) => `${money(t.amount)}${t.upTo ? `<=${t.upTo}` : ''}`).join(' ') + `/${unit}`
        : `measured: ${r.measured!.map((m) => `${m.width}x${m.height}@${m.steps} ${money(m.amount)}`).join('; ')}`;
    table.push([
      r.provider,
      r.model,
      r.charge,
      describeWhen(r.when),
      price,
      r.verified ? r.basis : `${r.basis} (unverified)`,
      r.checkedAt,
      r.source,
    ]);
  }
  io.stdout.write(columns(table).join('\n') + '\n');
  return 0;
}
