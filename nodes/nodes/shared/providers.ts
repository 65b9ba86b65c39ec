import {
  createFalClient,
  createRunpodClient,
  createRunwareClient,
  createRunwayClient,
  type Balance,
  type ProviderId,
  type TierLimits,
  type UsageHistory,
  type UsageWindow,
} from '@genspend/providers';
import { randomUUID } from 'crypto';
import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';
import { n8nTransport } from './transport';

export const PROVIDER_IDS: readonly ProviderId[] = ['fal', 'runpod', 'runware', 'runway'];

export const PROVIDER_OPTIONS: INodePropertyOptions[] = [
  { name: 'Fal.ai', value: 'fal' },
  { name: 'Runpod Serverless', value: 'runpod' },
  { name: 'Runware', value: 'runware' },
  { name: 'Runway API', value: 'runway' },
];

/** The n8n credential type of each provider. */
export const CREDENTIAL_TYPES: Record<ProviderId, string> = {
  fal: 'falApi',
  runpod: 'runpodApi',
  runware: 'runwareApi',
  runway: 'runwayApi',
};

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}

/** What the balance node reads from a provider; only Runway has usage tiers. */
export interface ProviderReader {
  getBalance(): Promise<Balance>;
  getUsage(window: UsageWindow): Promise<UsageHistory>;
  getTierLimits?(): Promise<TierLimits>;
}

/** A base URL from the credential; blank means the provider's own API. */
function url(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The provider's client with the credential's key and base URLs, talking through n8n. The key
 * goes into the built requests only so that errors can be scrubbed of it; n8n's HTTP helper
 * sends the credential's own header instead.
 */
export async function readerFor(ctx: IExecuteFunctions, provider: ProviderId): Promise<ProviderReader> {
  const credentials = await ctx.getCredentials(CREDENTIAL_TYPES[provider]);
  const apiKey = typeof credentials.apiKey === 'string' ? credentials.apiKey : '';
  const baseUrl = url(credentials.baseUrl);
  const common = { apiKey, transport: n8nTransport(ctx, CREDENTIAL_TYPES[provider]), ...(baseUrl ? { baseUrl } : {}) };
  switch (provider) {
    case 'runway':
      return createRunwayClient(common);
    case 'runware': {
      const client = createRunwareClient({ ...common, uuid: randomUUID });
      return { getBalance: client.getBalance, getUsage: client.getUsage };
    }
    case 'fal': {
      const client = createFalClient(common);
      return { getBalance: client.getBalance, getUsage: client.getUsage };
    }
    case 'runpod': {
      const restBaseUrl = url(credentials.restBaseUrl);
      const client = createRunpodClient({ ...common, ...(restBaseUrl ? { restBaseUrl } : {}) });
      return { getBalance: client.getBalance, getUsage: client.getUsage };
    }
  }
}
