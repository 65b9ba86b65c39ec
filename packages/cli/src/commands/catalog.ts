import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  buildCatalog,
  checkCatalog,
  checkPriceFile,
  GenspendError,
  mapAll,
  parseCatalogFile,
  parseMaxAge,
  parsePriceFile,
  STALE_AFTER_DAYS,
  type ProviderCatalog,
} from '@genspend/core';
import { displayPath } from '../files.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { findPriceFile, readPriceFileText } from '../price-file.js';

export const catalogHelp = `Usage: genspend catalog check [--dir <catalog folder>] [--prices FILE] [--max-age 30d]

Validates the price catalog files (the shipped ones by default): schema, unknown keys,
duplicate model names, overlapping rate conditions. Validates genspend.prices.yml too (here,
or --prices FILE). Warns on prices, built-in or locked, not checked against their source for
--max-age days (default ${STALE_AFTER_DAYS}d). Exit 0 valid (warnings allowed), 2 invalid.`;

/** Where the shipped catalog YAML lives (inside the installed @genspend/core package). */
export function shippedCatalogDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@genspend/core/package.json')), 'catalog');
}

export interface CatalogFile {
  /** Absolute path, for writing back. */
  path: string;
  catalog: ProviderCatalog;
}

/** Reads and validates every provider file of a catalog folder (the shipped one by default); all problems at once. */
export function loadCatalogDir(io: Io, dirOption: string | undefined): { dir: string; files: CatalogFile[] } {
  const dir = dirOption ? resolve(io.cwd, dirOption) : shippedCatalogDir();
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
      .sort();
  } catch {
    throw new GenspendError(
      'cannot read the catalog folder',
      { file: displayPath(io.cwd, dir) },
      'pass a folder of provider .yml files to --dir',
    );
  }
  if (names.length === 0) throw new GenspendError('no .yml catalog files here', { file: displayPath(io.cwd, dir) });
  const files = mapAll(names, (name): CatalogFile => {
    const path = join(dir, name);
    return { path, catalog: parseCatalogFile(readFileSync(path, 'utf8'), displayPath(io.cwd, path)) };
  });
  return { dir, files };
}

export function catalogCommand(positionals: string[], values: { dir?: string; prices?: string; 'max-age'?: string }, io: Io): number {
  if (positionals[0] !== 'check' || positionals.length > 1) throw new UsageError('expected `genspend catalog check`');
  const { dir, files } = loadCatalogDir(io, values.dir);
  const catalog = buildCatalog(files.map((f) => f.catalog));
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const maxAgeDays = values['max-age'] === undefined ? STALE_AFTER_DAYS : parseMaxAge(values['max-age'], '--max-age');
  const findings = checkCatalog(catalog, today, { maxAgeDays });
  const priceFile = findPriceFile(io.cwd, [], values.prices);
  if (priceFile)
    findings.push(...checkPriceFile(parsePriceFile(readPriceFileText(io.cwd, priceFile), priceFile), priceFile, today, { maxAgeDays }));
  const fileOf = (provider: string) =>
    displayPath(io.cwd, files.find((f) => f.catalog.provider === provider)?.path ?? join(dir, `${provider}.yml`));
  for (const f of findings) io.stderr.write(`${f.level}: ${f.file ?? fileOf(f.provider)}: ${f.path}: ${f.message}\n`);
  const bad = findings.filter((f) => f.level === 'error').length;
  const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
  const rates = catalog.providers.reduce((n, p) => n + p.models.reduce((k, m) => k + m.rates.length, 0) + p.surcharges.length, 0);
  const unverified = catalog.providers.reduce((n, p) => n + p.models.reduce((k, m) => k + m.rates.filter((r) => !r.verified).length, 0), 0);
  io.stdout.write(
    `${bad ? 'invalid' : 'ok'}: ${catalog.providers.length} providers, ${models} models, ${rates} rates (${unverified} unverified); ${bad} error(s), ${findings.length - bad} warning(s)\n`,
  );
  return bad ? EXIT.error : EXIT.pass;
}
