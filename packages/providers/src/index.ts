/**
 * @genspend/providers: the only code that talks to provider APIs. Each provider module holds
 * pure request builders and zod-validated parsers; the front door injects the transport
 * (fetch for the CLI and the Action, n8n's HTTP helper for the nodes) and `call` joins them.
 */
export type {
  Balance,
  BilledUnits,
  CreditBalance,
  Credentials,
  JobCost,
  LivePrice,
  LivePrices,
  ModelTierLimits,
  ProviderId,
  TierLimits,
  UsageDay,
  UsageHistory,
  UsageTotals,
  UsageWindow,
  UsdBalance,
} from './types.js';
export { ProviderError, isProviderError, redact, type ProviderErrorInit, type ProviderErrorKind } from './errors.js';
export {
  MAX_RESPONSE_BYTES,
  RawBody,
  TransportError,
  type Deadline,
  type HttpRequest,
  type HttpResponse,
  type Parser,
  type ProviderRequest,
  type SendOptions,
  type Transport,
} from './http.js';
export { call, secretsOf } from './call.js';
export { OptionError } from './internal/request.js';
export { withRetries, type RetryOptions } from './transport/retry.js';
export {
  createFetchTransport,
  type FetchFunction,
  type FetchInit,
  type FetchResponse,
  type FetchTransportOptions,
} from './transport/fetch.js';
export { burnPerDay, burnRate, lastDays } from './burn-rate.js';
export { chooseProviders, checkBalances, type BalanceCheckOptions, type KeyWording } from './balances.js';
export {
  MAX_RECONCILE_DAYS,
  readBilled,
  reconcileProviders,
  reconcileWindow,
  type BilledReadOptions,
  type WindowNames,
} from './reconcile.js';
export { addDays } from './internal/days.js';

export * as runway from './runway.js';
export * as runware from './runware.js';
export * as fal from './fal.js';
export * as runpod from './runpod.js';
export { createRunwayClient, type RunwayClient, type RunwayClientOptions } from './runway.js';
export { createRunwareClient, type RunwareClient, type RunwareClientOptions } from './runware.js';
export { createFalClient, type FalClient, type FalClientOptions } from './fal.js';
export { createRunpodClient, type RunpodClient, type RunpodClientOptions } from './runpod.js';
export {
  accountClient,
  accountOptionsFromEnv,
  hostVariables,
  optionMessage,
  readAccount,
  readUsage,
  withDeadline,
  DEFAULT_DEADLINE_MS,
  KEY_VARIABLES,
  PROVIDER_IDS,
  type AccountClient,
  type AccountFailure,
  type AccountOptions,
  type AccountReading,
} from './account.js';
export { falSince, isJobFailure, readJobCost, type JobFailure, type JobOptions, type JobRef } from './jobs.js';
