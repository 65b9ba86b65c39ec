/**
 * What the end-to-end suites compare n8n with: the stand-ins' account, jobs on all four
 * providers, and `genspend` itself (the CLI binary) for the reference figures.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Account } from '../../nodes/test/provider-answers.js';

const CLI = join(import.meta.dirname, '../../packages/cli/bin/genspend.js');
const run = promisify(execFile);

export const KEYS = {
  runway: 'rw-e2e-SECRET-0001',
  runware: 'rr-e2e-SECRET-0002',
  fal: 'fal-e2e-SECRET-0003',
  runpod: 'rp-e2e-SECRET-0004',
};

/** The account the stand-ins answer for unless a test says otherwise. */
export const ACCOUNT: Account = {
  runway: {
    credits: 5000,
    models: {
      'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 48 },
      'veo3.1_fast': { maxConcurrentGenerations: 1, maxDailyGenerations: 10, used: 1 },
    },
    usage: [
      { date: '2026-11-03', model: 'gen4.5', amount: 1800 },
      { date: '2026-11-12', model: 'veo3.1_fast', amount: 1200 },
    ],
  },
  runware: { balance: 12.34, usage: [{ date: '2026-11-02', spend: 1.75 }] },
  fal: { balance: 24.5, usage: [{ date: '2026-11-03', endpoint: 'fal-ai/veo3', cost: 2.8 }] },
  runpod: { balance: 2, spendPerHour: 0.5, spendLimit: 80, spend: [{ date: '2026-11-04', endpointId: 'ep-1', amount: 30 }] },
};

/** Jobs on all four providers, one per item, as an upstream node would hand them over. */
export const JOBS = [
  { provider: 'runware', model: 'runware:101@1', width: 1024, height: 1024, steps: 30 },
  { provider: 'runware', model: 'klingai:kling-video@3-standard', seconds: 5, audio: false },
  { provider: 'fal', model: 'fal-ai/flux/dev', width: 1536, height: 1024 },
  { provider: 'fal', model: 'fal-ai/veo3.1', seconds: 8, audio: true, resolution: '1080p' },
  { provider: 'runpod', model: 'H100 PRO', seconds: 2.3, coldStarts: 1, coldStartSeconds: 12, idleSeconds: 5 },
  { provider: 'runpod', model: 'L40S', worker: 'active', activeWorkers: 1 },
  { provider: 'runway', model: 'veo3.1_fast', seconds: 8, audio: false },
  { provider: 'runway', model: 'gen4_image', resolution: '1080p', results: 2 },
  { provider: 'runway', model: 'eleven_multilingual_v2', characters: 1234 },
];
export const ATTRIBUTES = [...new Set(JOBS.flatMap((j) => Object.keys(j)))].filter((k) => k !== 'provider' && k !== 'model');

/** `genspend` itself, for the reference figures. */
export function referenceCli(cwd: string) {
  return async (args: string[], env: Record<string, string> = {}): Promise<Record<string, unknown>> => {
    const result = await run(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };
}

/** A manifest with one workload per job, in `dir`. */
export function writeManifest(dir: string, jobs: ReadonlyArray<Record<string, unknown>>): string {
  const lines = jobs.map((job, i) => {
    const { provider, model, ...attributes } = job;
    const fields = {
      name: `job ${i}`,
      provider,
      [provider === 'runpod' ? 'gpu' : 'model']: model,
      ...(attributes.worker === 'active' ? {} : { runs: 1 }),
      ...attributes,
    };
    return `  - ${JSON.stringify(fields)}`;
  });
  const file = join(dir, 'genspend.yml');
  writeFileSync(file, `version: 1\nperiod: month\nworkloads:\n${lines.join('\n')}\n`);
  return file;
}

/** The environment that points `genspend balance` at the stand-in with the suite's keys. */
export function balanceEnv(standInUrl: string): Record<string, string> {
  const env: Record<string, string> = {
    RUNWAYML_API_SECRET: KEYS.runway,
    RUNWARE_API_KEY: KEYS.runware,
    FAL_KEY: KEYS.fal,
    RUNPOD_API_KEY: KEYS.runpod,
    GENSPEND_RUNPOD_REST_BASE_URL: standInUrl,
  };
  for (const p of ['runway', 'runware', 'fal', 'runpod']) env[`GENSPEND_${p.toUpperCase()}_BASE_URL`] = standInUrl;
  return env;
}
