import { readFileSync } from 'node:fs';

/**
 * The `$id` of a shipped JSON Schema, read from the schema file itself so the line an editor
 * follows is always the one the package publishes. The published package keeps the schemas one
 * level above its bundle (dist/, like src/ here); a clone keeps them at the repository root.
 */
export function schemaId(file: 'manifest.schema.json' | 'prices.schema.json'): string {
  const places = [new URL(`../schema/${file}`, import.meta.url), new URL(`../../../schema/${file}`, import.meta.url)];
  for (const place of places) {
    let text: string;
    try {
      text = readFileSync(place, 'utf8');
    } catch {
      continue;
    }
    const id = (JSON.parse(text) as { $id?: unknown }).$id;
    if (typeof id === 'string') return id;
  }
  throw new Error(`the JSON Schema ${file} is missing from this installation of genspend`);
}
