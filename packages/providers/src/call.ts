import { ProviderError } from './errors.js';
import { MAX_RESPONSE_BYTES, tooLargeError, TransportError, type Parser, type ProviderRequest, type Transport } from './http.js';
import { decodeBody } from './internal/parse.js';

/**
 * Send a built request through the front door's transport and parse the answer. This is the
 * one place where I/O meets meaning: a missing response becomes a `timeout`/`network`
 * ProviderError (a passed deadline is a `timeout`, a body over the size limit a
 * `bad-response`), and every error leaving here has the request's secrets scrubbed from its
 * message, in case a provider or an HTTP library echoes the Authorization header.
 */
export async function call<T>(transport: Transport, request: ProviderRequest, parse: Parser<T>): Promise<T> {
  const secrets = secretsOf(request);
  let response;
  try {
    response = await transport(request);
    // A transport that buffers whole bodies (n8n's helper) cannot stop at the limit; the parsers still refuse one over it.
    if (response.bodyText.length > MAX_RESPONSE_BYTES) throw tooLargeError(MAX_RESPONSE_BYTES);
  } catch (e) {
    throw noResponse(request, e).redact(secrets);
  }
  try {
    return parse(response.status, decodeBody(response.bodyText), response.headers);
  } catch (e) {
    throw e instanceof ProviderError ? e.redact(secrets) : e;
  }
}

const KIND_OF = { timeout: 'timeout', network: 'network', deadline: 'timeout', 'too-large': 'bad-response' } as const;

function noResponse(request: ProviderRequest, e: unknown): ProviderError {
  const kind = e instanceof TransportError ? KIND_OF[e.kind] : 'network';
  const reason = e instanceof Error ? e.message : String(e);
  return new ProviderError({ kind, provider: request.provider, message: `${request.provider} ${request.endpoint}: ${reason}` });
}

const SECRET_HEADERS = /^(authorization|x-api-key|x-key|api-key|cookie)$/i;

/** Header values that carry credentials, whole and without their scheme ("Bearer sk-1" -> also "sk-1"). */
export function secretsOf(request: ProviderRequest): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!SECRET_HEADERS.test(name)) continue;
    secrets.push(value);
    const token = /^\S+\s+(.+)$/.exec(value)?.[1];
    if (token) secrets.push(token);
  }
  // Longest first, so "Bearer sk-1" is replaced whole before "sk-1" could split it.
  return secrets.sort((a, b) => b.length - a.length);
}
