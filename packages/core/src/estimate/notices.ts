import { STALE_AFTER_DAYS, staleDays } from '../catalog/check.js';
import type { WorkloadEstimate } from './types.js';

/**
 * What a reader should know before trusting one estimate: its own warnings (an unverified
 * price, a retired model, an ignored attribute), a price modeled rather than listed or measured,
 * and a rate last compared with its source more than `maxAgeDays` before `today` (YYYY-MM-DD).
 */
export function estimateNotices(estimate: WorkloadEstimate, today: string, maxAgeDays: number = STALE_AFTER_DAYS): string[] {
  const notes = [...estimate.warnings];
  const model = estimate.model ?? estimate.provider;
  if (estimate.basis === 'modeled')
    notes.push(`modeled price for ${model}: scaled from a measured run by pixels and steps, not a listed rate`);
  const oldest = estimate.lines.map((l) => l.rate.checkedAt).sort()[0];
  const age = oldest === undefined ? undefined : staleDays(oldest, today, maxAgeDays);
  if (age !== undefined) notes.push(`stale price for ${model}: last checked against its source on ${oldest}, ${age} days ago`);
  return notes;
}
