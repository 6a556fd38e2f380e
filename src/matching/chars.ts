/**
 * Characters as the phrase search sees them: word boundaries, case folding and white space,
 * answered by table lookups (the search asks for every character of every text).
 */

/**
 * A letter or digit, written as a negated class of white space, punctuation and symbols.
 * V8 compiles every occurrence of \p{L} inside an alternation into a large Unicode automaton
 * (more so with the i flag): a list of 200 stems with [\p{L}]{0,40} tails took ~70 ms to compile
 * and 0.2 ms per test; with this class, 5 ms and 0.015 ms. Use these inside phrase lists;
 * a single \p{L} outside the alternation (the leading boundary) costs little.
 */
export const WORD_CHAR = '[^\\s!-/:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u20a0-\\u20cf\\u2190-\\u2bff\\u3000-\\u303f]';
/** A letter, digit or hyphen: what may follow a stem ("Facebook-pikseli", "EU-alueen"). */
export const STEM_CHAR = '[^\\s!-,./:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u20a0-\\u20cf\\u2190-\\u2bff\\u3000-\\u303f]';

/**
 * White space within a line, as RegExp source: a space, a tab, a no-break or a thin space (web
 * pages write "Ratapihantie&nbsp;9" and "029&#8239;566&#8239;6700"); \s without line breaks.
 */
export const LINE_SPACE = '[^\\S\\n\\r\\u2028\\u2029]';

/** Code units that count as letters or digits for the leading word boundary. */
const WORDLIKE = /[\p{L}\p{N}]/u;
const wordTable = new Uint8Array(65536); // 0 unknown, 1 letter or digit, 2 other

function isWordUnit(code: number): boolean {
  let v = wordTable[code];
  if (v === 0) {
    v = WORDLIKE.test(String.fromCharCode(code)) ? 1 : 2;
    wordTable[code] = v;
  }
  return v === 1;
}

/** True when the code point that ends just before `i` is a letter or digit. */
export function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return WORDLIKE.test(text.slice(i - 2, i));
  }
  return isWordUnit(c);
}

/** Code units by what WORD_CHAR says of them with the `u` and the `iu` flags (0: not asked yet). */
const WORD_CHAR_U = new RegExp(`^${WORD_CHAR}$`, 'u');
const WORD_CHAR_IU = new RegExp(`^${WORD_CHAR}$`, 'iu');
const wordCharTable = new Uint8Array(65536);

/** What follows a phrase: no letter or digit (the end of the text too), a letter or digit, or it depends. */
export const NOT_WORD = 1;
export const WORD = 2;
export const EITHER = 3;

/**
 * Whether the code unit at `i` is a WORD_CHAR, for any phrase pattern's flags: NOT_WORD or WORD
 * when the `u` and `iu` flags agree, EITHER when they do not or when only the whole code point
 * can tell (surrogates).
 */
export function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return NOT_WORD;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return EITHER;
  let v = wordCharTable[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const u = WORD_CHAR_U.test(ch);
    v = u !== WORD_CHAR_IU.test(ch) ? EITHER : u ? WORD : NOT_WORD;
    wordCharTable[c] = v;
  }
  return v;
}

const foldTable = new Uint16Array(65536); // 0 unknown (code 0 folds to itself)

/** A code unit case-folded the way the `iu` flags compare it (close enough for a prefilter key). */
export function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 32 : code;
  let f = foldTable[code];
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const lower = ch.toUpperCase().toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : code;
    foldTable[code] = f;
  }
  return f;
}

/** White space as `\s` knows it. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A character as keys compare it: case-folded, any white space a space. */
export const charKey = (c: number): number => (isSpace(c) ? 32 : fold(c));

/** The key of two characters at a word start; white space as the second one counts as a space. */
export const keyOf = (a: number, b: number): number => fold(a) * 65536 + charKey(b);

/** The key of the text at position p (the end of the text counts as a character 0). */
export const keyAt = (text: string, p: number): number => keyOf(text.charCodeAt(p), p + 1 < text.length ? text.charCodeAt(p + 1) : 0);
