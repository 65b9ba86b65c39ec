import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallSite } from '@genspend/core';
import { mayHoldCalls, mentionsProvider, scanFile, scannable, scanSource } from './index.js';
import { MARKERS } from './urls.js';

const REPO = new URL('../../../test/fixtures/scan/repo/', import.meta.url).pathname;

function scanTree(root: string): CallSite[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(root)
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter(scannable)
    .sort()
    .flatMap((file) => scanSource(file, readFileSync(join(root, file), 'utf8')));
}

const brief = (s: CallSite) => `${s.file}:${s.line} ${s.provider} ${s.sdk} ${s.model ?? '-'}${s.task ? ` ${s.task}` : ''}`;

describe('scanning a repository written the way the SDKs document their calls', () => {
  const sites = scanTree(REPO);

  it('finds every call, with file:line, provider, SDK and the literal model', () => {
    expect(sites.map(brief)).toEqual([
      '.runpod/hub.json:10 runpod runpod-config -',
      '.runpod/tests.json:4 runpod runpod-config -',
      'runpod.toml:5 runpod runpod-config -',
      'src/app/Generate.tsx:10 fal @fal-ai/client fal-ai/flux/dev',
      'src/app/Generate.tsx:13 fal @fal-ai/client fal-ai/kling-video/v2.1/master/text-to-video',
      'src/fal.ts:7 fal @fal-ai/client fal-ai/flux/dev',
      'src/fal.ts:22 fal @fal-ai/client fal-ai/flux/schnell',
      'src/http.ts:5 fal http fal-ai/recraft-v3',
      'src/http.ts:15 runware http -',
      'src/http.ts:18 runway http - text_to_video',
      'src/http.ts:20 runpod http -',
      'src/http.ts:23 fal http fal-ai/any-llm',
      'src/runpod.js:9 runpod runpod-sdk -',
      'src/runpod.js:13 runpod runpod-sdk upscaler-7x2q',
      'src/runware-next.mjs:7 runware @runware/sdk runware:100@1 imageInference',
      'src/runware.js:7 runware @runware/sdk-js runware:101@1 imageInference',
      'src/runware.js:19 runware @runware/sdk-js - videoInference',
      'src/runway.ts:8 runway @runwayml/sdk gen4_turbo image_to_video',
      'src/runway.ts:24 runway @runwayml/sdk gen4_image text_to_image',
      'vendor/generated.ts:3 fal @fal-ai/client fal-ai/excluded',
      'workers/fal_worker.py:15 fal fal_client fal-ai/flux/dev',
      'workers/fal_worker.py:28 fal fal_client fal-ai/flux/schnell',
      'workers/fal_worker.py:34 fal fal_client fal-ai/flux/schnell',
      'workers/runpod_worker.py:8 runpod runpod sdxl-4k2j',
      'workers/runpod_worker.py:11 runpod runpod sdxl-4k2j',
      'workers/runware_worker.py:22 runware runware civitai:36520@76907 imageInference',
      'workers/runware_worker.py:31 runware runware klingai:5@3 videoInference',
      'workers/runway_worker.py:7 runway runwayml gen4_turbo image_to_video',
      'workflows/images.json:11 fal n8n fal-ai/flux/schnell',
      'workflows/images.json:24 runway n8n gen4_turbo image_to_video',
      'workflows/images.json:43 runware n8n runware:101@1',
    ]);
  });

  const at = (where: string) => {
    const found = sites.find((s) => `${s.file}:${s.line}` === where);
    if (!found) throw new Error(`no call site at ${where}`);
    return found;
  };

  it('keeps literal cost-driving arguments, through a spread of a const and a parameter default', () => {
    expect(at('src/fal.ts:7').arguments).toEqual({ image_size: 'landscape_4_3', num_images: 2 });
    expect(at('src/fal.ts:7').dynamic).toEqual(['prompt']);
    expect(at('src/runware.js:7').arguments).toEqual({
      taskType: 'imageInference',
      width: 1024,
      height: 1024,
      model: 'runware:101@1',
      numberResults: 4,
    });
    expect(at('workers/runway_worker.py:7').arguments).toMatchObject({ model: 'gen4_turbo', ratio: '1280:720', duration: 10 });
    // IImageInference(...) bound to a name and passed as requestImage=
    expect(at('workers/runware_worker.py:22').arguments).toMatchObject({ numberResults: 4, width: 512, height: 512 });
  });

  it('marks what the code computes as dynamic, the model included', () => {
    expect(at('src/runpod.js:9').dynamic).toEqual(['model']); // ENDPOINT_ID from process.env
    expect(at('src/runware.js:19').dynamic).toEqual(['model', 'positivePrompt']);
    expect(at('src/runway.ts:8').dynamic).toEqual(['promptImage']);
    expect(at('src/http.ts:20').dynamic).toEqual(['model']);
    expect(at('workflows/images.json:11')).toMatchObject({ arguments: { num_images: 2 }, dynamic: ['prompt'] });
    expect(at('workflows/images.json:24').dynamic).toEqual(['promptImage']);
  });

  it('reads directive comments in both languages', () => {
    expect(at('src/app/Generate.tsx:13').workload).toBe('launch trailer');
    expect(at('workers/fal_worker.py:34').workload).toBe('nightly batch');
    expect(at('src/http.ts:23').ignored).toBe(true);
    expect(sites.filter((s) => s.workload || s.ignored)).toHaveLength(3);
  });

  it('reads Runpod configs for their GPUs, leaving out excluded ones', () => {
    expect(at('.runpod/hub.json:10').arguments).toEqual({ gpu: ['ADA_24', 'AMPERE_24'], gpuCount: 1 });
    expect(at('runpod.toml:5').arguments).toEqual({ gpu: ['NVIDIA RTX A4000', 'NVIDIA RTX A4500'], gpuCount: 1 });
  });

  it('skips status reads: a fal queue status URL and fal.queue.status start no work', () => {
    expect(sites.some((s) => s.file === 'src/http.ts' && s.line === 12)).toBe(false);
    expect(sites.some((s) => s.file === 'src/fal.ts' && s.line === 26)).toBe(false);
  });
});

describe('scanSource', () => {
  it('tells two clients of the same name in different functions apart', () => {
    const code = `import runpod
def a():
    endpoint = runpod.Endpoint("one")
    endpoint.run({"input": {}})
def b():
    endpoint = runpod.Endpoint("two")
    endpoint.run_sync({"input": {}})
`;
    expect(scanSource('w.py', code).map((s) => s.model)).toEqual(['one', 'two']);
    const js = `import runpodSdk from "runpod-sdk";
const runpod = runpodSdk("k");
function a() { const e = runpod.endpoint("one"); return e.run({ input: {} }); }
function b() { const e = runpod.endpoint("two"); return e.run({ input: {} }); }`;
    expect(scanSource('w.js', js).map((s) => s.model)).toEqual(['one', 'two']);
  });

  it('does not follow a name bound twice in one scope', () => {
    const code = `import { fal } from "@fal-ai/client";
let model = "fal-ai/flux/dev";
model = pick();
fal.run(model, { input: {} });`;
    expect(scanSource('x.ts', code)).toMatchObject([{ model: null, dynamic: ['model'] }]);
  });

  it('finds nothing in a function that only shares a name with an SDK method', () => {
    const code = `const fal = { run: (id: string) => id };
fal.run("fal-ai/flux/dev");
const client = { imageToVideo: { create: () => 1 } };
client.imageToVideo.create();`;
    expect(scanSource('x.ts', code)).toEqual([]);
  });

  it('reads require() and follows a const object member', () => {
    const code = `const { fal } = require("@fal-ai/client");
const MODELS = { poster: "fal-ai/recraft-v3" };
fal.subscribe(MODELS.poster, { input: { num_images: 1 } });`;
    expect(scanSource('x.cjs', code)).toMatchObject([{ model: 'fal-ai/recraft-v3', arguments: { num_images: 1 } }]);
  });

  it('reads code with errors as far as the parser recovers, and says where it could not', () => {
    const broken = `import { fal } from "@fal-ai/client";
fal.run("fal-ai/flux/dev", { input: {} });
const = ;`;
    expect(scanFile('x.ts', broken)).toEqual({ sites: [], problem: 'does not parse at line 3, column 7: Unexpected token' });
    expect(
      scanFile('ok.ts', 'import { fal } from "@fal-ai/client";\nlet a = 1;\nlet a = 2;\nfal.run("a/b", { input: {} });'),
    ).toMatchObject({ sites: [{ model: 'a/b' }] });
    expect(() => scanSource('x.py', 'import fal_client\nfal_client.run("fal-ai/x", arguments={\n')).not.toThrow();
    expect(scanSource('x.py', 'import fal_client\nfal_client.run("fal-ai/x", arguments={\n')).toHaveLength(1);
    expect(scanSource('w.json', '{ "nodes": [ ')).toEqual([]);
  });

  it('leaves a file that names no provider unparsed', () => {
    expect(scanSource('x.ts', 'this is not code at all {{{')).toEqual([]);
    // what a caller checks before it loads the parsers: the same rule
    expect(mayHoldCalls('x.ts', 'this is not code at all {{{')).toBe(false);
    expect(mayHoldCalls('x.ts', 'import { fal } from "@fal-ai/client"')).toBe(true);
    // Runpod's configs are read whatever they hold
    expect(mayHoldCalls('.runpod/hub.json', '{}')).toBe(true);
    expect(mayHoldCalls('svc/.runpod/tests.json', '{}')).toBe(true);
    expect(mayHoldCalls('worker/runpod.toml', '')).toBe(true);
    expect(mayHoldCalls('hub.json', '{}')).toBe(false);
  });

  it("tells the providers' names from text that only looks like them", () => {
    for (const m of MARKERS) expect(mentionsProvider(`x = 1 // ${m}\n`)).toBe(true);
    // the dot and slash are literal
    expect(mentionsProvider('falXrun @fal-aiXclient fal-client runway ml run pod genSPEND')).toBe(false);
  });
});
