import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { catalogWithPrices, defaultCatalog, GenspendError, MAX_YAML_BYTES, PRICE_FILE_NAME, type Catalog } from '@genspend/core';
import { readRepositoryText } from '@genspend/files';
import { displayPath } from './files.js';

/**
 * The price file that applies: `--prices FILE`, else genspend.prices.yml next to the first
 * manifest, else at the working directory (the repository root in CI). Undefined: none.
 */
export function findPriceFile(cwd: string, manifests: readonly string[], explicit: string | undefined): string | undefined {
  if (explicit !== undefined) {
    if (!existsSync(resolve(cwd, explicit)))
      throw new GenspendError(`price file \`${explicit}\` does not exist`, undefined, 'check the path given to --prices');
    return displayPath(cwd, explicit);
  }
  const candidates = [...(manifests[0] ? [join(dirname(manifests[0]), PRICE_FILE_NAME)] : []), PRICE_FILE_NAME];
  const found = candidates.find((c) => existsSync(resolve(cwd, c)));
  return found === undefined ? undefined : displayPath(cwd, found);
}

/** Reads a price file with the same checks as a manifest (inside the working directory, not huge, UTF-8). */
export function readPriceFileText(cwd: string, file: string): string {
  return readRepositoryText(cwd, file, {
    maxBytes: MAX_YAML_BYTES,
    rootName: 'the current directory',
    splitFix: 'keep only the models that differ from the built-in catalog',
    binaryFix: 'point --prices at a YAML price file',
  });
}

/** The built-in catalog with the applicable price file laid over it. */
export function loadCatalog(cwd: string, manifests: readonly string[], explicit: string | undefined): Catalog {
  const file = findPriceFile(cwd, manifests, explicit);
  return file === undefined ? defaultCatalog() : catalogWithPrices(defaultCatalog(), readPriceFileText(cwd, file), file);
}
