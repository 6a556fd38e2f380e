import { analyzeTransfers, uniqueByName, countryName, describeMention, isTransferSection, MENTION_MESSAGES, type TransferMention, type TransferStatement } from '../analysis/transfers.js';
import { hasTerm } from '../i18n/localize.js';
import type { MessageValue } from '../i18n/format.js';
import type { Notice } from '../model/types.js';
import type { MessageRef, Rule } from './types.js';


/** Among statements, the one in a section about transfers, else the first. */
function mostTelling<T extends Pick<TransferStatement, 'sentence' | 'span'>>(notice: Notice, statements: T[]): T | undefined {
  return statements.find((s) => isTransferSection(notice, s.sentence.section)) ?? statements[0];
}

/**
 * Transfers outside the EU/EEA with no mechanism named anywhere in the notice. One finding per
 * notice: an error at the first mention of a country without adequacy when no mechanism that can
 * cover it (SCCs, BCRs, Art. 49) is named; otherwise a warning at
 * the notice's transfer statement (or the first US location), with the recipients as `related`.
 */
export const transferSafeguards: Rule = {
  meta: {
    id: 'transfer-safeguards',
    severity: 'error',
    description: 'Transfers outside the EU/EEA with no adequacy decision, safeguard or derogation named.',
    reference: 'GDPR Art. 13(1)(f), Art. 44-49',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'no-adequacy':
        'Personal data may go to {mention}, which has no adequacy decision{note}, and the notice names no safeguard for it. State the Art. 46 safeguard (standard contractual clauses of Decision (EU) 2021/914 with a transfer impact assessment, binding corporate rules) or the Art. 49 derogation that covers transfers to {country}, and how to get a copy (GDPR Art. 13(1)(f)).',
      'no-mechanism':
        'The notice {said}, but names no transfer mechanism. Say which data goes where, and on what basis: an adequacy decision (for the USA: the recipient’s EU-US Data Privacy Framework certification), standard contractual clauses (Decision (EU) 2021/914), binding corporate rules or an Art. 49 derogation, and how to get a copy (GDPR Art. 13(1)(f)).',
      'allows-transfers': 'allows transfers to third countries ("{quote}")',
      'places-in-usa': 'places data in the USA: {places}',
      'uses-service': 'uses a service that processes personal data in the USA: {services}',
      'uses-services': 'uses services that process personal data in the USA: {services}',
      'two-things': '{first} and {second}',
      'three-things': '{first}, {second} and {third}',
      recipient: 'recipient outside the EU/EEA: {mention}',
      note: ' ({note})',
      ...MENTION_MESSAGES,
    },
  },
  check(notice, context) {
    const { claims, admissions, mentions, mechanism, generalMechanism } = analyzeTransfers(notice);

    // A country without adequacy, named as a place where data goes: only a mechanism that can
    // cover any destination (SCCs, BCRs, Art. 49) answers for it; an adequacy decision or the
    // Data Privacy Framework named for other recipients does not.
    const noAdequacy = mentions.find((m) => m.kind !== 'service' && m.country.adequacy === 'none');
    if (noAdequacy && !generalMechanism) {
      const name = countryName(noAdequacy.country);
      // What the law says of the country beyond "no adequacy decision" (Russia: EDPB statement 02/2022).
      const noteTerm = `country-note-${noAdequacy.country.id}`;
      const note: MessageValue = hasTerm(noteTerm) ? { messageId: 'note', data: { note: { term: noteTerm } } } : '';
      context.report({
        messageId: 'no-adequacy',
        data: { mention: describeMention(noAdequacy), note, country: name },
        span: noAdequacy.span,
      });
      return;
    }
    if (mechanism) return;

    // Admissions count unless the notice also says flatly that it transfers nothing: then they
    // describe others' processing (booking sites as separate controllers) or label the topic
    // ("Tietojen siirto EU:n ulkopuolelle:"). Except where, in another section, the notice
    // places where data is kept ("Microsoftin palvelimet saattavat sijaita EU:n ulkopuolella"):
    // that is its own data, whatever it claims elsewhere.
    const flatSections = new Set(claims.filter((c) => !c.exception).map((c) => c.sentence.section));
    const admitted = flatSections.size === 0 ? admissions : admissions.filter((a) => a.storage && !flatSections.has(a.sentence.section));
    const usPlaces = mentions.filter((m) => m.kind !== 'service' && m.country.adequacy === 'partial');
    // Using a US service (Google Analytics) is no statement that data is transferred: next to a
    // claim that nothing leaves the EU it is transfer-contradiction's finding, and alone no
    // finding. The services are named only beside a transfer the notice states.
    if (admitted.length === 0 && usPlaces.length === 0) return;
    const services = mentions.filter((m) => m.kind === 'service');
    const recipients = uniqueByName([...usPlaces, ...services]);

    const statement = mostTelling(notice, admitted) ?? mostTelling(notice, claims);
    const at = statement?.span ?? recipients[0].span;
    const parts: MessageRef[] = [];
    if (admitted.length) parts.push({ messageId: 'allows-transfers', data: { quote: excerpt(statement!.sentence.text) } });
    const places = recipients.filter((m) => m.kind !== 'service');
    const tools = recipients.filter((m) => m.kind === 'service');
    // Where each is, is in `related`, not in the text.
    const list = (ms: TransferMention[]): MessageValue => ({ list: ms.slice(0, 3).map((m) => (m.kind === 'country' ? `"${m.text}"` : describeMention(m))), open: ms.length > 3 });
    if (places.length) parts.push({ messageId: 'places-in-usa', data: { places: list(places) } });
    if (tools.length) parts.push({ messageId: tools.length === 1 ? 'uses-service' : 'uses-services', data: { services: list(tools) } });
    const said: MessageRef | string =
      parts.length === 3
        ? { messageId: 'three-things', data: { first: parts[0], second: parts[1], third: parts[2] } }
        : parts.length === 2
          ? { messageId: 'two-things', data: { first: parts[0], second: parts[1] } }
          : parts[0];
    context.report({
      severity: 'warning',
      messageId: 'no-mechanism',
      data: { said },
      span: at,
      related: recipients.filter((m) => m.span !== at).slice(0, 5).map((m) => ({ messageId: 'recipient', data: { mention: describeMention(m) }, span: m.span })),
    });
  },
};

function excerpt(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= 90 ? t : `${t.slice(0, 87)}...`;
}
