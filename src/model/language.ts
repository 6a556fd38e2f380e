import { franc } from 'franc';
import type { DetectedLang } from './types.js';

const ISO3: Record<string, DetectedLang> = { fin: 'fi', swe: 'sv', eng: 'en' };
const ONLY = ['fin', 'swe', 'eng'];
/** Enough text to tell the three apart; a longer sample only costs time. */
const SAMPLE = 20000;
const MIN_LENGTH = 40;
/** Fewer letters than this give unreliable guesses (an address block reads as English). */
const MIN_LETTERS = 80;

/** Finnish, Swedish, English or 'und', from franc (the full package: franc-min has no Finnish). */
export function detectLanguage(text: string): DetectedLang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (countLetters(sample) < MIN_LETTERS) return 'und';
  return ISO3[franc(sample, { only: ONLY, minLength: MIN_LENGTH })] ?? 'und';
}

function countLetters(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= MIN_LETTERS) break;
  return n;
}
