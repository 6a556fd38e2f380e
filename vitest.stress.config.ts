import { defineConfig } from 'vitest/config';

/**
 * The stress tier: hostile inputs at full size, each measured in a process of its own
 * (`npm run test:stress`; CI runs it after `npm test`). One file at a time, so the cases do not
 * compete with each other for the machine's cores.
 */
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    setupFiles: ['test/setup/markup.ts'],
    testTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
