import type { QuoteProvider } from '@genspend/core';
import { isRunpodConfig } from './paths.js';

/** A raw request to a provider's API, told from the URL the code sends it to. */
export interface UrlMatch {
  readonly provider: QuoteProvider;
  readonly url: string;
  /** The model or endpoint the URL names; null when that part is not literal or the API takes it in the body. */
  readonly model: string | null;
  readonly task?: string;
  readonly dynamicModel: boolean;
}

/** Stands for a part of a URL the code computes (a template's `${id}`, an f-string's `{id}`). */
export const HOLE = '\u0000';

const RUNWAY_READS = new Set(['tasks', 'organization', 'uploads', 'avatars', 'voices']);
const RUNPOD_JOBS = new Set(['run', 'runsync']);

/**
 * A provider URL that starts paid work: `https://fal.run/<endpoint>`, `https://queue.fal.run/<endpoint>`
 * (not its `/requests/` status and result reads), `https://api.runware.ai/v1`, `wss://ws-api.runware.ai/v1`,
 * `https://api.dev.runwayml.com/v1/<task>`, `https://api.runpod.ai/v2/<endpoint>/run|runsync`.
 * `text` is the string's value with HOLE where it is computed; a URL whose host is computed is not one.
 */
export function matchUrl(text: string): UrlMatch | undefined {
  const m = /^(https?|wss?):\/\/([a-z0-9.-]+)(\/[^?#\s]*)?/i.exec(text);
  if (!m) return undefined;
  const host = m[2]!.toLowerCase();
  const path = (m[3] ?? '').replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean);
  const shownUrl = text.replaceAll(HOLE, '…');
  const named = (s: string | undefined) => (s === undefined || s.includes(HOLE) ? null : s);
  switch (host) {
    case 'fal.run':
    case 'queue.fal.run': {
      if (parts.length === 0 || parts.includes('requests')) return undefined;
      const model = named(parts.join('/'));
      return { provider: 'fal', url: shownUrl, model, dynamicModel: model === null };
    }
    case 'api.runware.ai':
    case 'ws-api.runware.ai':
      if (parts[0] !== 'v1') return undefined;
      return { provider: 'runware', url: shownUrl, model: null, dynamicModel: false };
    case 'api.dev.runwayml.com': {
      if (parts[0] !== 'v1' || parts.length !== 2) return undefined;
      const task = named(parts[1]);
      if (task !== null && RUNWAY_READS.has(task)) return undefined;
      return { provider: 'runway', url: shownUrl, model: null, ...(task ? { task } : {}), dynamicModel: false };
    }
    case 'api.runpod.ai': {
      if (parts[0] !== 'v2' || parts.length !== 3) return undefined;
      const job = parts[2]!;
      if (!RUNPOD_JOBS.has(job.toLowerCase())) return undefined;
      const model = named(parts[1]);
      return { provider: 'runpod', url: shownUrl, model, dynamicModel: model === null };
    }
    default:
      return undefined;
  }
}

/** Quick refusal before parsing: a file naming none of these cannot call a provider. */
export const MARKERS = ['@fal-ai/', 'fal_client', 'fal.run', 'runware', 'runwayml', 'runpod', 'genSpend', 'genspend'];
// one search for them all: eight `includes` cost a scan of a large tree more than its reads
const MARKER = new RegExp(MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
export const mentionsProvider = (text: string): boolean => MARKER.test(text);

/**
 * Whether a file can hold a call site, told without a parser: a Runpod config always, any other
 * file only when it names a provider. `scanFile` finds nothing in the others, so a caller may skip them.
 */
export const mayHoldCalls = (file: string, text: string): boolean => isRunpodConfig(file) || mentionsProvider(text);
