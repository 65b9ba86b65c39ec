import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCatalog, GenspendError, governingPrices, MAX_YAML_BYTES, type BudgetReason, type Catalog } from '@genspend/core';
import { decodeText, readRepositoryText, type TextOptions } from '@genspend/files';
import type { BaseRead } from './base.js';

const READ: TextOptions = {
  maxBytes: MAX_YAML_BYTES,
  rootName: 'the repository',
  splitFix: 'keep only the models that differ from the built-in catalog',
  binaryFix: 'point the `prices` input at a YAML price file',
};

/**
 * The catalog that judges this run: the built-in one with the governing price file over it.
 * The head's file is read as a manifest is (a regular file inside the workspace, not huge,
 * UTF-8); the base's from the base listing the manifests were read from. `file` is the
 * `prices` input; the default (genspend.prices.yml) may be absent, a file named explicitly may not.
 */
export async function readPrices(options: {
  workspace: string;
  file: string;
  explicit: boolean;
  /** The base, when the run has one. */
  base: BaseRead | undefined;
  subject?: string;
}): Promise<{ catalog: Catalog; reason?: BudgetReason; log: string[] }> {
  const { workspace, file } = options;
  const log: string[] = [];
  const present = existsSync(resolve(workspace, file));
  if (!present && options.explicit)
    throw new GenspendError(`price file \`${file}\` does not exist in the workspace`, undefined, 'fix the `prices` input, or remove it');
  const head = present ? readRepositoryText(workspace, file, READ) : undefined;
  let base: string | undefined | null = null;
  if (options.base?.file) {
    const bytes = await options.base.file(file);
    base = bytes ? decodeText(bytes, `${file}@base`, READ) : undefined;
  } else if (options.base) {
    // the base came through the contents API: without its price file, the built-in catalog judges
    base = undefined;
    log.push(`genspend: the base commit is not in the checkout: ${file} at the base is taken as absent`);
  }
  if (head !== undefined || base)
    log.push(`genspend: prices from ${file}${base === null ? '' : ' (as at the base)'} over the built-in catalog`);
  const governing = governingPrices(defaultCatalog(), { file, head, base, ...(options.subject ? { subject: options.subject } : {}) });
  return { ...governing, log };
}
