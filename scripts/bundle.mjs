// Bundles the CLI into one ESM file: one module to load instead of hundreds starts it
// several times faster, which a CI step calling `genspend` pays on every run.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { writeLicenses } from './licenses.mjs';

// zod's `z` namespace carries every locale it ships (`z.locales`, some 250 KB minified) and a
// bundler cannot drop a namespace's members; genspend writes its own messages and never calls
// `z.config(z.locales.xx())`, so the bundles keep English alone, the locale zod
// installs by default. A run parses the bundle on every start, and those were a fifth of it.
const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    // loaded in place (the file namespace), so the bundle names the module by its relative path
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
    }));
  },
};

// The scanner's parsers are split into a chunk of their own (dist/chunks/), which only `scan` and
// `init` load: every other command starts without parsing them. Chunk names carry a hash, so a
// previous build's are removed first.
rmSync('packages/cli/dist/chunks', { recursive: true, force: true });
const cli = await build({
  entryPoints: { genspend: 'packages/cli/dist/main.js' },
  metafile: true,
  outdir: 'packages/cli/dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [englishOnly],
  minify: true,
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

// The library API of the `genspend` package (packages/cli/src/lib.ts): the workspace packages
// bundled in, the third-party ones left as the package's dependencies, so a user's own zod or
// decimal.js is the one the library's values belong to.
await build({
  entryPoints: ['packages/cli/dist/lib.js'],
  outfile: 'packages/cli/dist/lib.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  packages: 'external',
  alias: {
    '@genspend/core': './packages/core/dist/index.js',
    '@genspend/providers': './packages/providers/dist/index.js',
    '@genspend/files': './packages/files/dist/index.js',
  },
});

// Modules with no import-time effects, so esbuild may drop the ones the action does not use:
// - the core and the provider clients (pure; the transport is injected): a top-level
//   `money(14)` in a part the action does not use would otherwise stay, and a change there
//   would make the committed bundle stale;
// - @actions/core and @actions/http-client: @actions/core's OIDC helper (unused) pulls in
//   http-client and undici, whose loading costs ~50 ms on every run.
const PURE = [/\/packages\/(core|providers|files)\/src\//, /\/node_modules\/@actions\/(core|http-client)\//];
const noImportEffects = {
  name: 'no-import-effects',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'no-import-effects' || args.kind === 'entry-point') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'no-import-effects',
      });
      if (resolved.errors.length || resolved.external || !PURE.some((re) => re.test(resolved.path))) return undefined;
      return { path: resolved.path, sideEffects: false };
    });
  },
};

// Octokit and undici (~1 MB) serve only the PR comment and the contents API: the action imports
// @actions/github dynamically, and it is bundled on its own (github.js), so a run that never
// calls GitHub does not even parse it. Nothing is shared with index.js by identity (errors are
// read by their `status`), so its own copies of what both use are harmless.
//
// The same for the balance and reconcile modes (balance.js, reconcile.js: the provider clients
// and their response schemas), which a pull-request run never needs. Each carries its own copy
// of the core and reports its own failures, so no class crosses between the files.
const apart = {
  name: 'apart',
  setup(b) {
    b.onResolve({ filter: /^(@actions\/github|\.\/balance\.js|\.\/reconcile\.js|\.\/scanner\.js)$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path.startsWith('./') ? args.path : './github.js', external: true } : undefined,
    );
  },
};

// The GitHub Action: the runner runs `main:` from action.yml with no `npm install`, so the
// bundle (and its sourcemap, for stack positions) is committed; CI rebuilds it and fails on a
// diff, so it must come out byte for byte the same from the same sources. Minified: the runner
// parses it on every run, and a third of its start-up went to that.
const action = {
  bundle: true,
  platform: 'node',
  // action.yml runs it on node24; node20 keeps it runnable where the tests run
  target: 'node20',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);",
  },
};
const index = await build({
  ...action,
  entryPoints: ['packages/action/src/index.ts'],
  outfile: 'packages/action/dist/index.js',
  // the core from its sources: the bundle does not depend on a prior tsc build
  alias: {
    '@genspend/core': './packages/core/src/index.ts',
    '@genspend/providers': './packages/providers/src/index.ts',
    '@genspend/files': './packages/files/src/index.ts',
  },
  // no code splitting: Octokit and the balance mode are the only parts a run may not need
  plugins: [apart, noImportEffects, englishOnly],
});
const github = await build({ ...action, entryPoints: ['@actions/github'], outfile: 'packages/action/dist/github.js' });
const balance = await build({
  ...action,
  entryPoints: ['packages/action/src/balance.ts'],
  outfile: 'packages/action/dist/balance.js',
  alias: {
    '@genspend/core': './packages/core/src/index.ts',
    '@genspend/providers': './packages/providers/src/index.ts',
    '@genspend/files': './packages/files/src/index.ts',
  },
  plugins: [noImportEffects, englishOnly],
});

const reconcileBundle = await build({
  ...action,
  entryPoints: ['packages/action/src/reconcile.ts'],
  outfile: 'packages/action/dist/reconcile.js',
  alias: {
    '@genspend/core': './packages/core/src/index.ts',
    '@genspend/providers': './packages/providers/src/index.ts',
    '@genspend/files': './packages/files/src/index.ts',
  },
  plugins: [noImportEffects, englishOnly],
});

// The scanner and its parsers, which a pull request that changes no source file never loads.
const scannerBundle = await build({
  ...action,
  entryPoints: ['packages/action/src/scanner.ts'],
  outfile: 'packages/action/dist/scanner.js',
  alias: { '@genspend/core': './packages/core/src/index.ts' },
  plugins: [noImportEffects, englishOnly],
});

// the licences of what each bundle contains, beside it (and in the CLI's package files)
writeLicenses([cli.metafile], 'packages/cli/dist/THIRD-PARTY-LICENSES.txt');
writeLicenses(
  [index.metafile, github.metafile, balance.metafile, reconcileBundle.metafile, scannerBundle.metafile],
  'packages/action/dist/THIRD-PARTY-LICENSES.txt',
);
