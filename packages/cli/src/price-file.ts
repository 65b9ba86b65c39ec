import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  catalogWithPrices,
  defaultCatalog,
  GenspendError,
  governingPrices,
  MAX_YAML_BYTES,
  PRICE_FILE_NAME,
  type BudgetReason,
  type Catalog,
} from '@genspend/core';
import { readRepositoryText } from '@genspend/files';
import { displayPath, readAtRevision } from './files.js';

/**
 * The price file that applies: `--prices FILE`, else genspend.prices.yml next to the first
 * manifest, else at the working directory (the repository root in CI). Undefined: none.
 */
export function findPriceFile(
  cwd: string,
  manifests: readonly string[],
  explicit: string | undefined,
  exists: (file: string) => boolean = (file) => existsSync(resolve(cwd, file)),
): string | undefined {
  if (explicit !== undefined) {
    if (!existsSync(resolve(cwd, explicit)))
      throw new GenspendError(`price file \`${explicit}\` does not exist`, undefined, 'check the path given to --prices');
    return displayPath(cwd, explicit);
  }
  const candidates = [...(manifests[0] ? [join(dirname(manifests[0]), PRICE_FILE_NAME)] : []), PRICE_FILE_NAME];
  const found = candidates.find((c) => exists(displayPath(cwd, c)));
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

/**
 * The prices that judge a change against a git revision, as the Action judges a pull request:
 * the price file as the base has it prices both sides (a change could otherwise lower its own
 * prices to pass), and a price file the change adds, edits or removes is a warning. A file git
 * does not track at the head or the base is not part of the change (one a CI step wrote, or
 * the operator's): it prices both sides as it is.
 */
export function loadGoverningCatalog(
  cwd: string,
  manifests: readonly string[],
  explicit: string | undefined,
  ref: string,
): { catalog: Catalog; reason?: BudgetReason } {
  // each path is read at the base once: the search for the file and its text ask for the same one
  const read = new Map<string, string | null>();
  const atBase = (file: string) => {
    if (!read.has(file)) read.set(file, readAtRevision(cwd, ref, file));
    return read.get(file)!;
  };
  const file = findPriceFile(cwd, manifests, explicit, (f) => existsSync(resolve(cwd, f)) || atBase(f) !== null);
  if (file === undefined) return { catalog: defaultCatalog() };
  const head = existsSync(resolve(cwd, file)) ? readPriceFileText(cwd, file) : undefined;
  const base = atBase(file);
  if (base === null && head !== undefined && readAtRevision(cwd, 'HEAD', file) === null)
    return { catalog: catalogWithPrices(defaultCatalog(), head, file) };
  return governingPrices(defaultCatalog(), { file, head, base: base ?? undefined });
}

/** The built-in catalog with the applicable price file laid over it. */
export function loadCatalog(cwd: string, manifests: readonly string[], explicit: string | undefined): Catalog {
  const file = findPriceFile(cwd, manifests, explicit);
  return file === undefined ? defaultCatalog() : catalogWithPrices(defaultCatalog(), readPriceFileText(cwd, file), file);
}
