/**
 * One finished job's bill, read from the provider that ran it: Runway `GET /v1/tasks/{id}`, fal
 * `GET /v1/models/billing-events?request_id=...`, Runpod `GET /v2/{endpointId}/status/{id}`, and
 * Runware from the task's own result (`includeCost`), with no call. The same clients, transports,
 * retries, deadline and key redaction as the account reads.
 */
import { accountFailure, bounded, startDeadline, DEFAULT_DEADLINE_MS, type AccountFailure, type AccountOptions } from './account.js';
import { createFalClient, FAL_BILLING_EVENTS_DAYS } from './fal.js';
import { createRunpodClient } from './runpod.js';
import { resultCost } from './runware.js';
import { createRunwayClient } from './runway.js';
import type { JobCost, ProviderId } from './types.js';

/** A finished job to look up: its provider and id; Runpod also its endpoint; Runware its result. */
export interface JobRef {
  provider: ProviderId;
  id: string;
  /** Runpod: the Serverless endpoint the job ran on. */
  endpointId?: string;
  /** Runware: the task's result as Runware answered it, carrying `cost` (sent with `includeCost: true`). */
  result?: unknown;
}

export interface JobOptions extends Omit<AccountOptions, 'uuid'> {
  /** fal: the earliest time to look for the request's billing event, ISO. Default 89 days before `now`. */
  since?: string;
}

/** A job whose bill could not be read: its kind and message (no key in it). */
export interface JobFailure extends AccountFailure {
  id: string;
}

/** The earliest start fal accepts, with a day's room for its clock: 89 days before now. */
export function falSince(nowMs: number): string {
  return new Date(nowMs - (FAL_BILLING_EVENTS_DAYS - 1) * 86_400_000).toISOString();
}

/**
 * Reads one job's bill and never throws for a provider's answer or a bad job reference: either
 * is a JobFailure naming why (a job not found, a refused key, a Runware result without `cost`).
 * A job still running is a JobCost with `state: "pending"`.
 */
export async function readJobCost(job: JobRef, options: JobOptions): Promise<JobCost | JobFailure> {
  const provider = job.provider;
  const id = typeof job.id === 'string' ? job.id : '';
  try {
    const now = options.now ?? Date.now;
    const deadline = startDeadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS, now);
    const transport = bounded(options.transport, deadline);
    const common = { apiKey: options.apiKey, transport, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) };
    switch (provider) {
      case 'runway':
        return await createRunwayClient(common).getTaskCost(job.id);
      case 'fal':
        return await createFalClient(common).getRequestCost(job.id, { start: options.since ?? falSince(now()) });
      case 'runpod': {
        const client = createRunpodClient({
          ...common,
          ...(options.serverlessBaseUrl ? { serverlessBaseUrl: options.serverlessBaseUrl } : {}),
        });
        return await client.getJobStatus(job.endpointId as string, job.id);
      }
      case 'runware':
        return resultCost(job.result, id || undefined);
    }
  } catch (e) {
    return { ...accountFailure(provider, e, { ...options, uuid: () => '' }), id };
  }
}

export function isJobFailure(value: JobCost | JobFailure): value is JobFailure {
  return 'error' in value;
}
