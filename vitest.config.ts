import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/markup.ts'],
    testTimeout: 60000,
    pool: 'threads',
  },
});
