import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import { contributors } from '../src/rules/index.js';

const NOTICE = '# Privacy notice\n\nExample Ltd is the controller. We may share your data with partners for marketing.\n';

describe('the kernel runs the contributors registered beside the rules', () => {
  it('takes the items map and the vague sentence rate from the built-in contributors', () => {
    expect(contributors.map((c) => c.name)).toEqual(['items', 'vagueSentenceRate']);
    const { result } = lintSource(NOTICE, { filePath: 'notice.md', format: 'markdown', today: '2026-01-15' });
    expect(Object.keys(result)).toEqual(['filePath', 'format', 'language', 'items', 'messages', 'errorCount', 'warningCount', 'infoCount', 'vagueSentenceRate']);
    expect(Object.keys(result.items)).toHaveLength(20);
    expect(result.items.recipients).toEqual({ status: 'present', line: 3 });
    expect(result.items.purposes).toEqual({ status: 'missing' });
    expect(result.vagueSentenceRate).toBe(1);
  });

  it('adds only what the given contributors give', () => {
    const { result } = lintSource(NOTICE, {
      filePath: 'notice.md',
      format: 'markdown',
      rules: [],
      contributors: [{ name: 'one item', contribute: () => ({ items: { purposes: { status: 'missing' } } }) }],
    });
    expect(result.items).toEqual({ purposes: { status: 'missing' } });
    expect(result.messages).toEqual([]);
    expect('vagueSentenceRate' in result).toBe(false);
  });
});
