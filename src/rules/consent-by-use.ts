import { inLangs, perLanguages } from '../analysis/patterns.js';
import { RULINGS } from '../facts/cookies.js';
import { citedBases } from '../items/citations.js';
import { consentPhrases } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { sentences } from '../model/sentences.js';
import { phrasePattern } from '../matching/patterns.js';
import type { Rule } from './types.js';

/** The phrases of the notice's languages only. */
const patterns = perLanguages((langs) => ({
  TRIGGER: phrasePattern(inLangs(langs, consentPhrases, (p) => [...p.useTriggers, ...p.dataActs]), 'iu'),
  USE: phrasePattern(inLangs(langs, consentPhrases, (p) => p.useTriggers), 'iu'),
  CLAUSE: phrasePattern(inLangs(langs, consentPhrases, (p) => p.useClauses), 'iu'),
  ACCEPT: phrasePattern(inLangs(langs, consentPhrases, (p) => p.acceptance), 'iu'),
  PRESUMED: phrasePattern(inLangs(langs, consentPhrases, (p) => p.presumedConsent), 'iu'),
  TERMS: phrasePattern(inLangs(langs, consentPhrases, (p) => p.termsOfUse), 'iu'),
  DATA: phrasePattern(inLangs(langs, consentPhrases, (p) => p.dataWords), 'iu'),
}));

/**
 * "When you visit our site, you consent to ...": a clause of use (lexicon consent.useClauses)
 * whose main clause, right after the clause's comma, opens with the acceptance. Said elsewhere in
 * the sentence ("when you visit, we ask whether you consent"), the acceptance is a question put.
 */
function clauseOfUse(text: string, clause: RegExp, accept: RegExp): RegExpExecArray | null {
  const m = clause.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
  const comma = rest.indexOf(',');
  if (comma < 0 || /[.;:!?]/u.test(rest.slice(0, comma))) return null;
  const after = rest.slice(comma + 1);
  const a = accept.exec(after);
  return a && after.slice(0, a.index).trim() === '' ? m : null;
}

/** "By using our site you accept ...": one finding per such sentence, from the trigger to the acceptance. */
export const consentByUse: Rule = {
  meta: {
    id: 'consent-by-use',
    severity: 'warning',
    description: '"By using our site/services you accept": using a service is not consent to processing or cookies.',
    reference: 'GDPR Art. 4(11), Art. 6(1)(a), Art. 7; CJEU C-673/17 Planet49',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'implied-consent': '"{quote}" treats using the site or service as acceptance. Consent must be a clear, active choice: implied consent is not consent (GDPR Art. 4(11) and recital 32: silence or inactivity is not consent; {ruling}). Name the real legal basis for the processing (contract, legal obligation, legitimate interests) and ask for consent actively where it is needed.',
    },
  },
  check(notice, context) {
    const { TRIGGER, USE, CLAUSE, ACCEPT, PRESUMED, TERMS, DATA } = patterns(notice);
    for (const s of sentences(notice)) {
      // "We assume that you consent": consent the controller presumes is implied, whatever the act.
      const presumed = PRESUMED.exec(s.text);
      if (presumed) {
        context.report({
          messageId: 'implied-consent',
          data: { quote: presumed[0].replace(/\s+/gu, ' '), ruling: RULINGS.planet49.cite },
          span: blockSpan(s.block, s.index + presumed.index, s.index + presumed.index + presumed[0].length),
        });
        continue;
      }
      const trigger = TRIGGER.exec(s.text) ?? clauseOfUse(s.text, CLAUSE, ACCEPT);
      if (!trigger) continue;
      const accept = ACCEPT.exec(s.text);
      if (!accept) continue;
      // "By subscribing, you consent ... (Art. 6(1)(a))": an act of the reader's own that the notice
      // names as the consent it relies on is an active choice, not consent implied by use.
      if (!USE.test(s.text) && citedBases(s.text).has('consent')) continue;
      // Accepting terms of use by using a service is a contract matter, not a consent to processing.
      if (TERMS.test(s.text) && !DATA.test(s.text.replace(TERMS, ''))) continue;
      const from = Math.min(trigger.index, accept.index);
      const to = Math.max(trigger.index + trigger[0].length, accept.index + accept[0].length);
      context.report({
        messageId: 'implied-consent',
        data: { quote: s.text.slice(from, to).replace(/\s+/gu, ' '), ruling: RULINGS.planet49.cite },
        span: blockSpan(s.block, s.index + from, s.index + to),
      });
    }
  },
};
