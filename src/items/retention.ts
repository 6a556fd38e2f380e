/**
 * Retention period (Art. 13(2)(a)): present when a sentence about keeping or deleting data (or any
 * sentence under a retention heading) gives a period with a unit ("7 vuotta", "90 days") or
 * criteria ("until the contract ends", "kirjanpitolain mukaan"); vague when it only says "as long
 * as necessary", "kun tieto ei ole enää tarpeellinen", "as the limitation rules require".
 * "until you ask us to delete it" is no criterion; a deletion routine with no period ("deleted
 * regularly", "raderas löpande") is vague too. A frequency is not a period: "tarkastellaan 3 kk
 * välein" reviews, it does not keep. A number word stands apart from its unit: "av" is no "a v".
 */
import { home, place } from './find.js';
import type { ItemEvidence } from './types.js';
import { headingTopics, type NoticeView, type Unit } from './view.js';
import { caseless, escapePhrase as esc, NOT_WORD_AFTER, STEM_CHAR, withFlags } from '../matching/patterns.js';
import { perVocabulary, type Vocabulary } from './vocab.js';
import { parseDateAt } from '../analysis/dates.js';

/** The period patterns of a vocabulary: a number word and a unit of the same languages. */
const patterns = perVocabulary((V) => {
  const R = V.retention;
  const unit = R.units.map((u) => `${u.endsWith('*') ? `${esc(u.slice(0, -1))}${STEM_CHAR}{0,12}` : esc(u)}${NOT_WORD_AFTER}`).join('|');
  /** A number in digits may touch its unit ("30d", "12-month") and follow its word ("six (6) years"); a number word stands apart ("a day", not "av"). */
  const number = `(?:(?:${R.numberWords.map(esc).join('|')})\\s{1,3}\\()?\\d{1,4}(?:[.,]\\d{1,2})?(?:\\s?[-–]\\s?\\d{1,4})?\\)?\\s?-?\\s?|(?:${R.numberWords.map(esc).join('|')})(?:\\s{1,3}|\\s?-\\s?)`;
  const frequency = R.frequency.map(esc).join('|');
  const within = R.within.map(esc).join('|');
  return {
    /** A number and a time unit, not preceded or followed by a frequency word. */
    DURATION: caseless(
      `(?<![\\p{L}\\p{N}])(?<!(?:${frequency})\\s{1,3})(?:${number})(?:${unit})(?!\\s{0,3}(?:${frequency})${NOT_WORD_AFTER})`,
    ),
    VAGUE_ALL: withFlags(R.vague, 'giu'),
    /** A frequency word before a unit ("en gång per kalenderår", "kerran vuodessa"): how often, not how long. */
    FREQUENT: caseless(`(?<![\\p{L}\\p{N}])(?:${frequency})\\s{1,3}\\p{L}{0,12}(?:${unit})`, 'gu'),
    /** A time limit for acting ("within 30 days", "inom en månad", "30 päivän kuluessa"). */
    WITHIN: caseless(
      `(?<![\\p{L}\\p{N}])(?:(?:${within})\\s{1,3}(?:${number})(?:${unit})|(?:${number})(?:${unit})\\s{1,3}(?:${within})${NOT_WORD_AFTER})`,
      'gu',
    ),
  };
});

const CRITERIA_ALL = perVocabulary((V) => withFlags(V.retention.criteria, 'giu'));

/** How many list items after a lead-in about keeping data ("Vi sparar dina uppgifter:") read it as their context. */
const LEAD_IN_REACH = 8;
/** A list item, or a paragraph that starts with a bullet (a plain-text list). */
const BULLET = /^\s*(?:[-*•–·]|\d{1,2}[.)]|\p{Ll}\))\s/u;
const isListItem = (u: Unit) => u.block.kind === 'list-item' || BULLET.test(u.block.text);

/** List items led in by a sentence about keeping data that ends with a colon: "Säilytämme tietoja: - 2 vuotta ...". */
function ledIn(V: Vocabulary, units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  let lead: Unit | null = null;
  let reach = 0;
  for (const u of units) {
    if (lead && !u.heading && reach > 0 && u.section === lead.section && isListItem(u) && u.block !== lead.block) {
      out.add(u);
      reach--;
      continue;
    }
    lead = null;
    // Not a list of the person's rights ("Du har rätt att bli raderad:"): its conditions are no periods.
    const grantsRight = V.rights.context.test(u.text) && V.rights.grant.test(u.text);
    if (!isListItem(u) && u.text.trimEnd().endsWith(':') && V.retention.words.test(u.text) && !V.cookies.test(u.text) && !grantsRight) {
      lead = u;
      reach = LEAD_IN_REACH;
    }
  }
  return out;
}

function isRetentionUnit(V: Vocabulary, u: Unit, led: ReadonlySet<Unit> = new Set()): boolean {
  const R = V.retention;
  if (led.has(u)) return true;
  if (V.cookies.test(u.text) && !u.topics.has('retention')) return false;
  // A table row about keeping data: its header names it as a retention heading would ("Säilytysaika", "How long").
  return R.words.test(u.text) || u.topics.has('retention') || (u.row !== '' && (R.words.test(u.row) || headingTopics(u.row, V).has('retention')));
}

function concrete(V: Vocabulary, text: string): boolean {
  const { DURATION, VAGUE_ALL, FREQUENT } = patterns(V);
  const R = V.retention;
  // "rätt att få besked en gång per kalenderår" says how often, it names no criterion.
  const rest = text.replace(VAGUE_ALL, ' ').replace(FREQUENT, ' ');
  return DURATION.test(rest) || R.criteria.test(rest) || (R.byDate.test(rest) && hasDayDate(rest));
}

/** A calendar date to the day somewhere in the text ("01.04.2022", "31 december 2025"): a deadline word beside it gives an end. */
function hasDayDate(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
    if (parseDateAt(text.slice(m.index ?? 0))?.precision === 'day') return true;
  }
  return false;
}

export function retentionPeriod(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  const R = V.retention;
  const { DURATION, WITHIN } = patterns(V);
  const led = ledIn(V, view.units);
  const candidates = view.units.filter((u) => isRetentionUnit(V, u, led) && !(u.heading && !u.topics.has('retention') && !concrete(V, u.text)));
  // Deletion on request outside a retention section is the right to erasure, not a period, and so
  // is the time we take to act on the request ("within 30 days of your request").
  // A heading gives a period only with its number ("Retention: 2 years"): its criterion words name the
  // topic ("Duration of data storage", "Until when do we keep data?"), the text under it answers.
  const givesPeriod = (u: Unit) => (u.heading ? DURATION.test(u.text.replace(patterns(V).VAGUE_ALL, ' ')) : concrete(V, u.text));
  // A criterion that speaks of a request ("deleted once your request has been answered") is no deletion on request.
  const onRequest = (u: Unit) => R.onRequest.test(u.text.replace(CRITERIA_ALL(V), ' '));
  const period = candidates.find((u) => givesPeriod(u) && !(onRequest(u) && !DURATION.test(u.text.replace(WITHIN, ' ')) && !u.topics.has('retention')));
  if (period) return { status: 'present', evidence: place(period) };
  const vague = candidates.find((u) => R.vague.test(u.text)) ?? candidates.find((u) => R.routine.test(u.text));
  const where = home(view, 'retention');
  if (vague) return { status: 'vague', evidence: place(vague), ...(where ? { home: where } : {}) };
  return { status: 'missing', ...(where ? { home: where } : {}) };
}
