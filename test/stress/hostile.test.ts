/**
 * The stress tier (`npm run test:stress`, after `npm test` in CI): every hostile case at full
 * size, each in a node process of its own with a 1 GB heap, must be linted within the promise of
 * SECURITY.md (20 s of CPU, 1 GB of memory) with every finding inside the document. What is
 * checked is the case's own CPU time and peak memory as the operating system counts them, not
 * wall-clock time: a busy machine makes a case wait, not cost more.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../hostile-cases.js';
import { ROOT, TODAY } from '../helpers.js';

const CPU_BUDGET_MS = 20_000;
const MEMORY_BUDGET_MB = 1024;

interface Cost {
  cpuMs: number;
  maxRssMB: number;
  messages: number;
  ruleIds: string[];
  outside: number;
}

function measure(index: number, format: string): Cost {
  const p = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', join('test', 'stress', 'measure.ts'), String(index), format], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  expect(p.stderr, 'no exception, no out-of-memory abort').toBe('');
  expect(p.status).toBe(0);
  return JSON.parse(p.stdout) as Cost;
}

describe('hostile input at full size: bounded CPU and memory', () => {
  HOSTILE_CASES.forEach((c, index) => {
    for (const format of c.formats) {
      it(`${c.name} (${format})`, () => {
        const cost = measure(index, format);
        // In the CI log: how close each case comes to the budget.
        console.log(`${c.name} (${format}): ${cost.cpuMs} ms CPU, ${cost.maxRssMB} MB peak, ${cost.ruleIds.join(' ')}`);
        expect(cost.outside, 'findings outside the document').toBe(0);
        expect(cost.cpuMs, `CPU ${cost.cpuMs} ms`).toBeLessThan(CPU_BUDGET_MS);
        expect(cost.maxRssMB, `peak memory ${cost.maxRssMB} MB`).toBeLessThan(MEMORY_BUDGET_MB);
      });
    }
  });

  it("200,000 sentences in one paragraph, under node's own stack size (the test workers have a larger one)", () => {
    // push(...items) passes every item on the stack: 200,000 sentences overflowed it in the command.
    const code = `import { lintSource } from './src/linter.ts';
for (const [source, format] of [['Rivi\\r'.repeat(200000), 'text'], ['Rivi\\n'.repeat(200000), 'markdown']]) {
  const { result } = lintSource(source, { filePath: 'hostile', format, today: '${TODAY}' });
  console.log(format, result.messages.map((m) => m.ruleId).join(','));
}`;
    const p = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(p.stderr).not.toMatch(/Maximum call stack/u);
    // One paragraph of 1 MB is too long to parse as Markdown: read as plain text, and said so.
    expect(p.stdout).toBe('text not-a-notice\nmarkdown not-a-notice,read-as-plain-text\n');
  });
});
