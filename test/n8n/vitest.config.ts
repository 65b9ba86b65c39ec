import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The n8n end-to-end suite: `npx vitest run --config test/n8n/vitest.config.ts`. Kept out of
// `npm test`, which must stay fast and must not need n8n.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/n8n/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 1_800_000,
  },
});
