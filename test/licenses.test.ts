import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every package whose code is in a committed bundle (its source map names the files) must have
// its licence in the licences file beside it.
function bundledPackages(maps: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const map of maps) {
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources as string[]) {
      const rest = source.split('/node_modules/').at(-1)!;
      if (rest === source) continue;
      const parts = rest.split('/');
      const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
      // a package's own source map may name its pre-build sources (`@octokit/src/...`): no package
      if (existsSync(`node_modules/${name}/package.json`)) names.add(name);
    }
  }
  return names;
}

describe('the Action bundle ships the licences of what it contains', () => {
  const text = readFileSync('packages/action/dist/THIRD-PARTY-LICENSES.txt', 'utf8');
  const listed = new Set([...text.matchAll(/^(@?[^@\s]+)@\d[^ ]* \(/gm)].map((m) => m[1]));
  const bundled = bundledPackages(['index', 'github', 'balance', 'reconcile', 'scanner'].map((f) => `packages/action/dist/${f}.js.map`));

  it('lists every bundled package', () => {
    expect(bundled.size).toBeGreaterThan(10);
    expect([...bundled].filter((p) => !listed.has(p))).toEqual([]);
  });

  it('carries the licence texts, not only the names', () => {
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(text).toMatch(/^zod@\S+ \(MIT\)$/m);
    expect(text).toMatch(/^before-after-hook@\S+ \(Apache-2\.0\)$/m);
  });
});
