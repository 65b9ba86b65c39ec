// Runs before `npm pack` / `npm publish` of packages/cli (its `prepack`): puts in the package
// what it ships beyond the bundles: the catalog files, the JSON Schemas, the licence and README,
// and one bundled type declaration file for the library API (the workspace packages' types
// inlined; zod's and decimal.js's imported from those packages, which are its dependencies).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli');

function copyDir(from, to, pattern) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (pattern.test(name)) copyFileSync(join(from, name), join(to, name));
}
copyDir(join(root, 'packages/core/catalog'), join(cli, 'catalog'), /\.ya?ml$/);
copyDir(join(root, 'schema'), join(cli, 'schema'), /\.schema\.json$/);
copyFileSync(join(root, 'LICENSE'), join(cli, 'LICENSE'));
copyFileSync(join(root, 'README.md'), join(cli, 'README.md'));

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js'),
    '--silent',
    '--no-banner',
    // only what lib.ts exports is exported: the core has a value and a type both named Period
    '--export-referenced-types',
    'false',
    '--project',
    join(cli, 'tsconfig.json'),
    '--external-inlines',
    '@genspend/core',
    '@genspend/providers',
    '@genspend/files',
    '-o',
    join(cli, 'dist/lib.d.ts'),
    '--',
    join(cli, 'src/lib.ts'),
  ],
  { stdio: 'inherit' },
);
