/**
 * A template's notes to whoever fills it in, left in the notice: "This template should be
 * adapted", "Muokkaa tätä mallia" (lexicon common.templateNotes, found anywhere), and a drafter's
 * instruction standing where text should be, "DEMO: Add the full policy here", "Fyll i
 * föreningens namn här" (common.templateInstructions, found only where a sentence starts: said
 * mid-sentence, "you can add them here", the words may be addressed to the reader). A note's words
 * after the writer's own modal or a shop's verb (common.templateNoteClaims: "we reserve the right to
 * adapt this policy", "Buy this template") are a statement or a button, not a note.
 */
import { commonPhrases, LANGS } from '../lang/index.js';
import { escapePhrase, phrasePattern } from '../matching/patterns.js';

const TEMPLATE_NOTE = phrasePattern(LANGS.flatMap((l) => commonPhrases[l].templateNotes), 'giu');
/** Words that make a note the writer's own statement ("the right to adapt this policy") or a shop's button ("Buy this template"). */
const CLAIMS = LANGS.flatMap((l) => commonPhrases[l].templateNoteClaims).map((w) => w.toLowerCase());
const CLAIM_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${CLAIMS.map(escapePhrase).join('|')})\\s*$`, 'u');
const claimedAt = (text: string, at: number): boolean => CLAIM_BEFORE.test(text.slice(Math.max(0, at - 40), at).toLowerCase());
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
  let first: TemplateNote | null = null;
  for (const m of text.matchAll(TEMPLATE_NOTE)) {
    if (claimedAt(text, m.index ?? 0)) continue;
    first = { index: m.index ?? 0, text: m[0] };
    break;
  }
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

/** Words a sentence keeps beside a note and still says nothing ("Recipients: to be added later", "Muokkaa tätä mallia vastaamaan yhdistyksesi toimintaa"). */
const NOTE_ONLY_WORDS = 3;
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * Whether a sentence is only a note to whoever fills the template in: the note with at most a
 * label or a few words beside it. A label before the notice's own text ("Suositeltu teksti: Kun
 * sivuston käyttäjät jättävät kommentteja ...") leaves the text, which states what it states.
 */
export function isTemplateNoteOnly(text: string): boolean {
  const note = templateNoteIn(text);
  if (note === null) return false;
  const rest = text.slice(0, note.index) + ' ' + text.slice(note.index + note.text.length);
  return (rest.match(WORD)?.length ?? 0) <= NOTE_ONLY_WORDS;
}

/** Whether a heading is a template's own label ("Headings to fill in", "Rubriker att fylla i"): what stands under it is the drafter's list, not the notice's statements. */
export function isTemplateLabel(title: string): boolean {
  return title !== '' && templateNoteIn(title) !== null;
}
