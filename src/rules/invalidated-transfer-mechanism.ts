import { INVALID_MECHANISMS, VALID_MECHANISMS_TEXT } from '../facts/transfers.js';
import { LANGS, outdatedPhrases } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { sentences, type Sentence } from '../model/sentences.js';
import { escapeRegExp, hasPhrase, phrasePattern } from '../matching/patterns.js';
import type { Rule } from './types.js';

/** Words saying the mechanism is no longer valid: "invalidated by the CJEU", "mitätöi", "ogiltigförklarade". */
const INVALIDATED = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].invalidated));
/** The strong ones of them, a court's annulment: "invalidated", "struck down", "mitätöi". */
const ANNULLED = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].annulled));
/** Naming the judgment or the current decision also shows the writer knows it is gone. */
const KNOWN_GONE = /Schrems|C-311\/18|C-362\/14|2021\/914/iu;

/** A decision's number ("2010/87/EU"), not inside a longer number. */
const numbersSource = (numbers: readonly string[]): string =>
  `(?<![\\p{N}/])(?:${numbers.map(escapeRegExp).join('|')})(?:\\/(?:EY|EC|EG|EU|EEC|ETY|EEG))?(?![\\p{N}])`;

const MECHANISMS = INVALID_MECHANISMS.map((m) => ({
  mechanism: m,
  pattern: new RegExp(
    [m.names.length ? phrasePattern(m.names).source : null, m.numbers.length ? numbersSource(m.numbers) : null].filter(Boolean).join('|'),
    'giu',
  ),
}));
/** Whether a sentence can name any invalid mechanism: one test before the per-mechanism patterns. */
const ANY_NAME = phrasePattern(INVALID_MECHANISMS.flatMap((m) => m.names), 'iu');
const ANY_NUMBER = new RegExp(numbersSource(INVALID_MECHANISMS.flatMap((m) => m.numbers)), 'iu');

/** One message per mechanism, its name and the valid safeguards written in; the date and the judgment are data. */
const MESSAGES = Object.fromEntries(
  INVALID_MECHANISMS.map((m) => [
    m.id,
    `"{quote}" ${m.id === 'old-sccs' ? `cites ${m.title}, which lapsed on {since}` : `names ${m.title}, which the CJEU invalidated on {since} ({judgment})`}: no transfer can rest on it. Name a valid safeguard, e.g. ${VALID_MECHANISMS_TEXT}.`,
  ]),
);

/** Whether a block (not a sentence: "EU-U.S. Privacy Shield" may be cut after "U.S.") is only the name ("EU-US Privacy Shield", "Safe Harbor:"), maybe with its region's prefix. */
function bareName(text: string, name: string): boolean {
  const rest = text.replace(name, '').replace(/\b(?:EU|U\.?S\.?|Swiss)\b/gu, '').replace(/[\s\p{P}\p{S}]+/gu, '');
  return rest === '';
}

const saysGone = (text: string) => hasPhrase(INVALIDATED, text) || KNOWN_GONE.test(text);

/**
 * The next sentence of the same paragraph says a court annulled the mechanism just named, without
 * naming another ("no longer" there may speak of anything else): "Older notices rely on the Privacy Shield. That arrangement was invalidated in 2020 and
 * we do not rely on it." The name was history, not a transfer resting on it.
 */
function toldGoneNext(s: Sentence, next: Sentence | undefined): boolean {
  if (!next || next.block !== s.block) return false;
  return (hasPhrase(ANNULLED, next.text) || KNOWN_GONE.test(next.text)) && !ANY_NAME.test(next.text) && !ANY_NUMBER.test(next.text);
}

export const invalidatedTransferMechanism: Rule = {
  meta: {
    id: 'invalidated-transfer-mechanism',
    severity: 'error',
    description: 'Transfers based on Safe Harbor, the EU-US Privacy Shield or the old standard contractual clauses, all invalid now.',
    reference: 'GDPR Art. 13(1)(f), 44-46; CJEU C-362/14 and C-311/18',
    languages: ['fi', 'sv', 'en'],
    messages: MESSAGES,
  },
  check(notice, context) {
    const all = sentences(notice);
    for (const [i, s] of all.entries()) {
      if (!ANY_NAME.test(s.text) && !ANY_NUMBER.test(s.text)) continue;
      if (saysGone(s.text) || toldGoneNext(s, all[i + 1])) continue;
      for (const { mechanism: mech, pattern } of MECHANISMS) {
        pattern.lastIndex = 0;
        const m = pattern.exec(s.text);
        pattern.lastIndex = 0;
        if (!m) continue;
        // The bare name as a heading, a menu item or a card's title ("Privacy Shield") is a topic,
        // not a transfer resting on it: a notice that relies on it says so in a sentence.
        if (bareName(s.block.text, m[0])) continue;
        const start = s.index + m.index;
        context.report({
          messageId: mech.id,
          data: { quote: m[0], since: mech.invalidSinceText, ...(mech.id === 'old-sccs' ? {} : { judgment: mech.source.replace(/^CJEU /u, '') }) },
          span: blockSpan(s.block, start, start + m[0].length),
        });
      }
    }
  },
};
