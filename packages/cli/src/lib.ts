/**
 * The library API of the `genspend` package: the pricing core (catalog, manifests, estimate,
 * diff, budget rules, reports, and `quoteRequest`, which prices a provider request body before
 * it is sent), reading manifests from disk with the CLI's checks, and the provider account reads
 * behind `genspend balance`.
 */
export * from '@genspend/core';
// named as well as re-exported: the request-quote API is what applications import first
export {
  quoteRequest,
  quoteJson,
  parseRequestBody,
  type Quote,
  type QuotedJob,
  type QuoteOptions,
  type QuoteProvider,
  type AssumedField,
  type QuoteJson,
} from '@genspend/core';
export { loadManifest, loadManifests, readManifestText } from './files.js';
export {
  accountOptionsFromEnv,
  checkBalances,
  chooseProviders,
  createFetchTransport,
  KEY_VARIABLES,
  lastDays,
  PROVIDER_IDS,
  readAccount,
  type BalanceCheckOptions,
  type KeyWording,
  type ProviderId,
  type Transport,
} from '@genspend/providers';
