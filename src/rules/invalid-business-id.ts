import { isValidOrganisationsnummer, luhnCheckDigit, yTunnusCheckDigit } from '../facts/business-id.js';
import { commonPhrases, LANGS } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { escapePhrase } from '../matching/patterns.js';
import type { Rule } from './types.js';

const LABELS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LANGS.flatMap((l) => commonPhrases[l].businessIdLabels).map(escapePhrase).join('|')})(?![\\p{L}])`,
  'iu',
);
/**
 * The Finnish labels ("y-tunnus", "yritystunnus"): they name the Y-tunnus itself, where the
 * English and Swedish ones ("registration number", "org.nr") may name a number of another form.
 */
const Y_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${commonPhrases.fi.businessIdLabels.map(escapePhrase).join('|')})(?![\\p{L}])`,
  'iu',
);
/** A company form just before the number also identifies it: "Esimerkki Oy (1234567-8)". */
const COMPANY_FORM = /(?<![\p{L}])(?:oy|oyj|ab|abp|ky|ay|tmi|ry|ltd|inc|gmbh|as|asa|aps)(?![\p{L}])/iu;
const Y_TUNNUS = /(?<![\p{N}-])(?:(Y-)|FI)?(\d{7})-(\d)(?![\p{N}-])/gu;
/** A labelled Y-tunnus with eight or nine digits before its check digit ("y-tunnus 12345678-9"): a digit too many. */
const Y_TUNNUS_LONG = /(?<![\p{N}-])(\d{8,9})-(\d)(?![\p{N}-])/gu;
const FI_VAT = /(?<![\p{L}\p{N}])FI[ \u00a0]?(\d{7})(\d)(?![\p{N}])/gu;
const ORGNR = /(?<![\p{N}-])(\d{6})-?(\d{4})(?![\p{N}-])/gu;
const CONTEXT = 40;
/**
 * Every number above has six digits in a row. The patterns start with a lookbehind, which V8
 * tries at every position of every block; this one it finds by scanning for digits.
 */
const SIX_DIGITS = /\d{6}/u;

export const invalidBusinessId: Rule = {
  meta: {
    id: 'invalid-business-id',
    severity: 'error',
    description: 'A Finnish Y-tunnus or Swedish organisationsnummer whose check digit is wrong.',
    reference: 'GDPR Art. 13(1)(a): the identity of the controller',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'y-tunnus-impossible': 'Y-tunnus {id} cannot be valid: no business ID starting {digits} is ever issued (check digit rule, Y-tunnus weights 7-9-10-5-8-4-2). Check the number against the trade register.',
      'y-tunnus-check-digit': 'Y-tunnus {id} has a wrong check digit: {digits} needs -{expected}. Check the number against the trade register.',
      'y-tunnus-length': 'Y-tunnus {id} has {count} digits before the dash: a Y-tunnus has seven and a check digit (1234567-8). Check the number against the trade register.',
      'vat-impossible': 'VAT number {vat} has a wrong check digit: FI numbers are the Y-tunnus without the dash, and {digits} starts no valid Y-tunnus.',
      'vat-check-digit': 'VAT number {vat} has a wrong check digit: FI numbers are the Y-tunnus without the dash, and {digits} needs {expected}.',
      'organisationsnummer-check-digit': "Organisationsnummer {id} has a wrong check digit (Luhn): {digits} needs {expected} last. Check it against Bolagsverket's register.",
    },
  },
  check(notice, context) {
    for (const block of notice.blocks) {
      const text = block.text;
      if (!SIX_DIGITS.test(text)) continue;
      const before = (i: number) => text.slice(Math.max(0, i - CONTEXT), i);
      for (const m of text.matchAll(Y_TUNNUS)) {
        const i = m.index ?? 0;
        if (!m[1] && !LABELS.test(before(i)) && !COMPANY_FORM.test(before(i))) continue;
        const expected = yTunnusCheckDigit(m[2]);
        if (expected === Number(m[3])) continue;
        const id = `${m[2]}-${m[3]}`;
        context.report({
          ...(expected === null
            ? { messageId: 'y-tunnus-impossible', data: { id, digits: m[2] } }
            : { messageId: 'y-tunnus-check-digit', data: { id, digits: m[2], expected } }),
          span: blockSpan(block, i, i + m[0].length),
        });
      }
      for (const m of text.matchAll(Y_TUNNUS_LONG)) {
        const i = m.index ?? 0;
        if (!Y_LABEL.test(before(i))) continue;
        context.report({
          messageId: 'y-tunnus-length',
          data: { id: m[0], count: m[1].length },
          span: blockSpan(block, i, i + m[0].length),
        });
      }
      for (const m of text.matchAll(FI_VAT)) {
        const i = m.index ?? 0;
        const expected = yTunnusCheckDigit(m[1]);
        if (expected === Number(m[2])) continue;
        context.report({
          ...(expected === null
            ? { messageId: 'vat-impossible', data: { vat: m[0], digits: m[1] } }
            : { messageId: 'vat-check-digit', data: { vat: m[0], digits: m[1], expected } }),
          span: blockSpan(block, i, i + m[0].length),
        });
      }
      for (const m of text.matchAll(ORGNR)) {
        const i = m.index ?? 0;
        if (!LABELS.test(before(i)) || /^FI/u.test(text.slice(i - 2, i))) continue;
        const id = `${m[1]}-${m[2]}`;
        if (isValidOrganisationsnummer(id)) continue;
        context.report({
          messageId: 'organisationsnummer-check-digit',
          data: { id, digits: `${m[1]}-${m[2].slice(0, 3)}`, expected: luhnCheckDigit((m[1] + m[2]).slice(0, 9)) },
          span: blockSpan(block, i, i + m[0].length),
        });
      }
    }
  },
};
