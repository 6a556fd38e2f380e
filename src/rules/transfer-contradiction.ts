import { analyzeTransfers, isTransferSection, transferPatterns, MECHANISM, MENTION_MESSAGES, nameKey, uniqueByName, countryName, describeMention, type TransferClaim, type TransferMention } from '../analysis/transfers.js';
import { isWithin } from '../model/sections.js';
import type { Notice, Section } from '../model/types.js';
import type { MessageRef, Rule, Severity } from './types.js';

/**
 * Whether a claim speaks for the mention's processing. A notice written per activity says for
 * each whether its data leaves the EU/EEA ("Website: ... we do not transfer data outside the
 * EU"; "Analytics: ... sent to servers in the United States, under the Data Privacy
 * Framework"): a claim in another activity's section does not cover a transfer whose own
 * section states it with its mechanism. A claim in a section about transfers, or above the
 * mention's, speaks for the whole notice.
 */
function covers(notice: Notice, claim: TransferClaim, m: TransferMention, statesMechanism: (s: Section) => boolean): boolean {
  const cs = claim.sentence.section;
  const ms = m.sentence.section;
  if (cs === ms || cs.level === 0) return true;
  if (!statesMechanism(ms)) return true;
  return isWithin(notice, ms, cs) || isTransferSection(notice, cs);
}

/** A place outside the EU/EEA named as such is an error; a service that processes data in the USA is a warning. */
function severityOf(m: TransferMention): Severity {
  if (m.kind === 'country' && m.country.adequacy !== 'adequate') return 'error';
  if (m.kind === 'nationality' && m.country.adequacy === 'none') return 'error';
  return 'warning';
}

const MAX_RELATED = 5;

/**
 * Reports at the contradicting mention (the place or service outside the EU/EEA); `related`
 * points at the claim, then at the other contradicting mentions. One finding per notice.
 */
export const transferContradiction: Rule = {
  meta: {
    id: 'transfer-contradiction',
    severity: 'error',
    description: 'The notice says personal data stays in the EU/EEA, yet names a place or a service outside it.',
    reference: 'GDPR Art. 13(1)(f), Art. 12(1), Chapter V',
    languages: ['fi', 'sv', 'en'],
    messages: {
      contradiction: 'The notice says personal data is not transferred outside the EU/EEA, but this {what}{also}: the two contradict each other.{exception} {fix} (GDPR Art. 13(1)(f)).',
      'uses-service': 'uses {mention}, a service that processes personal data in the USA',
      'names-recipient': 'names {mention}',
      'places-data': 'places personal data in {mention}',
      'places-data-no-adequacy': 'places personal data in {mention}, a country with no adequacy decision',
      also: ' (also {mentions})',
      'vague-exception': ' Its exception does not say where data goes or on what basis.',
      'fix-claim': 'Correct the claim and state the transfer to {country} with its safeguard',
      'fix-service': 'Say which data goes to the USA and on what basis (the EU-US Data Privacy Framework, standard contractual clauses), or stop using the service',
      claim: 'the claim that personal data stays in the EU/EEA',
      'also-outside': 'also outside the EU/EEA: {mention}',
      ...MENTION_MESSAGES,
    },
  },
  check(notice, context) {
    const { claims, mentions } = analyzeTransfers(notice);
    if (claims.length === 0) return;
    // A mention in the claim's own sentence is the claim's exception when the claim has one; so is
    // one whose sentence gives its mechanism, when the claim announces exceptions ("except as
    // described below" … "Google Analytics, under the Data Privacy Framework"); and so is one in the
    // section of a claim with an exception ("not as a rule", "unless") when that section gives the
    // mechanism ("… may be moved to the USA with cloud services; we use standard contractual
    // clauses"): the section announces the transfers and their basis. A service the notice
    // places in the EU ("stored in Microsoft's data centres in the EU") contradicts no claim.
    const excepted = claims.some((c) => c.exception);
    const mechanismIn = new Map<Section, boolean>();
    const statesMechanism = (sec: Section): boolean => {
      let found = mechanismIn.get(sec);
      if (found === undefined) mechanismIn.set(sec, (found = sec.blocks.some((b) => MECHANISM.test(b.text))));
      return found;
    };
    // A claim whose own section goes on to turn its exception into a statement, naming where data
    // goes and on what basis ("not as a rule ... may be transferred to the USA ... under standard
    // contractual clauses"), has said what happens to that country's data: a service there is its
    // case. A claim after one transfer ("Except for this, no data leaves the EEA") excepts that
    // transfer only.
    const declared = new Set(
      claims
        .filter((c) => c.exception && statesMechanism(c.sentence.section))
        .flatMap((c) =>
          mentions.filter((x) => x.kind === 'country' && x.sentence.section === c.sentence.section && x.span.start > c.span.start).map((x) => x.country),
        ),
    );
    const against = mentions.filter(
      (m) =>
        m.country.adequacy !== 'adequate' &&
        !declared.has(m.country) &&
        !claims.some((c) => c.exception && c.sentence === m.sentence) &&
        !(excepted && MECHANISM.test(m.sentence.text)) &&
        !(claims.some((c) => c.exception && c.sentence.section === m.sentence.section) && statesMechanism(m.sentence.section)) &&
        !(m.kind === 'service' && transferPatterns(notice).INSIDE_EU.test(m.sentence.text)) &&
        claims.some((c) => covers(notice, c, m, statesMechanism)),
    );
    if (against.length === 0) return;
    const distance = (m: TransferMention, c: TransferClaim) => Math.abs(m.span.start - c.span.start);
    const nearestClaim = (m: TransferMention) => claims.reduce((best, c) => (distance(m, c) < distance(m, best) ? c : best));
    const rank = (m: TransferMention) => (severityOf(m) === 'error' ? 0 : 1);
    const primary = [...against].sort((a, b) => rank(a) - rank(b) || distance(a, nearestClaim(a)) - distance(b, nearestClaim(b)))[0];
    const claim = nearestClaim(primary);
    const severity = severityOf(primary);
    const others = uniqueByName(against.filter((m) => nameKey(m) !== nameKey(primary)));
    const mention = describeMention(primary);
    const what: MessageRef =
      primary.kind === 'service'
        ? { messageId: 'uses-service', data: { mention } }
        : primary.kind === 'nationality'
          ? { messageId: 'names-recipient', data: { mention } }
          : { messageId: primary.country.adequacy === 'none' ? 'places-data-no-adequacy' : 'places-data', data: { mention } };
    // Where the claim and the other mentions are is in `related`, not in the text.
    const also = others.length ? { messageId: 'also', data: { mentions: { list: others.slice(0, 3).map(describeMention), open: others.length > 3 } } } : '';
    const exception = claim.exception ? { messageId: 'vague-exception' } : '';
    const fix: MessageRef = severity === 'error' ? { messageId: 'fix-claim', data: { country: countryName(primary.country) } } : { messageId: 'fix-service' };
    context.report({
      severity,
      messageId: 'contradiction',
      data: { what, also, exception, fix },
      span: primary.span,
      related: [
        { messageId: 'claim', span: claim.span },
        ...others.slice(0, MAX_RELATED).map((m) => ({ messageId: 'also-outside', data: { mention: describeMention(m) }, span: m.span })),
      ],
    });
  },
};

