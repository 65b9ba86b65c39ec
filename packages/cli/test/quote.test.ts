import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../../test/fixtures/price-file.js';

// The built binary, as a user runs it (`npm run build` first): every request example of the
// providers' docs is quoted, and the workload the quote declares is priced by `genspend estimate`
// to the same decimal.
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const FIXTURES = new URL('../../core/src/quote/fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-quote-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: scratch, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
let n = 0;
function file(body: unknown, raw?: string): string {
  const path = `body-${n++}.json`;
  writeFileSync(join(scratch, path), raw ?? JSON.stringify(body));
  return path;
}

interface Case {
  name: string;
  target?: string;
  body: unknown;
  options?: { seconds?: number; worker?: string; given?: Record<string, number | string | boolean> };
  cost: string | null;
}
const cases = (provider: string): Case[] =>
  (JSON.parse(readFileSync(join(FIXTURES, `${provider}.json`), 'utf8')) as { cases: Case[] }).cases;

function argsOf(provider: string, c: Case, path: string): string[] {
  const sets = Object.entries(c.options?.given ?? {}).flatMap(([k, v]) => ['--set', `${k}=${String(v)}`]);
  if (provider === 'runpod') return ['quote', 'runpod', '--gpu', c.target!, '--seconds', String(c.options!.seconds), path, ...sets];
  if (provider === 'runware') return ['quote', 'runware', path, ...sets];
  return ['quote', provider, c.target!, path, ...sets];
}

type QuoteJson = { provider: string; model: string; cost: string | null; attributes: Record<string, string | boolean>; read: string[] };

/** The manifest workload a quote declares, priced by `genspend estimate`. */
function estimateOf(provider: string, jobs: QuoteJson[]): (string | null)[] {
  const workloads = jobs.map((j, i) => {
    // numbers as YAML numbers (the manifest reads them exactly), words quoted
    const fields = Object.entries(j.attributes).map(
      ([k, v]) => `${k}: ${typeof v === 'boolean' || /^\d+(\.\d+)?$/.test(v) ? v : JSON.stringify(v)}`,
    );
    const model = provider === 'runpod' ? `gpu: ${JSON.stringify(j.model)}` : `model: ${JSON.stringify(j.model)}`;
    return `  - { name: job${i}, provider: ${provider}, ${model}, ${fields.join(', ')} }`;
  });
  const manifest = `manifest-${n++}.yml`;
  writeFileSync(join(scratch, manifest), `version: 1\nworkloads:\n${workloads.join('\n')}\n`);
  const r = run(['estimate', manifest, '--format', 'json']);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { workloads: { cost: string | null }[] }).workloads.map((w) => w.cost);
}

describe("genspend quote (binary): the providers' request examples", () => {
  for (const provider of ['fal', 'runway', 'runware', 'runpod']) {
    for (const c of cases(provider)) {
      it(`${provider}: ${c.name}`, () => {
        const r = run([...argsOf(provider, c, file(c.body)), '--format', 'json']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(c.cost === null ? 1 : 0);
        const out = JSON.parse(r.stdout) as QuoteJson | QuoteJson[];
        const jobs = Array.isArray(out) ? out : [out];
        expect(Array.isArray(out)).toBe(provider === 'runware' && Array.isArray(c.body));
        if (c.cost !== null && jobs.length === 1) expect(jobs[0]!.cost).toBe(c.cost);
        const priced = jobs.filter((j) => j.cost !== null);
        // the same decimal from the manifest route, through the other binary command
        if (priced.length) expect(estimateOf(provider, priced)).toEqual(priced.map((j) => j.cost));
      });
    }
  }
});

describe('genspend quote (binary)', () => {
  const flux = { prompt: 'a cat', image_size: 'landscape_16_9', num_images: 2, seed: 7 };

  it('prints a table with what it read, assumed and ignored', () => {
    const r = run(['quote', 'fal', 'fal-ai/flux/dev', file({ prompt: 'x' })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('genspend quote: fal fal-ai/flux/dev, 1 job, one run each');
    expect(r.stdout).toContain('$0.025');
    expect(r.stdout).toContain('assumed: image_size = landscape_4_3 (1024x768) (@fal-ai/client 1.10.1 endpoint types)');
    expect(r.stdout).toContain('ignored (do not change the price): prompt');
  });

  it('reads the body from stdin with -', () => {
    const r = run(['quote', 'fal', 'fal-ai/flux/dev', '-', '--format', 'json'], JSON.stringify(flux));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cost).toBe('0.05');
  });

  it('a Runware batch is a list, one object per task, unpriced tasks with their reason', () => {
    const body = [
      { taskType: 'imageInference', model: 'runware:101@1', width: 1024, height: 1024, steps: 28 },
      { taskType: 'imageUpscale', inputImage: 'x', upscaleFactor: 2 },
    ];
    const r = run(['quote', 'runware', file(body), '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { cost: string | null; unpriced?: string }[];
    expect(out.map((j) => j.cost)).toEqual(['0.0038', null]);
    expect(out[1]!.unpriced).toBe('Runware `imageUpscale` tasks are not in the catalog yet');
    expect(run(['quote', 'runware', file(body)]).stdout).toContain('TOTAL (excludes 1 unpriced)');
  });

  it('runpod: the high end at the execution timeout', () => {
    const r = run([
      'quote',
      'runpod',
      '--gpu',
      'ADA_24',
      '--seconds',
      '2.3',
      file({ input: {}, policy: { executionTimeout: 900000 } }),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ cost: '0.00093', high: { seconds: '900', cost: '0.279' } });
    expect(run(['quote', 'runpod', '--gpu', 'ADA_24', '--seconds', '2.3', file({ input: {} })]).stdout).toContain(
      'at most (600 s timeout)',
    );
  });

  it('runway: credits and USD', () => {
    const body = { model: 'gen4.5', promptText: 'x', ratio: '1280:720', duration: 5 };
    const r = run(['quote', 'runway', 'text_to_video', file(body), '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ cost: '0.6', credits: '60' });
    expect(run(['quote', 'runway', 'text_to_video', file(body)]).stdout).toContain('$0.60 (60 cr)');
  });

  it('--set gives what the body cannot carry', () => {
    const body = { model: 'eleven_voice_isolation', audioUri: 'https://example.com/a.mp3' };
    const missing = run(['quote', 'runway', 'voice_isolation', file(body)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the length in seconds of the audio sent in (`audioUri`)');
    expect(missing.stderr).toContain('--set seconds=');
    const r = run(['quote', 'runway', 'voice_isolation', file(body), '--set', 'seconds=13', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ credits: '3', read: ['model', 'given.seconds'] });
    expect(run(['quote', 'runway', 'voice_isolation', file(body), '--set', 'secnds=13']).stderr).toContain(
      'given.secnds: unknown attribute `secnds`; did you mean `seconds`?',
    );
  });

  it('a price file applies as it does to estimates', () => {
    const prices = 'prices.yml';
    writeFileSync(join(scratch, prices), CONTRACT);
    // the negotiated $0.011 per image x 2 images, in place of the catalog's per-megapixel rate
    const r = run(['quote', 'fal', 'fal-ai/flux/dev', file(flux), '--prices', prices, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ cost: '0.022', basis: 'contract' });
  });

  it('an unknown endpoint is unpriced, exit 1, never $0', () => {
    const r = run(['quote', 'fal', 'fal-ai/not-a-model', file({ prompt: 'x' }), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ cost: null, unpriced: expect.stringContaining('unknown fal.ai model') });
  });

  it('bad input: one line naming the place, exit 2, no stack trace and no body text', () => {
    const bad = run([
      'quote',
      'fal',
      'fal-ai/flux/dev',
      file(undefined, '{\n  "image_size": "landscape_4_3",\n  "apiKey": "sk-secret" oops\n}'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^genspend: body-\d+\.json:3: not valid JSON: /);
    expect(bad.stderr).not.toContain('sk-secret');
    const preset = run(['quote', 'fal', 'fal-ai/flux/dev', file({ image_size: 'landscpe_16_9' })]);
    expect(preset.stderr).toMatch(/image_size: unknown preset "landscpe_16_9"; did you mean "landscape_16_9"\?/);
    for (const [args, message] of [
      [['quote'], 'name the provider'],
      [['quote', 'fall', 'x', 'y'], 'unknown provider `fall`; did you mean `fal`?'],
      [['quote', 'fal', 'b.json'], '`genspend quote fal` takes <endpoint-id> <file|->'],
      [['quote', 'runpod', 'b.json'], 'needs --gpu <pool>'],
      [['quote', 'fal', 'x', 'b.json', '--gpu', 'ADA_24'], '--gpu, --seconds and --worker apply to `genspend quote runpod`'],
      [['quote', 'fal', 'x', 'missing.json'], 'missing.json: file does not exist'],
      [['quote', 'fal', 'x', '-', '--format', 'markdown'], '--format must be one of table, json'],
      [['quote', 'runway', 'text_to_vido', '-'], 'did you mean "text_to_video"?'],
    ] as const) {
      const r = run([...args], '{}');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('escapes what the request carries before it reaches the terminal', () => {
    const r = run(['quote', 'fal', 'fal-ai/flux/dev', file({ 'x\u001b[2Jy': 1 })]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('x\\x1b[2Jy');
  });

  it('--help', () => {
    const r = run(['quote', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('genspend quote runpod --gpu <pool> --seconds <n> [--worker flex|active] <file|->');
    expect(run(['--help']).stdout).toContain('genspend quote <fal|runway|runware|runpod>');
  });
});
