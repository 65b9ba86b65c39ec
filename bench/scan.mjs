// `genspend scan` on a generated tree of 10,000 source files (TypeScript, JavaScript, Python),
// next to `grep -rE` for the providers' names over the same tree. Run by `npm run bench`.
//  - typical: 1 file in 100 calls a provider, as in an application repository
//  - worst case: every file names a provider, so every file is parsed
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const BIN = join(root, 'packages/cli/bin/genspend.js');
const FILES = 10_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const body = {
  ts: (i) =>
    `import { readFile } from "node:fs/promises";\n\nexport interface Item${i} { id: string; size: number; tags: string[] }\n\n` +
    Array.from(
      { length: 12 },
      (_, k) =>
        `export async function load${k}(path: string): Promise<Item${i}[]> {\n  const text = await readFile(path, "utf8");\n  return JSON.parse(text).filter((x: Item${i}) => x.size > ${k});\n}\n`,
    ).join('\n'),
  js: (i) =>
    `const express = require("express");\nconst app = express();\n\n` +
    Array.from(
      { length: 12 },
      (_, k) =>
        `app.get("/items/${i}/${k}", async (req, res) => {\n  const rows = await db.query("select * from items where id = $1", [req.params.id]);\n  res.json(rows.map((r) => ({ ...r, n: ${k} })));\n});\n`,
    ).join('\n'),
  py: (i) =>
    `import json\nfrom pathlib import Path\n\n\nclass Store${i}:\n    def __init__(self, root):\n        self.root = Path(root)\n\n` +
    Array.from(
      { length: 12 },
      (_, k) =>
        `    def load_${k}(self, name):\n        with open(self.root / name) as f:\n            return [x for x in json.load(f) if x["size"] > ${k}]\n`,
    ).join('\n'),
};
const calls = {
  ts: (i) =>
    `import { fal } from "@fal-ai/client";\n\nexport const run${i} = (prompt: string) =>\n  fal.subscribe("fal-ai/flux/dev", { input: { prompt, num_images: ${1 + (i % 4)} } });\n`,
  js: (i) =>
    `import { Runware } from "@runware/sdk-js";\nconst runware = new Runware({ apiKey: process.env.KEY });\nexport const run${i} = (positivePrompt) =>\n  runware.requestImages({ positivePrompt, model: "runware:101@1", width: 1024, height: 1024, numberResults: ${1 + (i % 4)} });\n`,
  py: (i) =>
    `import fal_client\n\n\ndef run_${i}(prompt):\n    return fal_client.subscribe("fal-ai/flux/schnell", arguments={"prompt": prompt, "num_images": ${1 + (i % 4)}})\n`,
};

function tree(every) {
  const dir = mkdtempSync(join(tmpdir(), 'genspend-scan-bench-'));
  for (let i = 0; i < FILES; i++) {
    const ext = ['ts', 'js', 'py'][i % 3];
    const folder = join(dir, `pkg${i % 50}`, `mod${i % 7}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `file${i}.${ext}`), body[ext](i) + (i % every === 0 ? '\n' + calls[ext](i) : ''));
  }
  return dir;
}

function time(cmd, args, cwd) {
  const times = [];
  let out;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    out = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
  }
  return { ms: median(times), out };
}

const GREP = ['-rE', '--include=*.ts', '--include=*.js', '--include=*.py', 'fal\\.run|fal_client|@fal-ai|runware|runwayml|runpod', '.'];
console.log('');
console.log(`genspend scan on ${FILES.toLocaleString('en-US')} generated source files (median of 5 runs, whole process):`);
for (const [label, every] of [
  ['1 file in 100 calls a provider', 100],
  ['every file calls a provider (all parsed)', 1],
]) {
  const dir = tree(every);
  try {
    const scan = time(process.execPath, [BIN, 'scan', '--format', 'json', '--undeclared', 'off'], dir);
    const found = JSON.parse(scan.out.stdout).counts.calls;
    const grep = time('grep', GREP, dir);
    const lines = grep.out.stdout.split('\n').filter(Boolean).length;
    console.log(
      `  ${label}: genspend scan ${scan.ms.toFixed(0)} ms (${found} call sites), grep -rE ${grep.ms.toFixed(0)} ms (${lines} lines): ${(scan.ms / grep.ms).toFixed(1)}x grep`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
