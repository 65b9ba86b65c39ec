import { GenspendError, GenspendErrors, mapAll } from '../errors.js';
import { describe, issuesToErrors } from '../validate.js';
import { parseYaml } from '../yaml/read.js';
import { build, type Manifest } from './build.js';
import { isPlainMapping } from './fields.js';
import { Manifest as ManifestSchema } from './schema.js';

export type { Manifest };

/**
 * Parses a `genspend.yml` text: the YAML reader (yaml/read.ts), then the zod schema, then the
 * rules the schema cannot express (build.ts). Every problem is reported with file:line and the
 * field path, all at once (GenspendErrors), so a user fixes the file in one pass.
 */
export function parseManifest(text: string, file: string): Manifest {
  const parsed = parseYaml(text, file);
  if (!isPlainMapping(parsed.value)) {
    throw new GenspendError(
      `expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${describe(parsed.value)}`,
      { file, line: 1 },
      'see examples/genspend.yml for the shape',
    );
  }
  // without zod's generated fast path: compiling it costs more than it saves in a run that reads
  // a manifest or two (a 50-workload pull request checks 10 ms sooner; 10,000 workloads no slower)
  const result = ManifestSchema.safeParse(parsed.value, { jitless: true });
  if (!result.success) throw new GenspendErrors(issuesToErrors(result.error.issues, ManifestSchema, parsed, file));
  return build(result.data, file, (i) => parsed.lineOf(['workloads', i]));
}

/** Parses every manifest, reporting the problems of all of them together, in order. */
export function parseManifests(entries: readonly { file: string; read: () => string }[]): Manifest[] {
  return mapAll(entries, ({ file, read }) => parseManifest(read(), file));
}
