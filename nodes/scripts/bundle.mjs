// Bundles each node and credential with the genspend core and provider clients, so the package
// installs with no runtime dependencies. n8n-workflow stays external: n8n provides it.
// Runs after `n8n-node build` (which type-checks, and copies icons and codex files) and
// replaces its output: esbuild reads the TypeScript sources, whose ES imports let it leave out
// what the nodes never call (the core's YAML manifest parser, the fetch transport).
import { build } from 'esbuild';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeLicenses } from '../../scripts/licenses.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const entries = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => join(root, file));
const sourceOf = (file) => file.replace(`${root}dist/`, root).replace(/\.js$/, '.ts');

const metafiles = [];
for (const file of entries) {
  const result = await build({
    entryPoints: [sourceOf(file)],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['n8n-workflow'],
    // n8n Cloud bans globals in nodes; zod is the only bundled code that reaches for one
    define: { globalThis: 'bundleScope' },
    inject: [join(root, 'scripts/bundle-scope.js')],
    logLevel: 'warning',
    // the core's dependencies carry licence banners; keep them out of the shipped code
    legalComments: 'none',
    metafile: true,
  });
  metafiles.push(result.metafile);
}

// only the entry points, their codex files and the icons ship
async function prune(dir) {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) {
      await prune(path);
      if ((await readdir(path)).length === 0) await rm(path, { recursive: true });
    } else if (/\.(js|d\.ts|map)$/.test(name) && !entries.includes(path)) {
      await rm(path);
    }
  }
}
await prune(join(root, 'dist'));
// their licences travel with the package instead
writeLicenses(metafiles, join(root, 'dist/THIRD-PARTY-LICENSES.txt'), root);

for (const file of entries) {
  const { size } = await stat(file);
  process.stdout.write(`bundled ${relative(root, file)} (${Math.round(size / 1024)} KiB)\n`);
}
