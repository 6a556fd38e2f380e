/**
 * A template's notes to whoever fills it in, left in the notice: "This template should be
 * adapted", "Muokkaa tätä mallia" (lexicon common.templateNotes, found anywhere), and a drafter's
 * instruction standing where text should be, "DEMO: Add the full policy here", "Fyll i
 * föreningens namn här" (common.templateInstructions, found only where a sentence starts: said
 * mid-sentence, "you can add them here", the words may be addressed to the reader).
 */
import { commonPhrases, LANGS } from '../lang/index.js';
import { phrasePattern } from '../matching/patterns.js';

const TEMPLATE_NOTE = phrasePattern(LANGS.flatMap((l) => commonPhrases[l].templateNotes), 'iu');
const INSTRUCTION = phrasePattern(LANGS.flatMap((l) => commonPhrases[l].templateInstructions), 'giu');
/** What may stand before an instruction: nothing, a sentence's end, or a label ("DEMO:", "NOTE –", "[Ohje]"). */
const LABEL_END = /[.!?:–—\]]$/u;
const atSentenceStart = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 20), at).trimEnd();
  return before === '' || LABEL_END.test(before);
};

export interface TemplateNote {
  index: number;
  text: string;
}

/** The first template note or drafter's instruction in a text, or null. */
export function templateNoteIn(text: string): TemplateNote | null {
  const note = TEMPLATE_NOTE.exec(text);
  let first: TemplateNote | null = note ? { index: note.index, text: note[0] } : null;
  for (const m of text.matchAll(INSTRUCTION)) {
    const at = m.index ?? 0;
    if (first && first.index <= at) break;
    if (atSentenceStart(text, at)) {
      first = { index: at, text: m[0] };
      break;
    }
  }
  return first;
}
