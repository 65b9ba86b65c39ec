/**
 * n8n's own community package scanner, `@n8n/scan-community-package`, on the nodes package the
 * way n8n scans a published one: its `analyzePackage` over the unpacked `npm pack` tarball
 * (compiled JavaScript and package.json) and over the sources (its SOURCE_FILE_PATTERNS). Its
 * registry download and provenance steps are skipped: they need the package on npm. The scanner
 * is pinned by the lockfile in ./scanner and installed into a folder of its own (its own
 * TypeScript 7 breaks the TypeScript parser it uses, so the lockfile overrides it to 5.9).
 * Usage: npx tsx test/n8n/scan-package.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PINNED = join(import.meta.dirname, 'scanner');
const NODES_DIR = join(import.meta.dirname, '../../nodes');

interface Result {
  passed: boolean;
  message?: string;
  details?: string;
}
interface Scanner {
  analyzePackage(dir: string, patterns?: string[]): Promise<Result>;
  SOURCE_FILE_PATTERNS: string[];
}

function ensureScanner(dir: string): string {
  const entry = join(dir, 'node_modules/@n8n/scan-community-package/scanner/scanner.mjs');
  const lock = readFileSync(join(PINNED, 'package-lock.json'), 'utf8');
  const marker = join(dir, '.installed-lock.json');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lock && existsSync(entry)) return entry;
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(PINNED, file), join(dir, file));
  // its peer ranges trail n8n-workflow's own; nothing it installs needs a build step
  execFileSync('npm', ['ci', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(marker, lock);
  return entry;
}

const scannerDir = resolve(process.env.GENSPEND_N8N_SCANNER || join(import.meta.dirname, '../../.n8n-scanner'));
const scanner = (await import(pathToFileURL(ensureScanner(scannerDir)).href)) as Scanner;
const work = mkdtempSync(join(tmpdir(), 'genspend-scan-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: NODES_DIR, encoding: 'utf8' }),
  ) as [{ filename: string }];
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  const legs: Array<[string, string, string[]]> = [
    ['packed tarball', join(work, 'package'), ['**/*.js', 'package.json']],
    ['sources', NODES_DIR, scanner.SOURCE_FILE_PATTERNS],
  ];
  let failed = false;
  for (const [name, dir, patterns] of legs) {
    const result = await scanner.analyzePackage(dir, patterns);
    if (!result.passed) failed = true;
    process.stdout.write(`${name} (${patterns.join(', ')}): ${result.passed ? 'passed' : `FAILED: ${result.message ?? ''}`}\n`);
    if (result.details) process.stdout.write(`${result.details}\n`);
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
