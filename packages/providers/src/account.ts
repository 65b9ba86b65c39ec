import { burnPerDay } from './burn-rate.js';
import { isProviderError, redact } from './errors.js';
import { deadlineError, type Deadline, type Transport } from './http.js';
import { OptionError } from './internal/request.js';
import { createFalClient } from './fal.js';
import { createRunpodClient } from './runpod.js';
import { createRunwareClient } from './runware.js';
import { createRunwayClient } from './runway.js';
import type { Balance, ProviderId, TierLimits, UsageHistory, UsageWindow } from './types.js';

export const PROVIDER_IDS: readonly ProviderId[] = ['runway', 'runware', 'fal', 'runpod'];

/** Where each provider's key comes from: the variable names its own SDK reads. */
export const KEY_VARIABLES: Readonly<Record<ProviderId, string>> = {
  runway: 'RUNWAYML_API_SECRET',
  runware: 'RUNWARE_API_KEY',
  fal: 'FAL_KEY',
  runpod: 'RUNPOD_API_KEY',
};

/** One account read (balance, every usage page, tier limits, their retries and waits) ends within this. */
export const DEFAULT_DEADLINE_MS = 120_000;

type HostOption = 'baseUrl' | 'restBaseUrl' | 'contentBaseUrl' | 'serverlessBaseUrl';

/** How to reach one provider's account: its key, the transport, and any host overrides. */
export interface AccountOptions {
  apiKey: string;
  transport: Transport;
  baseUrl?: string;
  /** Runpod's REST host (billing history). */
  restBaseUrl?: string;
  /** Runware's public content host (model pricing). */
  contentBaseUrl?: string;
  /** Runpod's Serverless host (job status). */
  serverlessBaseUrl?: string;
  /** Runware task ids: a v4 UUID source (node:crypto's randomUUID, or the front door's own). */
  uuid: () => string;
  /** `readAccount` only: the whole read's deadline in ms. Default 120 000 (2 minutes). */
  deadlineMs?: number;
  /** `readAccount` only: the clock the deadline runs on, epoch ms. Default Date.now. */
  now?: () => number;
  /** Where each host override was set (`GENSPEND_FAL_BASE_URL`), so a bad one is named as the user wrote it. */
  settingNames?: Partial<Record<HostOption, string>>;
}

/** The account calls every provider answers; only Runway has live usage-tier limits. */
export interface AccountClient {
  getBalance(): Promise<Balance>;
  getUsage(window: UsageWindow): Promise<UsageHistory>;
  getTierLimits?: () => Promise<TierLimits>;
}

export function accountClient(provider: ProviderId, options: AccountOptions): AccountClient {
  const { apiKey, transport, baseUrl, restBaseUrl, contentBaseUrl, uuid } = options;
  const common = { apiKey, transport, ...(baseUrl ? { baseUrl } : {}) };
  switch (provider) {
    case 'runway': {
      const c = createRunwayClient(common);
      return { getBalance: c.getBalance, getUsage: c.getUsage, getTierLimits: c.getTierLimits };
    }
    case 'runware': {
      const c = createRunwareClient({ ...common, uuid, ...(contentBaseUrl ? { contentBaseUrl } : {}) });
      return { getBalance: c.getBalance, getUsage: c.getUsage };
    }
    case 'fal': {
      const c = createFalClient(common);
      return { getBalance: c.getBalance, getUsage: c.getUsage };
    }
    case 'runpod': {
      const c = createRunpodClient({ ...common, ...(restBaseUrl ? { restBaseUrl } : {}) });
      return { getBalance: c.getBalance, getUsage: c.getUsage };
    }
  }
}

/**
 * The key and host overrides of one provider from an environment: the key from its SDK's
 * variable, hosts from GENSPEND_<PROVIDER>_BASE_URL (and _REST_BASE_URL, _CONTENT_BASE_URL).
 * The environment is passed in, so this module reads no globals.
 */
export function accountOptionsFromEnv(
  provider: ProviderId,
  env: Readonly<Record<string, string | undefined>>,
): Omit<AccountOptions, 'transport' | 'uuid'> | undefined {
  const apiKey = env[KEY_VARIABLES[provider]]?.trim();
  if (!apiKey) return undefined;
  const settingNames = hostVariables(provider);
  const host = (option: HostOption) => env[settingNames[option]]?.trim() || undefined;
  const [baseUrl, restBaseUrl, contentBaseUrl, serverlessBaseUrl] = [
    host('baseUrl'),
    host('restBaseUrl'),
    host('contentBaseUrl'),
    host('serverlessBaseUrl'),
  ];
  return {
    apiKey,
    ...(baseUrl ? { baseUrl } : {}),
    ...(restBaseUrl ? { restBaseUrl } : {}),
    ...(contentBaseUrl ? { contentBaseUrl } : {}),
    ...(serverlessBaseUrl ? { serverlessBaseUrl } : {}),
    settingNames,
  };
}

/** The environment variables that override a provider's hosts: GENSPEND_FAL_BASE_URL and the like. */
export function hostVariables(provider: ProviderId): Record<HostOption, string> {
  const variable = (name: string) => `GENSPEND_${provider.toUpperCase()}_${name}`;
  return {
    baseUrl: variable('BASE_URL'),
    restBaseUrl: variable('REST_BASE_URL'),
    contentBaseUrl: variable('CONTENT_BASE_URL'),
    serverlessBaseUrl: variable('SERVERLESS_BASE_URL'),
  };
}

/**
 * A refused client option as the user set it: "fal: GENSPEND_FAL_BASE_URL must be an http(s)
 * URL without a user name or password, got "https://[redacted]@gateway.example" (fix: ...)".
 */
export function optionMessage(provider: ProviderId, e: OptionError, settingNames: Partial<Record<string, string>> = {}): string {
  const where = settingNames[e.option] ?? `\`${e.option}\``;
  return `${provider}: ${where} must be ${e.expected}, got ${e.got}${e.fix ? ` (fix: ${e.fix})` : ''}`;
}

/** One account read: the balance always; usage and tier limits when the API gives them. */
export interface AccountReading {
  provider: ProviderId;
  balance: Balance;
  usage?: UsageHistory;
  /** Average net USD per day over the window (days without usage count as $0). */
  burnPerDayUsd?: string;
  /** Runway: average net credits per day over the window, in credits like its balance. */
  burnPerDayCredits?: string;
  /** Why the usage history could not be read (a key without the right scope, a timeout...). */
  usageError?: string;
  limits?: TierLimits;
}

/** An account that could not be read: the error's kind and its message (no key in it). */
export interface AccountFailure {
  provider: ProviderId;
  error: { kind: string; message: string };
}

/**
 * Reads balance, usage over `window` and (Runway) tier limits at once, and never throws for a
 * provider's answer: a balance that cannot be read is an AccountFailure naming why; a usage
 * history that cannot be read is kept as `usageError` (the balance still stands), except a
 * refused key, which fails the account. Burn per day is over the whole window. The whole read
 * ends within `deadlineMs`: a part still running then fails as a `timeout` that says
 * "took longer than 120 s".
 */
export async function readAccount(
  provider: ProviderId,
  options: AccountOptions,
  window: UsageWindow,
): Promise<AccountReading | AccountFailure> {
  try {
    const deadline = startDeadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS, options.now ?? Date.now);
    const client = accountClient(provider, { ...options, transport: bounded(options.transport, deadline) });
    const days = Math.round((Date.parse(window.beforeDate) - Date.parse(window.startDate)) / 86_400_000);
    // Each call inside an async function, so one that throws at once (a bad window) is a
    // rejection like the others and no sibling's failure is left unhandled.
    const [balance, usage, limits] = await Promise.all([
      (async () => client.getBalance())(),
      (async () => client.getUsage(window))().catch((e: unknown): string => {
        if (isProviderError(e) && e.kind !== 'auth') return e.message;
        throw e;
      }),
      (async () => client.getTierLimits?.())(),
    ]);
    return {
      provider,
      balance,
      ...(typeof usage === 'string' ? { usageError: usage } : { usage, ...burnPerDay(balance, usage, days) }),
      ...(limits ? { limits } : {}),
    };
  } catch (e) {
    return accountFailure(provider, e, options);
  }
}

/**
 * Reads one provider's usage over `window` and nothing else (a reconcile needs no balance),
 * with `readAccount`'s deadline, and never throws for a provider's answer: any failure,
 * a refused key or a usage API that cannot be read, is an AccountFailure naming why.
 */
export async function readUsage(
  provider: ProviderId,
  options: AccountOptions,
  window: UsageWindow,
): Promise<{ provider: ProviderId; usage: UsageHistory } | AccountFailure> {
  try {
    const deadline = startDeadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS, options.now ?? Date.now);
    const client = accountClient(provider, { ...options, transport: bounded(options.transport, deadline) });
    return { provider, usage: await client.getUsage(window) };
  } catch (e) {
    return accountFailure(provider, e, options);
  }
}

/** A failed read as data, its message free of the key; anything else is a bug and is thrown on. */
export function accountFailure(provider: ProviderId, e: unknown, options: AccountOptions): AccountFailure {
  if (isProviderError(e)) return { provider, error: { kind: e.kind, message: e.message } };
  // a client refusing its options (a base URL that is not one): the user's configuration
  if (e instanceof OptionError) {
    const message = optionMessage(provider, e, options.settingNames);
    return { provider, error: { kind: 'configuration', message: redact(message, [options.apiKey]) } };
  }
  if (e instanceof TypeError || e instanceof RangeError)
    return { provider, error: { kind: 'configuration', message: `${provider}: ${redact(e.message, [options.apiKey])}` } };
  throw e;
}

export function startDeadline(ms: number, now: () => number): Deadline {
  if (!Number.isInteger(ms) || ms <= 0) throw new TypeError(`Expected \`deadlineMs\` to be a positive integer, got ${String(ms)}.`);
  const end = now() + ms;
  return { seconds: ms / 1000, remainingMs: () => end - now() };
}

/**
 * A transport whose requests all share one deadline, started now: for front doors that make an
 * account's calls one by one (the n8n nodes), so pages and retries of one read cannot run on
 * past `deadlineMs` (default 120 s).
 */
export function withDeadline(transport: Transport, options: { deadlineMs?: number; now?: () => number } = {}): Transport {
  return bounded(transport, startDeadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS, options.now ?? Date.now));
}

/** The front door's transport with the read's deadline on every request; none starts after it. */
export function bounded(transport: Transport, deadline: Deadline): Transport {
  return (request, options) => {
    if (deadline.remainingMs() <= 0) return Promise.reject(deadlineError(deadline));
    return transport(request, { ...options, deadline });
  };
}
