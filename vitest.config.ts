import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The stress tier (full-size hostile inputs) runs on its own: npm run test:stress.
    exclude: ['test/stress/**', '**/node_modules/**'],
    setupFiles: ['test/setup/markup.ts'],
    testTimeout: 60000,
    pool: 'threads',
  },
});
