import { analyzeTransfers, uniqueByName, countryName, describeMention, isTransferSection, lineOf, type TransferMention, type TransferStatement } from '../analysis/transfers.js';
import type { Notice } from '../model/types.js';
import type { Rule } from './types.js';

const MECHANISMS_TEXT = 'an adequacy decision (for the USA: the recipient’s EU-US Data Privacy Framework certification), standard contractual clauses (Decision (EU) 2021/914), binding corporate rules or an Art. 49 derogation';


/** Among statements, the one in a section about transfers, else the first. */
function mostTelling(notice: Notice, statements: TransferStatement[]): TransferStatement | undefined {
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
  },
  check(notice, context) {
    const { claims, admissions, mentions, mechanism, generalMechanism } = analyzeTransfers(notice);

    // A country without adequacy, named as a place where data goes: only a mechanism that can
    // cover any destination (SCCs, BCRs, Art. 49) answers for it; an adequacy decision or the
    // Data Privacy Framework named for other recipients does not.
    const noAdequacy = mentions.find((m) => m.kind !== 'service' && m.country.adequacy === 'none');
    if (noAdequacy && !generalMechanism) {
      const name = countryName(noAdequacy.country);
      const note = noAdequacy.country.note ? ` (${noAdequacy.country.note})` : '';
      context.report({
        message: `Personal data may go to ${describeMention(noAdequacy)}, which has no adequacy decision${note}, and the notice names no safeguard for it. State the Art. 46 safeguard (standard contractual clauses of Decision (EU) 2021/914 with a transfer impact assessment, binding corporate rules) or the Art. 49 derogation that covers transfers to ${name}, and how to get a copy (GDPR Art. 13(1)(f)).`,
        span: noAdequacy.span,
      });
      return;
    }
    if (mechanism) return;

    const unconditionalClaim = claims.some((c) => !c.exception);
    // Admissions count unless the notice also says flatly that it transfers nothing (then they are about others' processing).
    const admitted = unconditionalClaim ? [] : admissions;
    const usPlaces = mentions.filter((m) => m.kind !== 'service' && m.country.adequacy === 'partial');
    // Using a US service (Google Analytics) is no statement that data is transferred: next to a
    // claim that nothing leaves the EU it is transfer-contradiction's finding, and alone no
    // finding. The services are named only beside a transfer the notice states.
    if (admitted.length === 0 && usPlaces.length === 0) return;
    const services = mentions.filter((m) => m.kind === 'service');
    const recipients = uniqueByName([...usPlaces, ...services]);

    const statement = mostTelling(notice, admitted) ?? mostTelling(notice, claims);
    const at = statement?.span ?? recipients[0].span;
    const parts: string[] = [];
    if (admitted.length) parts.push(`allows transfers outside the EU/EEA ("${excerpt(statement!.sentence.text)}")`);
    const places = recipients.filter((m) => m.kind !== 'service');
    const tools = recipients.filter((m) => m.kind === 'service');
    const list = (ms: TransferMention[]) => `${ms.slice(0, 3).map((m) => `${m.kind === 'country' ? `"${m.text}"` : describeMention(m)} (line ${lineOf(notice, m.span)})`).join(', ')}${ms.length > 3 ? ', ...' : ''}`;
    if (places.length) parts.push(`places data in the USA: ${list(places)}`);
    if (tools.length) parts.push(`uses ${tools.length === 1 ? 'a service' : 'services'} that process${tools.length === 1 ? 'es' : ''} personal data in the USA: ${list(tools)}`);
    const said = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    context.report({
      severity: 'warning',
      message: `The notice ${said}, but names no transfer mechanism. Say which data goes where, and on what basis: ${MECHANISMS_TEXT}, and how to get a copy (GDPR Art. 13(1)(f)).`,
      span: at,
      related: recipients.filter((m) => m.span !== at).slice(0, 5).map((m) => ({ message: `recipient outside the EU/EEA: ${describeMention(m)}`, span: m.span })),
    });
  },
};

function excerpt(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= 90 ? t : `${t.slice(0, 87)}...`;
}
