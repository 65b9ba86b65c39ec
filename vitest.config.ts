import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // in-process tests use the sources; tests of the built binary use dist through its own imports
    alias: {
      '@genspend/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@genspend/providers': fileURLToPath(new URL('./packages/providers/src/index.ts', import.meta.url)),
      // before @genspend/scan, which would take it for a path inside the index file
      '@genspend/scan/prefilter': fileURLToPath(new URL('./packages/scan/src/prefilter.ts', import.meta.url)),
      '@genspend/scan': fileURLToPath(new URL('./packages/scan/src/index.ts', import.meta.url)),
      '@genspend/files': fileURLToPath(new URL('./packages/files/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
