import type { QuoteProvider } from '../quote/types.js';

/** A value the scanner read from source: only literals, as the code writes them. */
export type ScanLiteral = string | number | boolean | null | readonly ScanLiteral[] | { readonly [key: string]: ScanLiteral };

/**
 * One place in a repository's code or config that starts paid work at a provider: an SDK call,
 * a raw HTTP request to a provider's API, an n8n node, a Runpod endpoint config.
 */
export interface CallSite {
  /** Repository-relative path, with `/`. */
  readonly file: string;
  /** 1-based line and column of the call. */
  readonly line: number;
  readonly column: number;
  readonly provider: QuoteProvider;
  /** The package called (`@fal-ai/client`, `fal_client`), `http` for a raw request, `n8n`, `runpod-config`. */
  readonly sdk: string;
  /** The call as written, from its receiver (`fal.subscribe`, `client.imageToVideo.create`, `POST https://fal.run/…`). */
  readonly call: string;
  /**
   * The model the call runs when the code gives it as a literal or a constant in the same file:
   * a fal endpoint id, a Runway or Runware model id, a Runpod endpoint id. Null when it is not
   * literal (then `dynamic` lists `model`) or the call does not name one (a raw Runware request).
   */
  readonly model: string | null;
  /** Runway: the create endpoint (`image_to_video`); Runware: the task type. */
  readonly task?: string;
  /** The request's fields that are literal (a fal call's input, a Runway body, a Runware task), as the provider takes them. */
  readonly arguments: { readonly [key: string]: ScanLiteral };
  /** Fields whose value the scanner cannot know (`input.num_images`), `...` for a spread of unknown fields, `model` when the model is not literal. */
  readonly dynamic: readonly string[];
  /** `// genspend: <workload name>` above or on the call. */
  readonly workload?: string;
  /** `// genspend-ignore` above or on the call: listed, never compared. */
  readonly ignored?: boolean;
}
