import { accountClient, PROVIDER_IDS, withDeadline, type AccountClient, type JobOptions, type ProviderId } from '@genspend/providers';
import { randomUUID } from 'crypto';
import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';
import { n8nTransport } from './transport';

export { PROVIDER_IDS };

/** Labels for the editor, one per provider the clients know (a test checks none is missing). */
export const PROVIDER_OPTIONS: INodePropertyOptions[] = [
  { name: 'Fal.ai', value: 'fal' },
  { name: 'Runpod Serverless', value: 'runpod' },
  { name: 'Runware', value: 'runware' },
  { name: 'Runway API', value: 'runway' },
];

/**
 * The label of a parameter's value, as the source of an n8n expression: a chain of comparisons,
 * because n8n's expression sandbox does not read an object literal by a computed key.
 */
export function labelOf(parameter: string, options: ReadonlyArray<{ name: string; value: unknown }>): string {
  const ref = `$parameter[${JSON.stringify(parameter)}]`;
  return `(${options.map((o) => `${ref} === ${JSON.stringify(o.value)} ? ${JSON.stringify(o.name)} : `).join('')}"")`;
}

/** The provider's label for a node subtitle. */
export const providerSubtitle = labelOf('provider', PROVIDER_OPTIONS);

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

/** A base URL from the credential; blank means the provider's own API. */
function url(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** One read of an account (all its pages and retries) ends within this, as in the CLI and the Action. */
export const READ_DEADLINE_MS = 120_000;

/**
 * The provider's account client with the credential's key and base URLs, talking through n8n.
 * Its requests share one deadline from now: a paged usage history cannot run on for hours.
 * The key goes into the built requests only so that errors can be scrubbed of it; n8n's HTTP
 * helper sends the credential's own header instead.
 */
export async function readerFor(ctx: IExecuteFunctions, provider: ProviderId): Promise<AccountClient> {
  const credentials = await ctx.getCredentials(CREDENTIAL_TYPES[provider]);
  const [baseUrl, restBaseUrl] = [url(credentials.baseUrl), url(credentials.restBaseUrl)];
  return accountClient(provider, {
    apiKey: typeof credentials.apiKey === 'string' ? credentials.apiKey : '',
    transport: withDeadline(n8nTransport(ctx, CREDENTIAL_TYPES[provider]), { deadlineMs: READ_DEADLINE_MS }),
    uuid: randomUUID,
    ...(baseUrl ? { baseUrl } : {}),
    ...(restBaseUrl ? { restBaseUrl } : {}),
  });
}

/**
 * What reading one job's bill needs: the credential's key and base URLs and n8n's transport,
 * with `READ_DEADLINE_MS` per job. Runware's bill comes with its result, so it reads no credential.
 */
export async function jobOptionsFor(ctx: IExecuteFunctions, provider: ProviderId): Promise<JobOptions> {
  const transport = n8nTransport(ctx, CREDENTIAL_TYPES[provider]);
  if (provider === 'runware') return { apiKey: 'unused', transport };
  const credentials = await ctx.getCredentials(CREDENTIAL_TYPES[provider]);
  const [baseUrl, serverlessBaseUrl] = [url(credentials.baseUrl), url(credentials.serverlessBaseUrl)];
  return {
    apiKey: typeof credentials.apiKey === 'string' ? credentials.apiKey : '',
    transport,
    deadlineMs: READ_DEADLINE_MS,
    ...(baseUrl ? { baseUrl } : {}),
    ...(serverlessBaseUrl ? { serverlessBaseUrl } : {}),
  };
}
