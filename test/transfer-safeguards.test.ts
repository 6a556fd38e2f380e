/**
 * transfer-safeguards on notices written for these tests: consent said in the same sentence as a
 * transfer outside the EU/EEA is the Art. 49(1)(a) derogation, consent elsewhere is not; a
 * recipient given with a US postal address is located in the USA.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function safeguards(...paragraphs: string[]): number[] {
  const text = `# Tietosuojaseloste\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'transfer-safeguards').map((m) => m.line);
}

describe('transfer-safeguards and consent to the transfer', () => {
  const analytics = 'Sivustolla käytetään Google Analytics -palvelua kävijämäärien seurantaan.';
  it('data transmitted to a company in the USA is a transfer the notice states (en, fi, sv)', () => {
    expect(safeguards('Opening the map page transmits your IP address to the map provider (USA).')).toEqual([3]);
    expect(safeguards('Kartan latautuessa IP-osoitteesi välitetään palveluntarjoajalle Yhdysvaltoihin.')).toEqual([3]);
    expect(safeguards('Din IP-adress vidarebefordras till kartleverantören i USA.')).toEqual([3]);
    // With its mechanism named, there is no finding.
    expect(safeguards('Opening the map page transmits your IP address to the map provider (USA) under standard contractual clauses.')).toEqual([]);
  });
  it("a machine-translated generator's names for the mechanisms are mechanisms (en, fi, sv)", () => {
    expect(safeguards('Opening the map page transmits your IP address to the map provider (USA) under so-called standard protection clauses of the EU Commission.')).toEqual([]);
    expect(safeguards('Kartan latautuessa IP-osoitteesi välitetään palveluntarjoajalle Yhdysvaltoihin komission vakiosuojalausekkeiden perusteella.')).toEqual([]);
    expect(safeguards('Din IP-adress vidarebefordras till kartleverantören i USA med stöd av EU-kommissionens standardskyddsklausuler.')).toEqual([]);
    expect(safeguards('Opening the map page transmits your IP address to the map provider (USA), a country with a recognised level of data protection.')).toEqual([]);
  });
  it('consent given for the transfer outside the EU/EEA names a derogation', () => {
    expect(safeguards('Harjoittelijan suostumuksella tietoja voidaan luovuttaa myös EU- ja ETA-alueen ulkopuolelle vastaanottavalle oppilaitokselle.', analytics)).toEqual([]);
  });
  it('consent named for something else is no mechanism for the transfer', () => {
    expect(
      safeguards('Uutiskirjettä lähetämme vain suostumuksellasi.', 'Tietoja voidaan siirtää EU- ja ETA-alueen ulkopuolelle palveluntarjoajillemme.', analytics),
    ).not.toEqual([]);
  });
});

describe('transfer-safeguards and an agreement to the transfer', () => {
  it('agreeing to the transfer is the consent the notice asks for it, in each language', () => {
    expect(safeguards('Your booking details may be transferred outside the EEA to the local guide.')).toEqual([3]);
    expect(safeguards('Your booking details may be transferred outside the EEA to the local guide. By booking, you agree to this transfer.')).toEqual([]);
    expect(safeguards('Varaustietosi voidaan siirtää EU:n ulkopuolelle paikalliselle oppaalle. Varaamalla hyväksyt tietojesi siirron.')).toEqual([]);
    expect(safeguards('Dina bokningsuppgifter kan överföras utanför EU till den lokala guiden. Genom att boka godkänner du överföringen.')).toEqual([]);
  });
});

describe('transfer-safeguards and a place named in brackets after a relative clause', () => {
  it('the relative clause\'s negation is what the countries lack; the bracket names them, unnegated (en, sv)', () => {
    expect(safeguards('We have hired service providers located in countries that do not have data protection laws equivalent to those of the EU (third countries).')).toEqual([3]);
    expect(safeguards('Vi anlitar leverantörer i länder som inte har likvärdigt dataskydd (tredje land), och uppgifter överförs dit.')).toEqual([3]);
    // Negated before the relative clause: still a denial.
    expect(safeguards('We do not send your data to countries that lack equivalent laws (third countries).')).toEqual([]);
    // With the transfer agreed to, no finding.
    expect(safeguards('We have hired service providers located in countries that do not have equivalent data protection laws (third countries). By using the service you agree to that transfer.')).toEqual([]);
  });
});

describe('transfer-safeguards in a UK notice', () => {
  it('data leaving the United Kingdom is a transfer the notice states; the UK transfer tools are its mechanisms', () => {
    expect(safeguards('Your booking details may be transferred outside the United Kingdom to our booking partner.')).toEqual([3]);
    expect(safeguards('Some of our suppliers process your details beyond the UK, and we make sure they are treated with equal care there.')).toEqual([3]);
    expect(safeguards('Your booking details may be transferred outside the United Kingdom to our booking partner, under an International Data Transfer Agreement.')).toEqual([]);
    expect(safeguards('Your booking details may be transferred outside the UK to a country covered by UK adequacy regulations.')).toEqual([]);
    // Kept in the UK: no transfer said.
    expect(safeguards('Your booking details are kept on servers in the UK.')).toEqual([]);
  });
});

describe('transfer-safeguards and a denial with its exception', () => {
  it('"muuten kuin" / "muutoin kuin" (other than) states when data goes; "muuten" alone (otherwise) is about other data', () => {
    expect(safeguards('Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle muuten kuin osana palvelun normaalia käyttöä.')).toEqual([3]);
    expect(safeguards('Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle muutoin kuin palveluntarjoajan tukipyyntöjen yhteydessä.')).toEqual([3]);
    expect(safeguards('Asiakastietoja säilytetään Suomessa. Muuten tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.')).toEqual([]);
    expect(safeguards('Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle muuten kuin vakiosopimuslausekkeiden perusteella.')).toEqual([]);
  });
});

describe('transfer-safeguards and a recipient given with its US postal address', () => {
  const en = (...paragraphs: string[]): number[] => {
    const { result } = lintSource(`# Privacy notice\n\n${paragraphs.join('\n\n')}\n`, { filePath: 'n.md', format: 'markdown' });
    return result.messages.filter((m) => m.ruleId === 'transfer-safeguards').map((m) => m.line);
  };
  it('a mail service named with an address in the USA and no mechanism', () => {
    expect(en('Our newsletter is sent by Example Mailer Inc.', '100 Main Street', 'Springfield, IL 62701')).toEqual([7]);
  });
  it('the same recipient under standard contractual clauses', () => {
    expect(en('Our newsletter is sent by Example Mailer Inc., Springfield, IL 62701, under standard contractual clauses.')).toEqual([]);
  });
  it('a state code without a ZIP code, or an EU city, is no US address', () => {
    expect(en('Our office is in Tampere, FI 33100.', 'Contact: Example Oy, Tampere, Finland.')).toEqual([]);
  });
});

describe('transfer-safeguards and a label naming the topic before a colon', () => {
  it('a denial after a label "transfers outside the EU/EEA:" is a denial, not an admission', () => {
    expect(safeguards('**Tietojen siirto EU:n tai ETA:n ulkopuolelle:** Asiakastietoja ei siirretä EU:n tai ETA:n ulkopuolelle.')).toEqual([]);
    expect(safeguards('Överföring utanför EU/EES: Medlemsuppgifter överförs inte utanför EU/EES.')).toEqual([]);
  });
  it('an admission after the same label is still an admission', () => {
    expect(safeguards('**Tietojen siirto EU:n tai ETA:n ulkopuolelle:** Asiakastietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle palveluntarjoajillemme.')).toEqual([3]);
  });
});

describe('transfer-safeguards and a denial said "as a rule"', () => {
  const en = (...paragraphs: string[]): number[] => {
    const { result } = lintSource(`# Privacy notice\n\n${paragraphs.join('\n\n')}\n`, { filePath: 'n.md', format: 'markdown' });
    return result.messages.filter((m) => m.ruleId === 'transfer-safeguards').map((m) => m.line);
  };
  it('a hedged denial alone announces exceptions but states no transfer', () => {
    expect(safeguards('Asiakastietoja ei pääsääntöisesti luovuteta EU:n tai ETA:n ulkopuolelle.')).toEqual([]);
    expect(en('As a rule, we do not transfer member records outside the EEA.')).toEqual([]);
  });
  it('a denial with a stated exception still allows transfers', () => {
    expect(safeguards('Asiakastietoja ei luovuteta EU:n tai ETA:n ulkopuolelle, ellei se ole teknisesti välttämätöntä.')).toEqual([3]);
    expect(en('We do not transfer member records outside the EEA unless our software provider needs to.')).toEqual([3]);
  });
});

describe("transfer-safeguards and a provider's location in brackets", () => {
  it('a country in brackets after or beside a provider\'s name places the provider there (en, fi, sv)', () => {
    expect(safeguards('Our pages are served by the hosting service Examplehost (Examplehost Inc., USA), which sees your IP address.')).toEqual([3]);
    expect(safeguards('Sivustoa ylläpitää palveluntarjoaja Esimerkki (Esimerkki Inc., Yhdysvallat), joka näkee IP-osoitteesi.')).toEqual([3]);
    expect(safeguards('Webbplatsen drivs av tjänsten Exempelvärd (USA, certifierad).')).toEqual([3]);
  });
  it('brackets of places only, or a place before them, name no provider', () => {
    expect(safeguards('Members live in many countries (USA, Canada) and join our calls.')).toEqual([]);
    expect(safeguards('Toimistomme sijaitsevat Tampereella (Suomi) ja Turussa.')).toEqual([]);
    // A place named of no provider: a school, a law.
    expect(safeguards('Our founder studied at Stanford (USA) before starting the company.')).toEqual([]);
    expect(safeguards('Residents of California also have rights under the California Consumer Privacy Act (USA).')).toEqual([]);
    // With a mechanism named, no finding.
    expect(safeguards('Webbplatsen drivs av tjänsten Exempelvärd (USA), med standardavtalsklausuler.')).toEqual([]);
  });
});

describe('transfer-safeguards and infrastructure outside the EU', () => {
  it('infrastructure outside the EU, with no mechanism named, is a transfer without safeguards (en, fi, sv)', () => {
    expect(safeguards('We use Firebase. Google may use infrastructure outside the EU for support.')).toEqual([3]);
    expect(safeguards('Vi använder Firebase. Google kan använda infrastruktur utanför EU för support.')).toEqual([3]);
    expect(safeguards('Käytämme Firebasea. Google voi käyttää EU:n ulkopuolista infrastruktuuria tukeen.')).toEqual([3]);
  });
  it('infrastructure inside the EU, denied outside it, or with its mechanism, is no finding', () => {
    expect(safeguards('Our infrastructure is located in the EU.')).toEqual([]);
    expect(safeguards('Emme käytä EU:n ulkopuolista infrastruktuuria.')).toEqual([]);
    expect(safeguards('Google may use infrastructure outside the EU; such transfers rely on the standard contractual clauses.')).toEqual([]);
  });
});

describe('transfer-safeguards: standard clauses named by who approved them', () => {
  it('contracts approved by the European Commission are a mechanism (en, fi, sv)', () => {
    expect(safeguards('Data sent to our hosting firm in the USA is protected by contracts approved by the European Commission.')).toEqual([]);
    expect(safeguards('Tiedot siirretään palveluntarjoajalle Yhdysvaltoihin Euroopan komission hyväksymillä sopimusehdoilla.')).toEqual([]);
    expect(safeguards('Uppgifterna överförs till leverantören i USA med avtal som godkänts av Europeiska kommissionen.')).toEqual([]);
    // A contract approved by someone else is no mechanism.
    expect(safeguards('Data sent to our hosting firm in the USA is covered by a contract approved by our board.')).toEqual([3]);
  });
});

describe('transfer-safeguards and a draft placeholder', () => {
  it('a paragraph wholly in square brackets tells the writer what to fill in and states no transfer (en, fi, sv)', () => {
    expect(safeguards('[Luettele käsittelijät; EU- tai ETA-alueen ulkopuoliset siirrot ja niiden suojatoimet.]')).toEqual([]);
    expect(safeguards('[List the processors here; any transfers outside the EU/EEA and their safeguards.]')).toEqual([]);
    expect(safeguards('[Ange mottagarna; överföringar utanför EU/EES och skyddsåtgärderna.]')).toEqual([]);
    // A bracket inside a real sentence does not hide the sentence.
    expect(safeguards('Tietoja voidaan siirtää EU- ja ETA-alueen ulkopuolelle palveluntarjoajillemme [päivitetään].')).not.toEqual([]);
  });
});

describe('transfer-safeguards under a template\'s own label', () => {
  it('a list of headings to fill in names topics, not a transfer (sv, en)', () => {
    expect(safeguards('## Rubriker att fylla i', '- Ändamål och rättslig grund\n- Mottagare, samt eventuell överföring utanför EU/EES\n- Lagringstid')).toEqual([]);
    expect(safeguards('## Headings to fill in', '- Purposes and legal basis\n- Recipients, and any transfer outside the EU/EEA\n- Retention')).toEqual([]);
  });
  it('the same list under the notice\'s own heading still states the transfer', () => {
    expect(safeguards('## Mottagare', '- Våra leverantörer av e-post\n- Tekniska underleverantörer, samt överföring utanför EU/EES till deras servrar')).not.toEqual([]);
  });
});

describe('transfer-safeguards and data moved to a place', () => {
  it('data said to be moved to a country outside the EU/EEA is a transfer the notice states (en)', () => {
    expect(safeguards('After the service upgrade, the files you send us may be moved to the United States.')).toEqual([3]);
    // With its mechanism named, there is no finding.
    expect(safeguards('After the service upgrade, the files you send us may be moved to the United States under standard contractual clauses.')).toEqual([]);
  });
  it('a person who moves is no transfer', () => {
    expect(safeguards('If you have moved to the United States, tell us your new address.')).toEqual([]);
  });
});
