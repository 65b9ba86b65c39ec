import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, recordingTransport, serve } from '../test/server.js';
import { fal, falSince, readJobCost, runpod, runway, type JobRef } from './index.js';

// One finished job's bill from each provider, against stand-ins answering the documented shapes.
const KEY = 'key-SECRET-987';
const NOW = Date.parse('2026-12-01T12:00:00Z');
afterEach(closeServers);

const read = (url: string, job: JobRef, extra: Record<string, unknown> = {}) =>
  readJobCost(job, { apiKey: KEY, baseUrl: url, transport: recordingTransport().transport, now: () => NOW, ...extra });

describe('Runway GET /v1/tasks/{id}', () => {
  it('reads cost.credits of a finished task, with the key and version headers', async () => {
    const server = await serve([{ body: { id: 'task-1', status: 'SUCCEEDED', cost: { credits: 60 }, estimatedCost: { credits: 60 } } }]);
    await expect(read(server.url, { provider: 'runway', id: 'task-1' })).resolves.toEqual({
      provider: 'runway',
      id: 'task-1',
      state: 'finished',
      status: 'SUCCEEDED',
      credits: '60',
      source: 'runway GET /v1/tasks/{id}',
    });
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v1/tasks/task-1' });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(server.requests[0]?.headers['x-runway-version']).toBe('2024-11-06');
  });

  it('reads a refunded task as 0 credits, and a running one as pending with its estimate', async () => {
    const server = await serve([
      { body: { id: 't', status: 'FAILED', cost: { credits: 0 } } },
      { body: { id: 't', status: 'RUNNING', estimatedCost: { credits: 120 } } },
    ]);
    await expect(read(server.url, { provider: 'runway', id: 't' })).resolves.toMatchObject({ state: 'finished', credits: '0' });
    await expect(read(server.url, { provider: 'runway', id: 't' })).resolves.toMatchObject({
      state: 'pending',
      status: 'RUNNING',
      estimatedCredits: '120',
    });
  });

  it('names a finished task without cost, and a task Runway does not know, without the key', async () => {
    const server = await serve([
      { body: { id: 't', status: 'SUCCEEDED' } },
      { status: 404, body: { error: `Task not found for key ${KEY}` } },
    ]);
    await expect(read(server.url, { provider: 'runway', id: 't' })).resolves.toEqual({
      provider: 'runway',
      id: 't',
      error: { kind: 'bad-response', message: 'runway GET /v1/tasks/{id}: missing field cost.credits (the task is SUCCEEDED)' },
    });
    const missing = await read(server.url, { provider: 'runway', id: 't' });
    expect(missing).toMatchObject({ error: { kind: 'not-found' } });
    expect(JSON.stringify(missing)).not.toContain(KEY);
    expect(JSON.stringify(missing)).toContain('Task not found for key [redacted]');
  });
});

describe('fal GET /v1/models/billing-events', () => {
  it('asks for the one request since 89 days back with the admin key, and reads cost_total', async () => {
    const server = await serve([
      {
        body: {
          billing_events: [
            { request_id: 'req-1', endpoint_id: 'fal-ai/flux/dev', unit: 'image', output_units: 2, unit_price: 0.025, cost_total: 0.05 },
          ],
          next_cursor: null,
          has_more: false,
        },
      },
    ]);
    await expect(read(server.url, { provider: 'fal', id: 'req-1' })).resolves.toEqual({
      provider: 'fal',
      id: 'req-1',
      state: 'finished',
      amountUsd: '0.05',
      model: 'fal-ai/flux/dev',
      units: { quantity: '2', unit: 'image', unitPrice: '0.025' },
      source: 'fal GET /v1/models/billing-events',
    });
    expect(server.requests[0]?.url).toBe(`/v1/models/billing-events?request_id=req-1&start=${falSince(NOW)}`);
    expect(falSince(NOW)).toBe('2026-09-03T12:00:00.000Z');
    expect(server.requests[0]?.headers.authorization).toBe(`Key ${KEY}`);
  });

  it('falls back to cost_estimate_nano_usd, then to units x price less the discount, over every page', async () => {
    const server = await serve([
      // the documented example: 1.5 units x $0.001 = 1,500,000 nano USD
      {
        body: {
          billing_events: [
            { request_id: 'r', output_units: 1.5, unit_price: 0.001, percent_discount: null, cost_estimate_nano_usd: 1500000 },
          ],
          next_cursor: 'Mg==',
          has_more: true,
        },
      },
      // 2 x $0.001 less 10% = $0.0018
      { body: { billing_events: [{ request_id: 'r', output_units: 2, unit_price: 0.001, percent_discount: 10 }], has_more: false } },
    ]);
    // 0.0015 + 0.0018
    await expect(read(server.url, { provider: 'fal', id: 'r' })).resolves.toMatchObject({
      amountUsd: '0.0033',
      units: { quantity: '3.5', unitPrice: '0.001' },
    });
    expect(server.requests[1]?.url).toContain('cursor=Mg%3D%3D');
  });

  it('says so when fal has no event for the request, and when the key is not an admin key', async () => {
    const server = await serve([
      { body: { billing_events: [{ request_id: 'other', cost_total: 1 }], has_more: false } },
      { status: 403, body: { error: { type: 'authorization_error', message: 'Admin key required' } } },
    ]);
    const none = await read(server.url, { provider: 'fal', id: 'req-9' });
    expect(none).toMatchObject({ id: 'req-9', error: { kind: 'not-found' } });
    expect((none as { error: { message: string } }).error.message).toContain(
      'no billing event for request "req-9" since 2026-09-03T12:00:00.000Z',
    );
    await expect(read(server.url, { provider: 'fal', id: 'req-9' })).resolves.toMatchObject({ error: { kind: 'admin-key-required' } });
  });

  it('refuses an event with no cost at all rather than reading $0', async () => {
    const server = await serve([{ body: { billing_events: [{ request_id: 'r', output_units: 2 }], has_more: false } }]);
    await expect(read(server.url, { provider: 'fal', id: 'r' })).resolves.toMatchObject({
      error: { kind: 'bad-response', message: 'fal /v1/models/billing-events: missing field billing_events[0].cost_total' },
    });
  });
});

describe('Runpod GET /v2/{endpointId}/status/{id}', () => {
  it('reads executionTime and delayTime of a finished job from the Serverless host', async () => {
    const server = await serve([{ body: { id: 'job-1', status: 'COMPLETED', delayTime: 2300, executionTime: 12450 } }]);
    await expect(
      read('http://127.0.0.1:1', { provider: 'runpod', id: 'job-1', endpointId: 'ep-abc' }, { serverlessBaseUrl: server.url }),
    ).resolves.toEqual({
      provider: 'runpod',
      id: 'job-1',
      state: 'finished',
      status: 'COMPLETED',
      executionMs: '12450',
      delayMs: '2300',
      source: 'runpod GET /v2/{endpointId}/status/{id}',
    });
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/v2/ep-abc/status/job-1' });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('reads a queued job as pending, and needs the endpoint id', async () => {
    const server = await serve([{ body: { id: 'job-2', status: 'IN_QUEUE', delayTime: 900 } }]);
    await expect(
      read(server.url, { provider: 'runpod', id: 'job-2', endpointId: 'ep' }, { serverlessBaseUrl: server.url }),
    ).resolves.toMatchObject({
      state: 'pending',
      status: 'IN_QUEUE',
    });
    await expect(read(server.url, { provider: 'runpod', id: 'job-2' })).resolves.toMatchObject({
      error: { kind: 'configuration', message: 'runpod: Expected a Runpod endpoint id (`endpointId`), got undefined.' },
    });
  });

  it('refuses a COMPLETED job without executionTime', async () => {
    const server = await serve([{ body: { id: 'job-3', status: 'COMPLETED' } }]);
    await expect(
      read(server.url, { provider: 'runpod', id: 'job-3', endpointId: 'ep' }, { serverlessBaseUrl: server.url }),
    ).resolves.toMatchObject({
      error: { kind: 'bad-response', message: 'runpod GET /v2/{endpointId}/status/{id}: missing field executionTime' },
    });
  });
});

describe('Runware results with includeCost', () => {
  it('reads cost from the result without a call', async () => {
    await expect(
      read('http://127.0.0.1:1', { provider: 'runware', id: '', result: { taskType: 'imageInference', taskUUID: 'a-b', cost: 0.0013 } }),
    ).resolves.toEqual({
      provider: 'runware',
      id: 'a-b',
      state: 'finished',
      status: 'imageInference',
      amountUsd: '0.0013',
      source: 'runware result cost (includeCost)',
    });
  });

  it('refuses a result without cost, never reading $0', async () => {
    await expect(read('http://127.0.0.1:1', { provider: 'runware', id: 'x', result: { taskUUID: 'x' } })).resolves.toMatchObject({
      error: {
        kind: 'configuration',
        message: 'runware: The Runware result carries no `cost`. Send the task with `"includeCost": true` and pass its result.',
      },
    });
  });
});

describe('job request builders', () => {
  it("use each provider's own host by default and keep ids in one path segment", () => {
    expect(runway.taskRequest({ apiKey: KEY }, 'a/b c').url).toBe('https://api.dev.runwayml.com/v1/tasks/a%2Fb%20c');
    expect(runpod.jobStatusRequest({ apiKey: KEY }, 'ep-1', 'job-2').url).toBe('https://api.runpod.ai/v2/ep-1/status/job-2');
    expect(fal.billingEventsRequest({ apiKey: KEY }, 'req-1', { start: '2026-09-03T12:00:00.000Z' }).url).toBe(
      'https://api.fal.ai/v1/models/billing-events?request_id=req-1&start=2026-09-03T12:00:00.000Z',
    );
    expect(() => runway.taskRequest({ apiKey: KEY }, ' ')).toThrow('Expected a Runway task id, got " ".');
    expect(() => fal.billingEventsRequest({ apiKey: KEY }, 'r', { start: 'yesterday' })).toThrow('Expected `start` to be an ISO timestamp');
  });
});
