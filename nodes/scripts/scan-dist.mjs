// Lints what n8n would install: the `npm pack` tarball's JavaScript and package.json, with the
// rules n8n's community package scanner applies to a published tarball (the community-nodes
// recommended set, which bans globals such as process, console and timers and any import
// besides n8n-workflow and a few allowed modules, plus no-console and the package.json rules).
// The bundled core and provider clients are part of that JavaScript, so they must obey it too.
// Usage: node scripts/scan-dist.mjs [tarball]; without one it packs the package first.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'genspend-scan-'));
try {
  let tarball = process.argv[2] && resolve(process.argv[2]);
  if (!tarball) {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
    tarball = join(work, packed.filename);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  const dir = join(work, 'package');

  const eslint = new ESLint({
    cwd: dir,
    allowInlineConfig: false,
    overrideConfigFile: true,
    overrideConfig: [
      n8nCommunityNodesPlugin.configs.recommended,
      { rules: { 'no-console': 'error' } },
      { plugins: { 'n8n-nodes-base': n8nNodesBase } },
      { files: ['package.json'], rules: { ...n8nNodesBase.configs.community.rules } },
      { files: ['**/*.json'], languageOptions: { parser: tsParser } },
    ],
  });
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js') || f === 'package.json');
  const results = await eslint.lintFiles(files.map((f) => join(dir, f)));
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const output = await (await eslint.loadFormatter('stylish')).format(results);
  if (output) process.stdout.write(output);
  process.stdout.write(`scanned ${files.length} files of the packed package: ${errors} error(s)\n`);
  process.exitCode = errors === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
