import { fal, runpod, runware, runway, type ProviderRequest } from '@genspend/providers';
import type { ICredentialType, IHttpRequestOptions } from 'n8n-workflow';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FalApi } from '../credentials/FalApi.credentials';
import { RunpodApi } from '../credentials/RunpodApi.credentials';
import { RunwareApi } from '../credentials/RunwareApi.credentials';
import { RunwayApi } from '../credentials/RunwayApi.credentials';

const KEY = 'k-0123456789';
const BASE = 'https://gateway.example.test';
const uuid = () => '6f1c2a8e-3b4d-4e5f-9a6b-7c8d9e0f1a2b';

/**
 * Each credential must authenticate exactly as the provider module builds its requests, and its
 * connection test must call the balance endpoint the node reads, so a key that passes the
 * test is a key the node can use.
 */
const cases: Array<{
  credential: ICredentialType;
  defaultBase: string;
  balance: (c: { apiKey: string; baseUrl?: string }) => ProviderRequest;
}> = [
  { credential: new RunwayApi(), defaultBase: runway.RUNWAY_BASE_URL, balance: runway.balanceRequest },
  { credential: new RunwareApi(), defaultBase: runware.RUNWARE_BASE_URL, balance: (c) => runware.balanceRequest(c, { uuid }) },
  { credential: new FalApi(), defaultBase: fal.FAL_BASE_URL, balance: fal.balanceRequest },
  { credential: new RunpodApi(), defaultBase: runpod.RUNPOD_BASE_URL, balance: runpod.balanceRequest },
];

/** A `={{...}}` template with the credential's fields filled in, the way n8n resolves simple ones. */
function resolve(template: string, fields: Record<string, string>): string {
  return template.replace(/^=/, '').replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_, name: string) => fields[name] ?? '');
}

describe('credentials', () => {
  for (const { credential, defaultBase, balance } of cases) {
    describe(credential.displayName, () => {
      const built = balance({ apiKey: KEY, baseUrl: BASE });

      it('keeps the key in a password field and defaults the base URL to the real API', () => {
        const key = credential.properties.find((p) => p.name === 'apiKey');
        expect(key?.typeOptions?.password).toBe(true);
        expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe(defaultBase);
      });

      it('sends the key in the header the provider module uses', () => {
        const headers = (credential.authenticate as { properties: { headers: Record<string, string> } }).properties.headers;
        expect(Object.keys(headers)).toEqual(['Authorization']);
        expect(resolve(headers.Authorization!, { apiKey: KEY })).toBe(built.headers.Authorization);
      });

      it('tests the connection on the balance endpoint', () => {
        const request = credential.test!.request as IHttpRequestOptions;
        expect(request.baseURL).toContain('$credentials.baseUrl');
        expect(request.method).toBe(built.method);
        expect(`${BASE}${request.url}`).toBe(built.url);
      });
    });
  }
});

describe("each credential carries its provider's icon", () => {
  const ROOT = ts.findConfigFile(ts.sys.getCurrentDirectory(), ts.sys.fileExists, 'tsconfig.json')!.slice(0, -'/tsconfig.json'.length);
  const files = (credential: ICredentialType) => {
    const icon = credential.icon as { light: string; dark: string };
    return [icon.light, icon.dark].map((f) => `${ROOT}/credentials/${f.replace(/^file:/, '')}`);
  };

  it('a light and a dark icon of its own, none the GenSpend mark', () => {
    const seen = new Set<string>();
    for (const { credential } of cases) {
      const [light, dark] = files(credential).map((f) => ts.sys.readFile(f));
      expect(light, credential.name).toMatch(/^<svg /);
      expect(dark, credential.name).toMatch(/^<svg /);
      expect(light).not.toBe(dark);
      for (const f of files(credential)) expect(f).not.toMatch(/genspend/);
      seen.add(light!);
    }
    expect(seen.size).toBe(cases.length);
  });
});
