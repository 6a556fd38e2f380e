import { defineConfig } from 'vitest/config';

/** Test files that replace a module (vi.mock): they need a module graph of their own. */
const MOCKING = ['test/ignore-globs.test.ts', 'test/run-errors.test.ts'];
/** The stress tier (full-size hostile inputs, the pool's failures) runs on its own: npm run test:stress. */
const STRESS = ['test/stress/**', '**/node_modules/**'];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/markup.ts'],
    testTimeout: 60000,
    pool: 'threads',
    projects: [
      // Most files share one module graph per worker: the sources are loaded (and their phrase
      // lists compiled) once per worker, not once per file, which halves the suite's CPU time.
      // A test that needs fresh module state goes in MOCKING.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...STRESS, ...MOCKING], isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING, exclude: STRESS } },
    ],
  },
});
