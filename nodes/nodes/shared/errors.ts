import { problemsOf } from '@genspend/core';
import { isProviderError, type ProviderError, type ProviderErrorKind } from '@genspend/providers';
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

type Failure = NonNullable<NodeApiError['failure']>;

/** Bad input for one item or the node: what is wrong and how to fix it. */
export class JobInputError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** decimal.js tags its numbers, whichever copy of the library made them. */
const isDecimal = (value: unknown): value is { toFixed(): string } => Object.prototype.toString.call(value) === '[object Decimal]';

/**
 * A value a user gave, for an error message: text quoted and cut short (it may come from an
 * item), numbers as printed, NaN as NaN rather than JSON's null.
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

/** What the user does about each kind of provider failure, shown as the error's description. */
const FIXES: Record<ProviderErrorKind, string> = {
  auth: 'Check the API key in the credential.',
  'admin-key-required': 'fal answers balance and usage only to keys with the Admin scope: put an admin key in the credential.',
  locked: 'The account is locked or empty: top up the balance. Retrying will not help.',
  'insufficient-credits': 'Buy credits before submitting more work. Retrying will not help.',
  'daily-limit': 'Wait for the rolling 24 hours to pass, or move to a higher usage tier.',
  'rate-limited': 'Wait and run again, or turn on Retry On Fail in the node settings.',
  unavailable: 'The provider is having trouble; run again later.',
  timeout: 'The provider did not answer in time; run again later.',
  network: 'Check the base URL in the credential and the network between n8n and the provider.',
  'bad-request': 'Check the base URL in the credential: the provider rejected the request.',
  'not-found': 'Check the base URL in the credential: the provider has no such endpoint there.',
  'bad-response': 'The provider answered in a shape genspend does not know; the message names the field.',
};

/**
 * n8n's failure causes: an empty or locked account and a hit tier limit are `quota-exhausted`
 * (waiting or paying cures them), throttling is `rate-limited` with the provider's wait, a
 * refused key is `credential-invalid`.
 */
export function failureOf(e: ProviderError): Failure | undefined {
  const wait = e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {};
  switch (e.kind) {
    case 'auth':
    case 'admin-key-required':
      return { cause: 'credential-invalid' };
    case 'locked':
    case 'insufficient-credits':
    case 'daily-limit':
      return { cause: 'quota-exhausted' };
    case 'rate-limited':
      return { cause: 'rate-limited', ...wait };
    case 'unavailable':
    case 'timeout':
    case 'network':
      return { cause: 'temporarily-unavailable', ...wait };
    case 'bad-request':
    case 'not-found':
      return { cause: 'configuration-invalid' };
    case 'bad-response':
      return undefined;
  }
}

/** A failed provider call as n8n shows it. ProviderError messages never carry the key (see providers' `call`). */
export function providerApiError(node: INode, e: ProviderError, itemIndex?: number): NodeApiError {
  const failure = failureOf(e);
  const response: JsonObject = { message: e.message, kind: e.kind, provider: e.provider };
  if (e.status !== undefined) response.status = e.status;
  if (e.retryAfterMs !== undefined) response.retryAfterMs = e.retryAfterMs;
  return new NodeApiError(node, response, {
    message: e.message,
    description: FIXES[e.kind],
    ...(e.status !== undefined ? { httpCode: String(e.status) } : {}),
    ...(itemIndex !== undefined ? { itemIndex } : {}),
    ...(failure ? { failure } : {}),
  });
}

/**
 * Any error from an item's work as an n8n error with the item index: provider failures as
 * NodeApiError, bad input (genspend's own errors, bad credential fields) as NodeOperationError.
 */
export function nodeErrorFor(node: INode, e: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
  if (e instanceof NodeApiError || e instanceof NodeOperationError) return e;
  if (e instanceof JobInputError) return new NodeOperationError(node, e.message, { itemIndex, description: `Fix: ${e.fix}` });
  if (isProviderError(e)) return providerApiError(node, e, itemIndex);
  const problems = problemsOf(e);
  if (problems) {
    const [first] = problems;
    return new NodeOperationError(node, problems.map((p) => p.message).join('; '), {
      itemIndex,
      ...(first?.fix ? { description: `Fix: ${first.fix}` } : {}),
    });
  }
  // the provider clients check the credential's fields before any request
  const field = e instanceof TypeError ? /^Expected `(apiKey|baseUrl|restBaseUrl)`/.exec(e.message)?.[1] : undefined;
  if (field) {
    return new NodeOperationError(node, `The credential is not usable: ${(e as Error).message}`, {
      itemIndex,
      description: 'Open the credential and correct the field named.',
      failure: { cause: field === 'apiKey' ? 'credential-invalid' : 'configuration-invalid' },
    });
  }
  return new NodeOperationError(node, e instanceof Error ? e : String(e), { itemIndex });
}
