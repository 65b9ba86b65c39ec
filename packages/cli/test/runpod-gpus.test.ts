import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Runpod GPUs as endpoint configs name them, through the built binary (`npm test` builds first).
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-runpod-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: scratch, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('genspend prices runpod <GPU id>', () => {
  it.each(['ADA_24', 'ada_24', 'NVIDIA GeForce RTX 4090'])('%s finds the 4090 PRO pool', (id) => {
    const r = run(['prices', 'runpod', id, '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).prices as { model: string; amount: string | null; when: Record<string, string> }[];
    expect(new Set(rows.map((p) => p.model))).toEqual(new Set(['4090 PRO']));
    expect(rows.find((p) => p.when.worker === 'flex')?.amount).toBe('0.00031');
  });

  it('a Pods-only GPU says so instead of "no model matches"', () => {
    const r = run(['prices', 'runpod', 'NVIDIA GeForce RTX 3080']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`NVIDIA GeForce RTX 3080` is a Pods GPU, not in any Runpod Serverless pool; pick one of: HOPPER_141,');
  });
});

describe('genspend estimate with Runpod GPU names and fallback lists', () => {
  it('prices pool ids, type names and lists; leaves Pods-only GPUs unpriced with the reason', () => {
    writeFileSync(
      join(scratch, 'genspend.yml'),
      [
        'version: 1',
        'budget: { unpriced: warn }',
        'workloads:',
        '  - { name: pool, provider: runpod, gpu: AMPERE_16, runs: 10, seconds: 1 }',
        '  - { name: type, provider: runpod, gpu: NVIDIA RTX A5000, runs: 10, seconds: 1 }',
        '  - { name: text list, provider: runpod, gpu: "ADA_24,AMPERE_24", runs: 10, seconds: 1 }',
        '  - name: yaml list',
        '    provider: runpod',
        '    gpu: [AMPERE_24, ADA_24]',
        '    gpuPick: first',
        '    runs: 10',
        '    seconds: 1',
        '  - { name: pods, provider: runpod, gpu: NVIDIA A30, runs: 10, seconds: 1 }',
        '',
      ].join('\n'),
    );
    const r = run(['estimate', 'genspend.yml', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const cost = Object.fromEntries(j.workloads.map((w: { name: string; cost: string | null }) => [w.name, w.cost]));
    // 10 s each: AMPERE_16 $0.00016, AMPERE_24 $0.00019, ADA_24 $0.00031
    expect(cost).toEqual({ pool: '0.0016', type: '0.0019', 'text list': '0.0031', 'yaml list': '0.0019', pods: null });
    const list = j.workloads.find((w: { name: string }) => w.name === 'yaml list');
    expect(list.model).toBe('AMPERE_24,ADA_24');
    expect(list.assumptions[0]).toBe('gpu: priced at AMPERE_24 (L4), the first of AMPERE_24, ADA_24 (gpuPick: first)');
    expect(j.unpriced).toEqual([expect.objectContaining({ name: 'pods', reason: expect.stringMatching(/^`NVIDIA A30` is a Pods GPU/) })]);
  });

  it('bills container disk and leaves ambiguous names unpriced with the ids to write', () => {
    writeFileSync(
      join(scratch, 'disk.yml'),
      [
        'version: 1',
        'budget: { unpriced: warn }',
        'workloads:',
        '  - { name: disk, provider: runpod, gpu: H100 PRO, runs: 100, seconds: 2, containerDiskGB: 20 }',
        '  - { name: a100, provider: runpod, gpu: NVIDIA A100, runs: 10, seconds: 1 }',
        '  - { name: spelled, provider: runpod, gpu: NVIDIA RTX 4090, runs: 10, seconds: 1 }',
        '',
      ].join('\n'),
    );
    const r = run(['estimate', 'disk.yml', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const cost = Object.fromEntries(j.workloads.map((w: { name: string; cost: string | null }) => [w.name, w.cost]));
    // 200 GPU-s x $0.00116 + 20 GB-month x $0.10; the 4090 spelling is the ADA_24 pool
    expect(cost).toEqual({ disk: '2.232', a100: null, spelled: '0.0031' });
    expect(j.unpriced).toEqual([
      expect.objectContaining({
        name: 'a100',
        reason: expect.stringContaining('write one of: `NVIDIA A100 80GB PCIe`, `NVIDIA A100-SXM4-80GB`, `AMPERE_80`'),
      }),
    ]);
  });

  it('an empty list is bad input with its line', () => {
    writeFileSync(join(scratch, 'bad.yml'), 'version: 1\nworkloads:\n  - { name: e, provider: runpod, gpu: [], runs: 1, seconds: 1 }\n');
    const r = run(['estimate', 'bad.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.yml:3: workloads[0].gpu: list at least one GPU');
  });
});
