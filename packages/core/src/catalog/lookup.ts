import { closest, GenspendError } from '../errors.js';
import type { ArchitectureEntry, Model, ProviderCatalog, UnpricedName } from './schema.js';

export interface ModelMatch {
  provider: ProviderCatalog;
  model: Model;
  /** Set when the model is priced by its architecture (a community model). */
  architecture?: {
    entry: ArchitectureEntry;
    /** The catalog entry that states the model's architecture, when the catalog knows the model. */
    known?: ArchitectureEntry['models'][number];
  };
}

/** The validated catalog of every provider, indexed for lookups by model id or alias. */
export interface Catalog {
  readonly providers: readonly ProviderCatalog[];
  provider(id: string): ProviderCatalog | undefined;
  /** Case-insensitive; matches ids and aliases. */
  model(provider: string, id: string): ModelMatch | undefined;
  /** A name the catalog knows but cannot price (a Runpod Pods-only GPU); case-insensitive. */
  unpricedName(provider: string, id: string): UnpricedName | undefined;
  /** The compute-billed pricing of one architecture (`sdxl`), for community models the catalog does not know. */
  architecture(provider: string, id: string): ModelMatch | undefined;
  /** Whether an id names a community model (its AIR source is one the provider bills by architecture). */
  isCommunity(provider: string, id: string): boolean;
  /** The closest model id, for "did you mean" on an unknown model. */
  suggest(provider: string, id: string): string | undefined;
}

const key = (s: string) => s.trim().toLowerCase();

/** Indexes validated catalogs for lookups by provider and by model id or alias. */
export function indexCatalog(providers: readonly ProviderCatalog[]): Catalog {
  const byProvider = new Map<string, ProviderCatalog>();
  const byModel = new Map<string, ModelMatch>();
  const byUnpriced = new Map<string, UnpricedName>();
  const byArchitecture = new Map<string, ModelMatch>();
  const communitySources = new Map<string, ReadonlySet<string>>();
  for (const provider of providers) {
    if (byProvider.has(provider.provider)) throw new GenspendError(`provider ${provider.provider} appears in two catalog files`);
    byProvider.set(provider.provider, provider);
    for (const model of provider.models) {
      for (const name of [model.id, ...model.aliases]) {
        const k = `${provider.provider}\u0000${key(name)}`;
        if (byModel.has(k))
          throw new GenspendError(
            `catalog ${provider.provider}: model name \`${name}\` is used twice`,
            undefined,
            'make ids and aliases unique',
          );
        byModel.set(k, { provider, model });
        // exact spellings resolve without case folding (the common, hot path)
        byModel.set(`${provider.provider}\u0000${name}`, { provider, model });
      }
    }
    communitySources.set(provider.provider, new Set((provider.communitySources ?? []).map(key)));
    for (const entry of provider.architectures ?? []) {
      const model = architectureModel(entry);
      byArchitecture.set(`${provider.provider}\u0000${entry.id}`, { provider, model, architecture: { entry } });
      for (const known of entry.models ?? []) {
        const k = `${provider.provider}\u0000${key(known.id)}`;
        if (byModel.has(k))
          throw new GenspendError(
            `catalog ${provider.provider}: community model \`${known.id}\` is also a model name or listed twice`,
            undefined,
            'list a community model under one architecture, and not as a model too',
          );
        const match: ModelMatch = { provider, model, architecture: { entry, known } };
        byModel.set(k, match);
        byModel.set(`${provider.provider}\u0000${known.id}`, match);
      }
    }
    for (const entry of provider.unpricedNames ?? []) {
      for (const name of entry.ids) {
        const k = `${provider.provider}\u0000${key(name)}`;
        if (byModel.has(k) || byUnpriced.has(k))
          throw new GenspendError(
            `catalog ${provider.provider}: unpriced name \`${name}\` is also a model name or listed twice`,
            undefined,
            'a name is either a model (priced) or an unpriced name, once',
          );
        byUnpriced.set(k, entry);
      }
    }
  }
  return Object.freeze({
    providers: Object.freeze(providers),
    provider: (id: string) => byProvider.get(key(id)),
    model: (provider: string, id: string) => byModel.get(`${provider}\u0000${id}`) ?? byModel.get(`${key(provider)}\u0000${key(id)}`),
    unpricedName: (provider: string, id: string) => byUnpriced.get(`${key(provider)}\u0000${key(id)}`),
    architecture: (provider: string, id: string) => byArchitecture.get(`${key(provider)}\u0000${key(id)}`),
    isCommunity(provider: string, id: string) {
      const at = id.indexOf(':');
      return at > 0 && (communitySources.get(key(provider))?.has(key(id.slice(0, at))) ?? false);
    },
    suggest(provider: string, id: string) {
      const p = byProvider.get(key(provider));
      return p
        ? closest(
            id,
            p.models.flatMap((m) => [m.id, ...m.aliases]),
            4,
          )
        : undefined;
    },
  });
}

/** An architecture's pricing as a model, so the estimate prices it like any compute-billed entry. */
function architectureModel(entry: ArchitectureEntry): Model {
  return {
    id: entry.id,
    name: entry.name,
    kind: 'image',
    aliases: [],
    requires: [],
    defaults: {},
    accepts: {},
    rates: entry.rates,
    ...(entry.note ? { note: entry.note } : {}),
  };
}
