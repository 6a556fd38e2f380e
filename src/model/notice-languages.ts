/**
 * The languages a notice is written in: the language detected for the whole notice, and any other
 * language in which a real part of it is written. "A real part" is sections whose own text is
 * detected as that language and holds together at least PART_LETTERS letters (a real paragraph;
 * one heading or an address line never does: the detector calls text under 80 letters 'und').
 * A notice whose language is undetermined uses all three. Item phrases of a language apply only
 * to a notice that uses it (items/vocab.ts).
 */
import { derivedKey, getCached } from './derived.js';
import type { Lang, Notice, Section } from './types.js';

/**
 * Letters of text in another language that make it a language of the notice: a paragraph of two
 * or three sentences. Below it the detector's guess is unsure and the text too short to state an item.
 */
export const PART_LETTERS = 200;
/** A section with fewer letters of its own is not detected: it cannot reach the detector's minimum. */
const MIN_SECTION_LETTERS = 80;

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

const LANGUAGES = derivedKey<readonly Lang[]>('notice languages');

/** The letters of a section's own text (title and blocks), counted up to PART_LETTERS: one such section is enough. */
function letters(s: Section): number {
  let n = 0;
  for (const t of [s.title, ...s.blocks.map((b) => b.text)]) {
    for (const _ of t.matchAll(/\p{L}/gu)) if (++n >= PART_LETTERS) return n;
  }
  return n;
}

/** The notice's languages in LANGS order; all three when its language is undetermined. */
export function noticeLanguages(notice: Notice): readonly Lang[] {
  return getCached(notice, LANGUAGES, computeNoticeLanguages);
}

function computeNoticeLanguages(notice: Notice): readonly Lang[] {
  let out: readonly Lang[];
  if (notice.language === 'und') out = LANGS;
  else {
    const found = new Map<Lang, number>();
    for (const s of notice.sections) {
      const n = letters(s);
      if (n < MIN_SECTION_LETTERS) continue;
      const lang = s.language;
      if (lang !== 'und' && lang !== notice.language) found.set(lang, (found.get(lang) ?? 0) + n);
    }
    out = LANGS.filter((l) => l === notice.language || (found.get(l) ?? 0) >= PART_LETTERS);
  }
  return out;
}
