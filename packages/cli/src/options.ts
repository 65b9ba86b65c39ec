import { PROVIDER_IDS, type ProviderId } from '@genspend/providers';
import { UsageError } from './io.js';

/** A whole-number flag within its range, or a usage error naming it. */
export function wholeNumber(flag: string, value: string, min: number, max: number, unit = ''): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(`${flag} must be a whole number${unit} from ${min} to ${max}, got ${JSON.stringify(value.slice(0, 60))}`);
  return Number(value);
}

/** `--provider runway,fal --provider runpod` as written: split, trimmed, lower-cased, not yet checked. */
export function providerList(requested: string[] | undefined): string[] {
  return (requested ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
}

/** The `--provider` list, checked against the known ids. */
export function namedProviders(requested: string[] | undefined): ProviderId[] {
  const named = providerList(requested);
  for (const p of named) if (!PROVIDER_IDS.includes(p as ProviderId)) throw unknownProvider(p);
  return named as ProviderId[];
}

export function unknownProvider(name: string): UsageError {
  return new UsageError(`--provider: unknown provider "${name}" (use ${PROVIDER_IDS.join(', ')})`);
}
