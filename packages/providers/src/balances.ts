import { assessAccount, GenspendError, type AccountReport, type Catalog, type Estimate, type Thresholds } from '@genspend/core';
import { accountOptionsFromEnv, KEY_VARIABLES, PROVIDER_IDS, readAccount } from './account.js';
import type { ProviderId, UsageWindow } from './types.js';
import type { Transport } from './http.js';

type Env = Readonly<Record<string, string | undefined>>;

/** How a front door tells its user to give keys: a flag and a shell variable, or a step's `env:`. */
export interface KeyWording {
  /** The problem when no key is found and no provider was named. */
  readonly noKeys: string;
  /** Where named providers came from, appended to "no key for X" ("named in the `providers` input"). */
  readonly namedIn?: string;
  /** How to give these key variables. */
  readonly giveKeys: (variables: readonly string[]) => string;
}

const hasKey = (env: Env, p: ProviderId) => Boolean(env[KEY_VARIABLES[p]]?.trim());

/**
 * The providers a balance check reads: those named, each of which must have its key; or, when
 * none is named, every provider whose key is in the environment (at least one).
 */
export function chooseProviders(named: readonly ProviderId[] | undefined, env: Env, wording: KeyWording): ProviderId[] {
  if (!named || named.length === 0) {
    const found = PROVIDER_IDS.filter((p) => hasKey(env, p));
    if (found.length === 0) throw new GenspendError(wording.noKeys, undefined, wording.giveKeys(PROVIDER_IDS.map((p) => KEY_VARIABLES[p])));
    return found;
  }
  const chosen = [...new Set(named)];
  const missing = chosen.filter((p) => !hasKey(env, p));
  if (missing.length)
    throw new GenspendError(
      `no key for ${missing.join(', ')}${wording.namedIn ? `, ${wording.namedIn}` : ''}`,
      undefined,
      wording.giveKeys(missing.map((p) => KEY_VARIABLES[p])),
    );
  return chosen;
}

export interface BalanceCheckOptions {
  readonly env: Env;
  readonly transport: Transport;
  readonly uuid: () => string;
  readonly deadlineMs: number;
  readonly window: UsageWindow;
  readonly catalog: Catalog;
  readonly thresholds: Thresholds;
  readonly estimate?: Estimate;
}

/** Reads every chosen account at once and forecasts each: the one path of `genspend balance` and the Action's balance mode. */
export async function checkBalances(providers: readonly ProviderId[], options: BalanceCheckOptions): Promise<AccountReport[]> {
  const { env, transport, uuid, deadlineMs, window, catalog, thresholds, estimate } = options;
  return Promise.all(
    providers.map(async (p) =>
      assessAccount(await readAccount(p, { ...accountOptionsFromEnv(p, env)!, transport, uuid, deadlineMs }, window), {
        catalog,
        thresholds,
        ...(estimate ? { estimate } : {}),
      }),
    ),
  );
}
