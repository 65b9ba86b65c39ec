// Bundles the CLI into one ESM file: one module to load instead of hundreds starts it
// several times faster, which a CI step calling `genspend` pays on every run.
import { build } from 'esbuild';

await build({
  entryPoints: ['packages/cli/dist/main.js'],
  outfile: 'packages/cli/dist/genspend.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // some bundled CommonJS dependencies call require() for Node built-ins
  banner: {
    js: "import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);",
  },
});
