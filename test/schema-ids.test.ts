import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Editors fetch a schema by its `$id`: it must be where the published package puts the file.
const pkg = JSON.parse(readFileSync('packages/cli/package.json', 'utf8')) as { name: string; version: string; files: string[] };
const major = pkg.version.split('.')[0];
const files = readdirSync('schema').filter((f) => f.endsWith('.schema.json'));

describe('schema ids resolve to the published package', () => {
  it('every schema is served from the package on the npm CDN at its major version', () => {
    expect(files.sort()).toEqual(['catalog.schema.json', 'manifest.schema.json', 'prices.schema.json']);
    expect(pkg.files).toContain('schema');
    for (const f of files) {
      const { $id } = JSON.parse(readFileSync(`schema/${f}`, 'utf8')) as { $id: string };
      expect($id).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}@${major}/schema/${f}`);
    }
  });

  it('the SchemaStore entry points editors at the same ids for genspend.yml and genspend.prices.yml', () => {
    const entries = JSON.parse(readFileSync('docs/schemastore-catalog-entry.json', 'utf8')) as { fileMatch: string[]; url: string }[];
    const ids = new Set(files.map((f) => (JSON.parse(readFileSync(`schema/${f}`, 'utf8')) as { $id: string }).$id));
    for (const e of entries) expect(ids.has(e.url), e.url).toBe(true);
    expect(entries.flatMap((e) => e.fileMatch).sort()).toEqual(['genspend.prices.yml', 'genspend.yaml', 'genspend.yml']);
  });
});
