/**
 * What `npm run examples` must find in each example notice, exactly: rule, line, severity and
 * message text. A changed message, a lost finding or a new one fails here; when the change is
 * meant, update the list (and examples/README.md if what an example shows has changed).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { ROOT, TODAY } from './helpers.js';

type Finding = [line: number, severity: 'error' | 'warning' | 'info', ruleId: string, message: string];

const EXPECTED: Record<string, { language: string; findings: Finding[] }> = {
  'examples/dataskyddsbeskrivning.md': {
    language: 'sv',
    findings: [
      [5, 'info', 'missing-dpo-contact', 'No contact details of a data protection officer: GDPR Art. 13(1)(b) requires them where a DPO is appointed (public bodies, and organisations whose core activity is large-scale monitoring or special categories of data must appoint one). It belongs under "Personuppgiftsansvarig".'],
    ],
  },
  'examples/privacy-notice.html': {
    language: 'en',
    findings: [
      [26, 'info', 'missing-dpo-contact', 'No contact details of a data protection officer: GDPR Art. 13(1)(b) requires them where a DPO is appointed (public bodies, and organisations whose core activity is large-scale monitoring or special categories of data must appoint one). It belongs under "Who we are".'],
      [33, 'warning', 'transfer-contradiction', 'The notice says personal data is not transferred outside the EU/EEA, but this uses "Google Analytics", a service that processes personal data in the USA: the two contradict each other. Say which data goes to the USA and on what basis (the EU-US Data Privacy Framework, standard contractual clauses), or stop using the service (GDPR Art. 13(1)(f)).'],
      [38, 'warning', 'missing-legitimate-interests', 'Legitimate interests are named as a legal basis, but the notice does not say what those interests are: GDPR Art. 13(1)(d) requires the legitimate interests pursued to be stated. It belongs under "We also rely on our legitimate interests (Art. 6(1)(f)).".'],
    ],
  },
  'examples/tietosuojaseloste.txt': {
    language: 'fi',
    findings: [
      [1, 'warning', 'missing-automated-decision-making', 'The notice does not say whether automated decision-making, including profiling, takes place: GDPR Art. 13(2)(f) requires it (a plain statement that it does not is enough).'],
      [8, 'info', 'notice-date', '"Päivitetty 4.6.2019": the notice was last dated 4.6.2019, over 7 years before 21.11.2026. Recipients, services, transfers, retention and authority details change: check that it is still accurate and date the new version. No law sets a review interval; a review every 2 years, and whenever the processing changes, is good practice.'],
      [10, 'info', 'missing-dpo-contact', 'No contact details of a data protection officer: GDPR Art. 13(1)(b) requires them where a DPO is appointed (public bodies, and organisations whose core activity is large-scale monitoring or special categories of data must appoint one). It belongs under "Rekisterinpitäjä".'],
      [28, 'error', 'missing-statutory-requirement', 'The notice does not say whether the data subject must provide the data, and what happens if they do not: GDPR Art. 13(2)(e) requires whether it is a statutory or contractual requirement and the consequences of not providing it. It belongs under "Millä perusteella käsittelemme tietoja?".'],
      [30, 'error', 'missing-legal-basis', '"Henkilötietojen käsittely perustuu asiakassuhteeseen sekä henkilötietolain (523/1999) 8 §…" names a relationship, not a legal basis: a customer relationship or a membership is not one of the bases of GDPR Art. 6(1), which Art. 13(1)(c) requires the notice to state.'],
      [30, 'error', 'outdated-law-reference', '"henkilötietolain (523/1999) 8 §" cites the Finnish Personal Data Act (henkilötietolaki 523/1999), repealed on 1.1.2019; the GDPR has applied since 25.5.2018. Its § 8 (general conditions for processing) is now GDPR Art. 6 (legal bases). Cite the GDPR (EU) 2016/679 and the Data Protection Act (tietosuojalaki 1050/2018) instead.'],
      [53, 'error', 'missing-retention-period', '"Tietoja säilytetään niin kauan kuin se on tarpeellista asiakassuhteen hoitamiseksi." does not say how long data is kept: "as long as necessary" or "as the law requires" alone is too vague for GDPR Art. 13(2)(a), which requires the period or the criteria that decide it.'],
      [55, 'error', 'missing-right-to-erasure', 'The notice does not mention the right to erasure ("right to be forgotten") (Art. 17): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it. It belongs under "Oikeutesi".'],
      [55, 'error', 'missing-right-to-portability', 'The notice does not mention the right to data portability (Art. 20): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it. It belongs under "Oikeutesi".'],
      [55, 'error', 'missing-right-to-restriction', 'The notice does not mention the right to restriction of processing (Art. 18): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it. It belongs under "Oikeutesi".'],
      [59, 'error', 'stale-authority-contact', '"Ratapihantie 9" is the Data Protection Ombudsman\'s old visiting address: the office is at Lintulahdenkuja 4, 00530 Helsinki; post goes to PL 800, 00531 Helsinki.'],
      [59, 'error', 'stale-authority-contact', "00521 is the old postal code of the authority's post box 800 (on its pages in 2018, replaced by 00531 by 2023): the Data Protection Ombudsman's postal address is PL 800, 00531 Helsinki."],
      [63, 'warning', 'cookie-consent-browser-settings', "The only way the notice offers to refuse its cookies is the browser's settings. That is not consent: non-essential cookies need the visitor's prior, active consent (ePrivacy Directive 2002/58/EC Art. 5(3); CJEU C-673/17 Planet49 (1.10.2019); in Finland the Helsinki Administrative Court (8.4.2021, H1515/2021 and H1516/2021) held that browser settings that allow cookies in general are not consent). Ask consent with a cookie banner or consent tool before setting them, and tell readers how to change their choice. If the site sets only strictly necessary cookies, say so instead."],
      [65, 'warning', 'leftover-artifact', '"Takaisin ylös" is page navigation copied with the notice: remove it.'],
    ],
  },
};

interface Report {
  results: { filePath: string; language: string; fatal?: unknown; messages: { line: number; severity: Finding[1]; ruleId: string; message: string }[] }[];
}

/** `npm run examples` with the JSON reporter and a fixed date (the date rule counts years). */
async function lintExamples(): Promise<{ code: number; report: Report }> {
  let stdout = '';
  const code = await main(['--format', 'json', '--today', TODAY, 'examples/'], {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    isTTY: false,
    env: {},
    cwd: ROOT,
  });
  return { code, report: JSON.parse(stdout) as Report };
}

const found = (report: Report, file: string): Finding[] =>
  report.results.find((r) => r.filePath === file)!.messages.map((m) => [m.line, m.severity, m.ruleId, m.message]);

describe('the bundled examples', () => {
  const run = lintExamples();

  it('are linted, all three, and exit 1 (they have errors)', async () => {
    const { code, report } = await run;
    expect(code).toBe(1);
    expect(report.results.map((r) => [r.filePath, r.language, r.fatal])).toEqual(Object.entries(EXPECTED).map(([file, e]) => [file, e.language, undefined]));
  });

  for (const file of Object.keys(EXPECTED)) {
    it(`${file}: exactly its pinned findings`, async () => {
      const actual = found((await run).report, file);
      expect(actual).toEqual(EXPECTED[file].findings);
    });
  }
});
