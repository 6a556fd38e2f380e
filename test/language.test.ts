import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/notice.js';
import { formatOfPath, ROOT } from './helpers.js';

const CORPUS = join(ROOT, 'fixtures', 'corpus');

describe('language detection on the corpus notices', () => {
  for (const file of readdirSync(CORPUS).filter((f) => /\.(txt|md|html)$/u.test(f) && f !== 'README.md').sort()) {
    const expected = JSON.parse(readFileSync(join(CORPUS, file.replace(/\.(txt|md|html)$/u, '.expected.json')), 'utf8')).language;
    it(`${file} is ${expected}`, () => {
      expect(parseNotice(readFileSync(join(CORPUS, file), 'utf8'), formatOfPath(file)).language).toBe(expected);
    });
  }
});
