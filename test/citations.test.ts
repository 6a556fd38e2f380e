/** Art. 6(1) cited by its point, in the styles real notices use, names the basis. */
import { describe, expect, it } from 'vitest';
import { citedBases } from '../src/items/citations.js';
import { lintSource } from '../src/linter.js';

describe('citations of Art. 6(1)', () => {
  const cases: [string, string[]][] = [
    ['The processing is based on Art. 6 para. 1 lit. b GDPR.', ['contract']],
    ['on the basis of Art. 6(1)(f) GDPR', ['legitimateInterests']],
    ['point (f) of Article 6(1) GDPR', ['legitimateInterests']],
    ['Art. 6 Abs. 1 lit. f DSGVO', ['legitimateInterests']],
    ['Article 6(1)(b), (c) and (f)', ['contract', 'legalObligation', 'legitimateInterests']],
    ['GDPR 6(1)(a)', ['consent']],
    ['EU:n tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta', ['contract']],
    ['tietosuoja-asetuksen artikla 6(1)(c)', ['legalObligation']],
    ['artikel 6.1 b i dataskyddsförordningen', ['contract']],
    ['artikel 6.1 första stycket e', ['publicTask']],
  ];
  for (const [text, bases] of cases) it(text, () => expect([...citedBases(text)].sort()).toEqual(bases));
  it('reads Art. 5(1) of Regulation (EU) 2018/1725 (EU bodies) in its own order', () => {
    expect([...citedBases('The processing is lawful under Article 5(1)(a) of Regulation (EU) 2018/1725.')]).toEqual(['publicTask']);
    expect([...citedBases('Article 5(1)(d) of Regulation (EU) 2018/1725 (consent).')]).toEqual(['consent']);
    expect([...citedBases('Article 5(1)(a) of the GDPR says data must be processed lawfully.')]).toEqual([]);
  });
  it('is not fooled by other articles and numbers', () => {
    for (const t of ['Art. 6 and 9 GDPR', 'Art. 16 (1) a', '6.1.2024', 'Article 61(1)(f)', 'Art. 7(3)']) expect([...citedBases(t)], t).toEqual([]);
  });
  it('makes the legal basis present, and legitimate interests apply, with no basis word around it', () => {
    const { result } = lintSource('Privacy notice\n\nExample GmbH, Hauptstr. 1, Bonn, info@example.de.\n\nWe answer contact requests on the basis of Art. 6 para. 1 lit. f GDPR.\n', { filePath: 'x.txt', format: 'text' });
    expect(result.items['legal-basis']?.status).toBe('present');
    // The claim names the processing it covers (answering contact requests): that says what the interest serves.
    expect(result.items['legitimate-interests']?.status).toBe('present');
    const bare = lintSource('Privacy notice\n\nExample GmbH, Hauptstr. 1, Bonn, info@example.de.\n\nPersonal data is processed on the basis of Art. 6 para. 1 lit. f GDPR.\n', { filePath: 'x.txt', format: 'text' });
    expect(bare.result.items['legitimate-interests']?.status).toBe('missing');
  });
});
