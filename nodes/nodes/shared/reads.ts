import type { AccountClient, Balance, ProviderId, TierLimits, UsageHistory, UsageWindow } from '@genspend/providers';
import type { IExecuteFunctions } from 'n8n-workflow';
import { readerFor } from './providers';

/**
 * A provider's answers for one execution: each endpoint is asked once however many items come
 * in, and every item reads the same answer (or the same error).
 */
export class ProviderReads {
  private readonly cache = new Map<string, Promise<unknown>>();
  private client: Promise<AccountClient> | undefined;

  constructor(
    private readonly ctx: IExecuteFunctions,
    readonly provider: ProviderId,
  ) {}

  balance(): Promise<Balance> {
    return this.once('balance', (r) => r.getBalance());
  }

  usage(window: UsageWindow): Promise<UsageHistory> {
    return this.once(`usage ${window.startDate} ${window.beforeDate}`, (r) => r.getUsage(window));
  }

  /** Runway only; the caller checks the provider first. */
  tierLimits(): Promise<TierLimits> {
    return this.once('tier', (r) => {
      if (!r.getTierLimits) return Promise.reject(new TypeError(`${this.provider} has no usage tiers`));
      return r.getTierLimits();
    });
  }

  private once<T>(key: string, read: (reader: AccountClient) => Promise<T>): Promise<T> {
    let found = this.cache.get(key) as Promise<T> | undefined;
    if (!found) {
      found = this.reader().then(read);
      this.cache.set(key, found);
    }
    return found;
  }

  private reader(): Promise<AccountClient> {
    this.client ??= readerFor(this.ctx, this.provider);
    return this.client;
  }
}
