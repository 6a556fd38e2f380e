import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('generated files', () => {
  it('src/rules/index.ts, docs/rules/README.md, the generated parts of the rule pages, the schema\'s rule ids and the README\'s tables are up to date (npm run generate)', () => {
    expect(() => execFileSync('npx', ['tsx', 'scripts/generate.ts', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });
});
