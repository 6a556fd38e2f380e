import { expressions } from 'franc/expressions.js';
import { LATIN_MODELS } from './language-models.js';
import type { DetectedLang } from '../model/types.js';

const ISO3: Record<string, DetectedLang> = { fin: 'fi', swe: 'sv', eng: 'en' };
/** Enough text to tell the three apart; a longer sample only costs time. */
const SAMPLE = 20000;
const MIN_LENGTH = 40;
/** Fewer letters than this give unreliable guesses (an address block reads as English). */
const MIN_LETTERS = 80;

/**
 * Finnish, Swedish, English or 'und'. The result is franc's (`franc(text, { only: ['fin',
 * 'swe', 'eng'], minLength: 40 })`, test/language.test.ts checks it), computed without franc's
 * cost: franc loads models for ~400 languages and, even with `only`, filters them and counts
 * every script on each call. Here the three models are compiled once (language-models.ts).
 */
export function detectLanguage(text: string): DetectedLang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (countLetters(sample) < MIN_LETTERS) return 'und';
  return ISO3[francThree(sample)] ?? 'und';
}

function countLetters(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= MIN_LETTERS) break;
  return n;
}

// ---- franc 6's algorithm (MIT, github.com/wooorm/franc), restricted to fin, swe and eng

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
/**
 * A trigram of UTF-16 code units as one number, no string per trigram: three units below 1024
 * (all Latin letters) pack into 30 bits, a small integer that V8's Maps hash fast; any other
 * trigram is 2^30 plus all 48 bits (still exact below 2^53).
 */
const key = (a: number, b: number, c: number): number =>
  a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : 2 ** 30 + (a * 65536 + b) * 65536 + c;
const MODEL_NAMES: string[] = LATIN_MODELS.map(([name]) => name);
/** Each trigram's rank in every model (-1: not in that model): one lookup per trigram, not one per model. */
const RANKS = new Map<number, Int32Array>();
LATIN_MODELS.forEach(([, model], m) => {
  model.split('|').forEach((t, rank) => {
    const k = key(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
    let ranks = RANKS.get(k);
    if (!ranks) RANKS.set(k, (ranks = new Int32Array(LATIN_MODELS.length).fill(-1)));
    ranks[m] = rank;
  });
});
const SCRIPTS = Object.entries(expressions as Record<string, RegExp>);

/** Code units that franc's Latin expression matches alone (0: not asked yet, 1: yes, 2: no). */
const LATIN_UNIT = new RegExp(`^(?:${expressions.Latin.source})$`);
const latinUnits = new Uint8Array(65536);

/**
 * How many characters franc's Latin expression matches: counted unit by unit from a table, or
 * with the expression itself when the text has surrogates (its astral letters are pairs).
 * Either way the count franc gets, without an array of every letter.
 */
function latinCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return value.match(expressions.Latin)?.length ?? 0;
    let v = latinUnits[c];
    if (v === 0) latinUnits[c] = v = LATIN_UNIT.test(String.fromCharCode(c)) ? 1 : 2;
    if (v === 1) n++;
  }
  return n;
}

/** franc's top script: the one whose characters occur most (first one on a tie). */
function latinIsTopScript(value: string): boolean {
  const latin = latinCount(value) / value.length;
  // Scripts do not share characters: a majority cannot be beaten.
  if (latin > 0.5) return true;
  let top = -1;
  let topScript = '';
  for (const [script, expression] of SCRIPTS) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > top) {
      top = count;
      topScript = script;
    }
  }
  return topScript === 'Latin';
}

function francThree(input: string): string {
  if (input.length < MIN_LENGTH) return 'und';
  const value = input.slice(0, MAX_LENGTH);
  if (!latinIsTopScript(value)) return 'und';
  // trigram-utils: punctuation and digits to spaces, white space collapsed, lower case, padded.
  const clean = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<number, number>();
  let a = clean.charCodeAt(0);
  let b = clean.charCodeAt(1);
  for (let i = 2; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const k = key(a, b, c);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    a = b;
    b = c;
  }
  const distances = new Int32Array(MODEL_NAMES.length);
  let missing = 0;
  for (const [trigram, count] of counts) {
    const ranks = RANKS.get(trigram);
    if (!ranks) {
      // In no model: the maximum difference in each.
      missing++;
      continue;
    }
    for (let m = 0; m < distances.length; m++) {
      const rank = ranks[m];
      distances[m] += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  for (let m = 0; m < distances.length; m++) distances[m] += missing * MAX_DIFFERENCE;
  let best = 'und';
  let bestDistance = Infinity;
  distances.forEach((distance, m) => {
    // franc sorts stably by distance: the first model wins a tie.
    if (distance < bestDistance) {
      bestDistance = distance;
      best = MODEL_NAMES[m];
    }
  });
  return best;
}
