// detectLanguage runs franc's algorithm over three models only (for speed): it must give
// exactly franc's answer, on real notices, their sections and random text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/parse/language.js';
import { parseNotice } from '../src/parse/notice.js';
import { formatOfPath, NO_SHARED, ROOT, SEEDS_DIR } from './helpers.js';

function reference(text: string): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < 80) return 'und';
  return { fin: 'fi', swe: 'sv', eng: 'en' }[franc(sample, { only: ['fin', 'swe', 'eng'], minLength: 40 })] ?? 'und';
}

function texts(): string[] {
  const out: string[] = [];
  // The seeds only when ../shared is beside the project (helpers.ts says so once).
  const dirs = [join(ROOT, 'fixtures', 'corpus'), join(ROOT, 'examples'), ...(NO_SHARED ? [] : [SEEDS_DIR])];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)) {
      if (!/\.(txt|md|html)$/u.test(f)) continue;
      const src = readFileSync(join(dir, f), 'utf8');
      const notice = parseNotice(src, formatOfPath(f));
      out.push(src, notice.blocks.map((b) => b.text).join('\n'));
      for (const s of notice.sections) out.push([s.title, ...s.blocks.map((b) => b.text)].join('\n'));
    }
  }
  return out;
}

describe('language detection', () => {
  it('agrees with franc on every notice and section of the fixtures, examples and seeds', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(200);
    for (const t of all) expect(detectLanguage(t), t.slice(0, 80)).toBe(reference(t));
  });

  it('agrees with franc on random text', () => {
    const words = ['tietoja', 'henkilötiedot', 'och', 'personuppgifter', 'the', 'data', 'käsittelemme', 'vi', 'we', 'rights', 'oikeus', 'rätt', 'EU:n', 'Москва', '東京', '2024', '—', '“quoted”', 'é', 'ß'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 120 }), (parts) => {
        const t = parts.join(' ');
        expect(detectLanguage(t)).toBe(reference(t));
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
