import { GenspendError, GenspendErrors } from '../errors.js';
import { describe, issuesToErrors } from '../validate.js';
import { parseYaml } from '../yaml.js';
import { build, type Manifest } from './build.js';
import { manifestOf } from './fast.js';
import { parseYamlFast } from '../yaml-js.js';
import { isPlainMapping } from './fields.js';
import { Manifest as ManifestSchema } from './schema.js';

export type { Manifest };

/**
 * Parses a `genspend.yml` text. Every problem is reported with file:line and the field path,
 * all at once (GenspendErrors), so a user fixes the file in one pass. Valid text takes a fast
 * path (fast.ts); `positioned` forces the slower one that error reports use (tests compare the two).
 */
export function parseManifest(text: string, file: string, options: { positioned?: boolean } = {}): Manifest {
  const fast = options.positioned ? undefined : parseYamlFast(text, file);
  const manifest = fast && manifestOf(fast, file);
  if (manifest) return manifest;
  // the positioned parser and zod: precise errors for anything the fast path declined
  const parsed = parseYaml(text, file);
  if (!isPlainMapping(parsed.value)) {
    throw new GenspendError(
      `expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${describe(parsed.value)}`,
      { file, line: 1 },
      'see examples/genspend.yml for the shape',
    );
  }
  const result = ManifestSchema.safeParse(parsed.value);
  if (!result.success) throw new GenspendErrors(issuesToErrors(result.error.issues, ManifestSchema, parsed, file));
  return build(result.data, file, (i) => parsed.lineOf(['workloads', i]));
}
