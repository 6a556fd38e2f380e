import { derivedKey, getCached } from './derived.js';
import type { Block, Notice, Section } from './types.js';
import { pushAll } from '../util/arrays.js';

export interface Sentence {
  text: string;
  block: Block;
  /** Index of the sentence's first character in `block.text`. */
  index: number;
  /** The section the block belongs to (the root for text before the first heading). */
  section: Section;
}

/**
 * Splits a block into sentences: at . ! ? followed by white space and a capital letter or digit
 * (not after a short abbreviation before a number: "Art. 6 para. 1 lit. f"),
 * and at line breaks unless the line looks hard-wrapped (long, no closing punctuation, next line
 * starts in lower case). Linear in the block's length.
 */
export function splitSentences(block: Block, section: Section): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, block, index: start + lead, section });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      let j = i + 1;
      while (j < text.length && (text[j] === '\n' || text[j] === '\r' || text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
      const next = text[j] ?? '';
      const wrapped = line.length >= 50 && !/[.!?:;]$/u.test(line) && /\p{Ll}/u.test(next);
      if (!wrapped) push(i);
    } else if (c === '.' || c === '!' || c === '?') {
      const after = text[i + 1];
      if (after === ' ' || after === '\t' || after === '\u00a0') {
        let j = i + 1;
        while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
        const next = text[j] ?? '';
        // "esim. jos", "mm. ikä", "5. krs" are not sentence ends: require a capital, digit or quote next.
        // "Art. 6", "para. 1", "Abs. 1", "nr. 5": a short word's period before a number is an abbreviation's.
        const abbreviation = /\p{N}/u.test(next) && /(?<![\p{L}\p{N}])\p{L}{1,4}$/u.test(text.slice(Math.max(0, i - 5), i));
        if (/[\p{Lu}\p{N}"“”'(«-]/u.test(next) && !/\d/u.test(text[i - 1] ?? '') && !abbreviation) push(i + 1);
      }
    }
  }
  push(text.length);
  return out;
}

const SENTENCES = derivedKey<Sentence[]>('sentences');

/** Every sentence of the notice, in document order (headings included), computed once per notice. */
export function sentences(notice: Notice): Sentence[] {
  return getCached(notice, SENTENCES, allSentences);
}

function allSentences(notice: Notice): Sentence[] {
  const all: Sentence[] = [];
  const visit = (section: Section) => {
    if (section.heading) pushAll(all, splitSentences(section.heading, section));
    for (const b of section.blocks) pushAll(all, splitSentences(b, section));
    for (const c of section.children) visit(c);
  };
  visit(notice.root);
  return all;
}
