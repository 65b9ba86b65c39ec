import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  compareScan,
  GenspendError,
  renderScanTable,
  scanJson,
  type CallSite,
  type Manifest,
  type ScanComparison,
  type ScanProblem,
  type UndeclaredRule,
} from '@genspend/core';
import { findFiles, listFiles, readListedText } from '@genspend/files';
import type { FileScan } from '@genspend/scan';
import { mayHoldCalls, scannable } from '@genspend/scan/prefilter';
import { displayPath, expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, UsageError, writeJson, type Io } from '../io.js';
import { loadCatalog } from '../price-file.js';

/** Source and config files larger than this are generated or data, not code to scan. */
export const MAX_SCANNED_BYTES = 2 * 1024 * 1024;

export interface ScanValues {
  format?: string;
  manifest?: string[];
  prices?: string;
  undeclared?: string;
}

/** What a scan of a tree found: call sites, the files read, and those that could not be. */
export interface TreeScan {
  sites: CallSite[];
  files: number;
  problems: ScanProblem[];
}

/**
 * Scans the files under `paths` (relative to `cwd`), leaving out `exclude` globs. `progress` is
 * called now and then with the counts so far.
 */
export async function scanTree(
  cwd: string,
  paths: readonly string[],
  exclude: readonly string[],
  progress?: (files: number, sites: number) => void,
): Promise<TreeScan> {
  const include: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const rel = displayPath(cwd, p);
    if (rel.startsWith('../') || rel === '..')
      throw new UsageError(`\`${p}\` is outside the current directory: run genspend scan from the repository root`);
    const stat = statSync(resolve(cwd, p), { throwIfNoEntry: false });
    if (!stat) throw new GenspendError(`\`${p}\` does not exist`, undefined, 'name a folder or file of the repository');
    // globs skip dot folders: Runpod's .runpod/ is named
    if (stat.isDirectory()) include.push(...(rel === '.' ? ['**', '**/.runpod/*.json'] : [`${rel}/**`, `${rel}/**/.runpod/*.json`]));
    else include.push(rel);
  }
  const files = (await listFiles(cwd, include, exclude)).filter((f) => scannable(f.path));
  // the parsers (Babel, Lezer) are a third of the CLI's code: loaded when a file names a provider
  let scanFile: ((file: string, text: string) => FileScan) | undefined;
  const sites: CallSite[] = [];
  const problems: ScanProblem[] = [];
  let last = Date.now();
  const read = {
    maxBytes: MAX_SCANNED_BYTES,
    realRoot: realpathSync.native(cwd),
    rootName: 'the current directory',
    splitFix: 'add it to `scan: { exclude: [...] }` in genspend.yml if it is generated',
    binaryFix: 'add it to `scan: { exclude: [...] }` in genspend.yml',
  };
  for (const [i, listed] of files.entries()) {
    if (progress && Date.now() - last > 100) {
      last = Date.now();
      progress(i, sites.length);
    }
    const file = listed.path;
    let text: string;
    try {
      text = readListedText(cwd, listed, read);
    } catch (e) {
      problems.push({ file, problem: e instanceof GenspendError ? e.message : String(e) });
      continue;
    }
    if (!mayHoldCalls(file, text)) continue;
    scanFile ??= (await import('@genspend/scan')).scanFile;
    const found = scanFile(file, text);
    sites.push(...found.sites);
    if (found.problem) problems.push({ file, problem: found.problem });
  }
  progress?.(files.length, sites.length);
  return { sites, files: files.length, problems };
}

/** The manifests a scan compares with: those named, else every genspend.yml here and below (none is fine). */
export async function scanManifests(
  cwd: string,
  named: readonly string[] | undefined,
): Promise<{ files: string[]; manifests: Manifest[] }> {
  const files = named?.length ? await expandManifestArgs(named, cwd) : await findFiles(cwd, ['**/genspend.yml', '**/genspend.yaml']);
  return { files, manifests: loadManifests(cwd, files) };
}

export function parseUndeclared(value: string | undefined, flag = '--undeclared'): UndeclaredRule | undefined {
  if (value === undefined) return undefined;
  if (value === 'fail' || value === 'warn' || value === 'off') return value;
  throw new UsageError(`${flag} must be fail, warn or off, got "${value}"`);
}

export async function scanCommand(positionals: string[], values: ScanValues, io: Io): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const rule = parseUndeclared(values.undeclared);
  const { files: manifestFiles, manifests } = await scanManifests(io.cwd, values.manifest);
  const exclude = manifests.flatMap((m) => m.scan?.exclude ?? []);
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true && !io.env.CI;
  const progress = tty
    ? (files: number, sites: number) => io.stderr.write(`\rscanning: ${files} files read, ${sites} call sites\u001b[K`)
    : undefined;
  const scan = await scanTree(io.cwd, positionals, exclude, progress);
  if (tty) io.stderr.write('\r\u001b[K');
  const catalog = loadCatalog(io.cwd, manifestFiles, values.prices);
  const result: ScanComparison = compareScan(scan.sites, manifests, { catalog, ...(rule ? { undeclared: rule } : {}) });
  if (format === 'json') await writeJson(io.stdout, scanJson(result, scan.files, scan.problems));
  else io.stdout.write(renderScanTable(result, scan.files, scan.problems));
  return result.verdict === 'fail' ? EXIT.budgetFailed : EXIT.pass;
}
