import { TransportError, withRetries, type HttpResponse, type Transport } from '@genspend/providers';
import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/** Per attempt, like the CLI's fetch transport. */
export const TIMEOUT_MS = 10_000;

/**
 * Extra attempts after the first on 429, 5xx, timeouts and network failures. A Retry-After
 * longer than 30 s ends the retries at once; the error carries the wait for n8n.
 */
export const RETRIES = 2;

/** The builders put the key in these headers; n8n adds it again from the credential, so they are dropped here. */
const CREDENTIAL_HEADERS = /^(authorization|x-api-key|x-key|api-key)$/i;

interface FullResponse {
  statusCode: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}

/**
 * The providers' requests sent through n8n's HTTP helper, so n8n applies the credential (and
 * its proxy, SSRF and logging rules) the way it does for every node. Every status resolves
 * (error statuses are the parsers' business); only a missing response rejects, as a
 * TransportError. Bounded retries wait with n8n-workflow's `sleep`.
 */
export function n8nTransport(ctx: IExecuteFunctions, credentialType: string): Transport {
  const once: Transport = (request) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) if (!CREDENTIAL_HEADERS.test(name)) headers[name] = value;
    const options: IHttpRequestOptions = {
      method: request.method,
      url: request.url,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      // raw text: the providers' parsers decode it and keep non-JSON error pages readable
      encoding: 'text',
      json: false,
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
      timeout: TIMEOUT_MS,
    };
    return ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options).then(
      (response: FullResponse) => toResponse(response),
      (e: unknown) => {
        throw noResponse(e);
      },
    );
  };
  return withRetries(once, { sleep: (ms) => sleep(ms), retries: RETRIES });
}

function toResponse(response: FullResponse): HttpResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  const body = response.body;
  const bodyText = typeof body === 'string' ? body : body === undefined || body === null ? '' : JSON.stringify(body);
  return { status: response.statusCode, headers, bodyText };
}

/** Names the failure by its code only: n8n's and axios's errors can carry the request, headers included. */
function noResponse(e: unknown): TransportError {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : '';
  if (/ETIMEDOUT|ECONNABORTED|TIMEOUT/i.test(code ?? '') || /timed? ?out/i.test(message))
    return new TransportError('timeout', `no response within ${TIMEOUT_MS} ms`);
  return new TransportError('network', `network error${code ? ` (${code})` : ''}`);
}

function errorCode(e: unknown): string | undefined {
  for (let current = e, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
