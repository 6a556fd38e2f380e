/**
 * Citations of GDPR Art. 6(1) by its point, in the styles notices use: "Art. 6(1)(f)", "Art. 6
 * para. 1 lit. f", "Article 6(1) point (b)", "point (f) of Article 6(1)", "art. 6.1 b",
 * "6 artiklan 1 kohdan f alakohta", "artikel 6.1 första stycket f". The point's letter names the
 * basis (facts/gdpr.ts); the words around the numbers are per-language data (basis.citation).
 */
import { ART_6_1_POINTS, EUDPR, EUDPR_ART_5_1_POINTS, type LegalBasis } from '../facts/gdpr.js';
import { phraseSource } from '../matching/phrase-grammar.js';
import { LANGS, itemPhrases } from '../lang/index.js';

const any = (ws: readonly string[]) => `(?:${ws.map(phraseSource).join('|')})`;
/** A citation is read in every language: its words only stand next to the numbers of an article ("Art. 6(1)(f)" in a Finnish notice). */
const words = (pick: (c: (typeof itemPhrases)['fi']['basis']['citation']) => readonly string[]) => LANGS.flatMap((l) => pick(itemPhrases[l].basis.citation));
const ART = any(words((c) => c.article));
const PARA = any(words((c) => c.paragraph));
const POINT = any(words((c) => c.point));
/** "(1)", ".1", " para. 1", " 1 kohdan": paragraph 1 of the article. */
const ONE = `(?:\\s?\\(1\\)|\\s?\\.\\s?1|[\\s,]{0,3}${PARA}\\s{0,2}1|\\s{1,2}1\\s{0,2}${PARA})(?!\\d)`;
/** "(f)", " f", " lit. f", " point (f)", " f alakohta". */
const LETTER = `[\\s.,]{0,3}(?:${POINT}\\s{0,2})?\\(?([a-f])\\)?(?![\\p{L}\\p{N}])`;
const CITATION = new RegExp(
  [
    // Art. 6(1)(f), Art. 6 para. 1 lit. f, artikel 6.1 b, Article 6(1) point (b)
    `(?<![\\p{L}\\p{N}])${ART}\\s{0,2}6${ONE}${LETTER}`,
    // 6 artiklan 1 kohdan f alakohta, 6 art. 1 k. f
    `(?<![\\p{L}\\p{N}])6\\s{0,2}${ART}${ONE}${LETTER}`,
    // 6(1)(f) with no word for the article: the brackets say what it is
    `(?<![\\p{L}\\p{N}.])6\\(1\\)\\s?\\(([a-f])\\)`,
    // point (f) of Article 6(1)
    `(?<![\\p{L}\\p{N}])${POINT}\\s{0,2}\\(?([a-f])\\)?\\s{0,2}(?:of|in|i)?\\s{0,2}${ART}\\s{0,2}6${ONE}`,
  ].join('|'),
  'giu',
);
/** More points after the first: "(a) and (b)", "b ja c", "(b), (c)". */
const MORE = /^(?:\s{0,2}(?:,|and|or|ja|tai|och|eller|&|\/)\s{0,2}\(?([a-f])\)?(?![\p{L}\p{N}]))/iu;

/** "Article 5(1)(a) of Regulation (EU) 2018/1725", in a text that names that regulation. */
const EUDPR_CITATION = new RegExp(`(?<![\\p{L}\\p{N}])${ART}\\s{0,2}5${ONE}${LETTER}`, 'giu');

/**
 * What every citation of Art. 6(1) has: a 6 before "(1)", ".1" or a word ("6 para. 1", "6
 * artiklan"). The full pattern is tried only around such a 6, in a window of the text: most
 * texts have none, and a text with many ("6 months") is not searched from every position.
 */
const SIX = /(?<!\p{N})6(?=\s?\(1\)|\s?\.\s?1|\s{1,2}\p{L}|,\s)/gu;
const BEFORE_SIX = 60;
const AFTER_SIX = 160;

/** Citations of Art. 6(1) around each 6 that may start or end one. */
function* citations(text: string): Generator<RegExpMatchArray & { end: number }> {
  let searched = 0;
  for (const six of text.matchAll(SIX)) {
    const from = Math.max(searched, (six.index ?? 0) - BEFORE_SIX);
    const window = text.slice(from, (six.index ?? 0) + AFTER_SIX);
    for (const m of window.matchAll(CITATION)) {
      const end = from + (m.index ?? 0) + m[0].length;
      searched = Math.max(searched, end);
      yield Object.assign(m, { index: from + (m.index ?? 0), end });
    }
  }
}

/** The Art. 6(1) bases a text cites by point (and, where it names Regulation 2018/1725, its Art. 5(1)). */
export function citedBases(text: string): Set<LegalBasis> {
  const out = new Set<LegalBasis>();
  if (text.includes(EUDPR)) for (const m of text.matchAll(EUDPR_CITATION)) out.add(EUDPR_ART_5_1_POINTS[m[1].toLowerCase()] ?? 'publicTask');
  for (const m of citations(text)) {
    const letter = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
    out.add(ART_6_1_POINTS[letter]!);
    let rest = text.slice(m.end, m.end + 80);
    for (let more = MORE.exec(rest); more; more = MORE.exec(rest)) {
      out.add(ART_6_1_POINTS[more[1].toLowerCase()]!);
      rest = rest.slice(more[0].length);
    }
  }
  return out;
}

/** The first citation of Art. 6(1)(f) in a text (legitimate interests), to read what follows it. */
export function legitimateInterestsCitation(text: string): RegExpMatchArray | null {
  for (const m of citations(text)) if ((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase() === 'f') return m;
  return null;
}

/** The text with its Art. 6(1) citations blanked out, to read what else it says. */
export function withoutCitations(text: string): string {
  let out = '';
  let at = 0;
  for (const m of citations(text)) {
    out += `${text.slice(at, m.index)} `;
    at = m.end;
  }
  return out + text.slice(at);
}
