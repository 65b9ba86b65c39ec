import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Runware community models priced by `architecture:`, through the built binary (`npm test` builds first).
const BIN = new URL('../bin/genspend.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-architecture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function estimate(workloads: string[], ...args: string[]) {
  writeFileSync(join(scratch, 'genspend.yml'), ['version: 1', 'budget: { unpriced: warn }', 'workloads:', ...workloads, ''].join('\n'));
  const r = spawnSync(process.execPath, [BIN, 'estimate', 'genspend.yml', ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const community = (extra: string) =>
  `  - { name: lora, provider: runware, model: "civitai:618692@691639", runs: 100, width: 1024, height: 1024, steps: 28${extra} }`;

describe('genspend estimate: Runware community models by architecture', () => {
  it('prices an unknown community AIR at the architecture the workload names, and says which', () => {
    const r = estimate([community(', architecture: flux1-dev')], '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [w] = JSON.parse(r.stdout).workloads;
    // Runware's measured FLUX.1 [dev] run: 1024x1024, 28 steps at $0.0038; 100 images = $0.38
    expect(w.cost).toBe('0.38');
    expect(w.basis).toBe('measured');
    expect(w.lines[0].rate.source).toBe('https://runware.ai/docs/models/bfl-flux-1-dev');
    expect(w.assumptions[0]).toBe(
      'architecture: priced as FLUX.1 [dev] architecture (`flux1-dev`) from `architecture: flux1-dev` in the workload',
    );
    // Runware's charged example, $0.0013 at 1024x1024 and 30 steps, is the low end: 100 x 0.0013 x 28/30
    expect(w.range).toEqual({ low: '0.1213333333333333333333333333333333333333', expected: '0.38', high: '0.38' });
    expect(w.assumptions[1]).toMatch(/^price range \$0\.12 to \$0\.38: compute-billed/);
    expect(w.assumptions).toHaveLength(2);
    const table = estimate([community(', architecture: flux1-dev')]);
    expect(table.stdout).toContain('lora: architecture: priced as FLUX.1 [dev] architecture (`flux1-dev`)');
  });

  it('a wrong architecture is bad input: file:line, the field, and the closest allowed value', () => {
    const r = estimate([community(', architecture: fluxdev')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'genspend.yml:4: workloads[0].architecture: Invalid option: expected one of "sd1.5"|"sdxl"|"sd3"|"flux1-dev"|"flux1-schnell"',
    );
    expect(r.stderr).toContain('did you mean `architecture: flux1-dev`?');
    const far = estimate([community(', architecture: pony')]);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('write `architecture:` as one of sd1.5, sdxl, sd3, flux1-dev, flux1-schnell');
  });

  it('without `architecture:` the community AIR is unpriced with how to price it', () => {
    const r = estimate([community('')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Runware community model `civitai:618692@691639` is billed by its architecture: add `architecture:` (one of sd1.5, sdxl, sd3, flux1-dev, flux1-schnell)',
    );
  });

  it('an architecture without measured runs in the catalog stays unpriced and names the priced ones', () => {
    const r = estimate([community(', architecture: sdxl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no Runware price for architecture `sdxl` yet (the catalog prices flux1-dev)');
  });
});
