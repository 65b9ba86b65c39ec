import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, expectNoSecret, recordingTransport, serve } from '../test/server.js';
import { createRunwareClient, isProviderError } from './index.js';

// Runware's modelSearch: the architecture of a community model, which decides how it is billed.
const KEY = 'sk-SECRET-123';
const UUID = '11111111-1111-4111-8111-111111111111';
afterEach(closeServers);

const client = (url: string) =>
  createRunwareClient({ apiKey: KEY, baseUrl: url, transport: recordingTransport().transport, uuid: () => UUID });

describe('runware model search', () => {
  it('asks for the AIR over every visibility and returns the result whose AIR it is', async () => {
    const server = await serve([
      {
        body: {
          data: [
            {
              taskType: 'modelSearch',
              taskUUID: UUID,
              results: [
                { air: 'civitai:1@9', name: 'A merge that mentions it', architecture: 'sd1x' },
                { air: 'civitai:618692@691639', name: 'FLUX fine-tune', version: 'v2', architecture: 'flux1d', category: 'checkpoint' },
              ],
              totalResults: 2,
            },
          ],
        },
      },
    ]);
    const c = client(server.url);
    expect(await c.getModelInfo('CIVITAI:618692@691639')).toEqual({
      air: 'civitai:618692@691639',
      name: 'FLUX fine-tune',
      architecture: 'flux1d',
    });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', url: '/v1' });
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(req?.body ?? '')).toEqual([
      { taskType: 'modelSearch', taskUUID: UUID, search: 'CIVITAI:618692@691639', visibility: 'all', limit: 20 },
    ]);
  });

  it('an AIR no result names is unknown (null), not a guess from a similar model', async () => {
    const server = await serve([
      { body: { data: [{ taskType: 'modelSearch', results: [{ air: 'civitai:1@9', architecture: 'sdxl' }] }] } },
    ]);
    const c = client(server.url);
    expect(await c.getModelInfo('civitai:2@2')).toBeNull();
  });

  it('an error in the body is a typed provider error that never carries the key', async () => {
    const server = await serve([
      { body: { errors: [{ code: 'invalidApiKey', message: `key ${KEY} is not valid`, taskType: 'modelSearch' }] } },
    ]);
    const c = client(server.url);
    const e = await c.getModelInfo('civitai:2@2').catch((x: unknown) => x);
    expect(isProviderError(e)).toBe(true);
    expectNoSecret(e, KEY);
  });
});
