import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // n8n loads n8n-workflow as CommonJS; so do the tests (its ESM build is meant for bundlers only)
    alias: { 'n8n-workflow': 'n8n-workflow/dist/cjs/index.js' },
  },
});
