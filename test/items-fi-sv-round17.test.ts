/**
 * Finnish and Swedish ways of stating (or not stating) the GDPR items met on a seventeenth round of
 * real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe("legitimate interests (sv): 'intresseavvägning' names the basis, and 'är laglig eftersom' states one", () => {
  // The basis named, the interest not described: the item applies and is missing.
  expectEach('missing', [
    ['sv', 'legitimate-interests', 'Den rättsliga grunden för behandlingen är en intresseavvägning.'],
  ]);
  expectEach('present', [
    ['sv', 'legitimate-interests', 'Vi för besöksstatistik med stöd av en intresseavvägning, eftersom vi vill förbättra webbplatsens innehåll.'],
    ['sv', 'legitimate-interests', 'Behandlingen av kameraövervakningen är laglig eftersom vi har ett berättigat intresse av att förebygga stölder i butiken.'],
    ['sv', 'legal-basis', 'Behandlingen av kvittona är laglig eftersom bokföringslagen kräver att vi sparar dem.'],
  ]);
  // The person's right to object to processing based on a balancing of interests claims no such basis.
  expectEach('not-applicable', [
    ['sv', 'legitimate-interests', 'Du har rätt att invända mot behandling som grundar sig på en intresseavvägning.'],
  ]);
});

describe("basis (sv): data used to fulfil the controller's contractual obligations ('avtalsenliga förpliktelser') states the contract basis", () => {
  expectEach('present', [
    ['sv', 'legal-basis', 'Adressen används för att vi ska kunna uppfylla våra avtalsenliga förpliktelser mot dig.'],
    ['sv', 'legal-basis', 'Kundens telefonnummer behövs för att företaget ska kunna fullgöra sina avtalsenliga åtaganden.'],
  ]);
  // A processor's duties under its agreement are no basis of this controller's processing.
  expectEach('missing', [['sv', 'legal-basis', 'Våra leverantörer har avtalsenliga förpliktelser att skydda uppgifterna.']]);
});

describe('statutory requirement (sv): the data needed to take part in an activity', () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'För att kunna delta i kursen behöver vi ditt namn och din e-postadress.'],
    ['sv', 'statutory-requirement', 'Observera att vi behöver spara dina kontaktuppgifter för att du ska kunna delta. För att delta krävs att du uppger ditt personnummer.'],
  ]);
  expectEach('missing', [['sv', 'statutory-requirement', 'För att kunna delta i mötet behöver vi en större lokal.']]);
});

describe('rights (sv): a right named only as a topic to read about at the authority is not granted', () => {
  expectEach('vague', [
    ['sv', 'right-to-portability', '## Dina rättigheter', 'Om dataportabilitet enligt dataskyddsförordningen, läs mer på IMY:s webbplats.'],
    ['sv', 'right-to-restriction', 'Gällande begränsning av behandlingen, läs mer hos Integritetsskyddsmyndigheten.'],
  ]);
  expectEach('present', [
    ['sv', 'right-to-portability', 'Du har rätt till dataportabilitet, läs mer på IMY:s webbplats.'],
    ['sv', 'right-to-restriction', 'Du kan begära begränsning av behandlingen. Läs mer hos Integritetsskyddsmyndigheten.'],
  ]);
});

// A notice written as one long section: the controller's address at its top, an officer named in passing far below.
const LONG_SV = [
  'Föreningen är personuppgiftsansvarig och nås på info@forening.example.',
  'Vi behandlar namn och adress för att sköta medlemsregistret.',
  'Uppgifterna används också för att skicka kallelser till årsmötet.',
  'Kassören använder uppgifterna för att ta in medlemsavgiften.',
  'Vi sparar uppgifterna så länge du är medlem.',
  'Efter att medlemskapet upphört raderas uppgifterna inom ett år.',
  'Uppgifterna lämnas inte ut till andra föreningar.',
  'Registret förs i ett kalkylblad på styrelsens dator.',
  'Datorn är skyddad med lösenord.',
  'Pappersblanketterna förvaras i ett låst skåp.',
];
const LONG_FI = [
  'Rekisterinpitäjä on yhdistys, jonka tavoittaa osoitteesta info@yhdistys.example.',
  'Käsittelemme nimeä ja osoitetta jäsenrekisterin ylläpitämiseksi.',
  'Tietoja käytetään myös kokouskutsujen lähettämiseen.',
  'Rahastonhoitaja käyttää tietoja jäsenmaksujen perimiseen.',
  'Säilytämme tietoja jäsenyyden ajan.',
  'Jäsenyyden päätyttyä tiedot poistetaan vuoden kuluessa.',
  'Tietoja ei luovuteta muille yhdistyksille.',
  'Rekisteriä pidetään taulukossa hallituksen tietokoneella.',
  'Tietokone on suojattu salasanalla.',
  'Paperilomakkeet säilytetään lukitussa kaapissa.',
];
describe('dpo contact: an officer named in passing, far from the only contact details of a one-section notice, gets no contact', () => {
  expectEach('missing', [
    ['sv', 'dpo-contact', [...LONG_SV, 'Skåpet kan bara öppnas av ordföranden och vårt dataskyddsombud.'].join(' ')],
    ['fi', 'dpo-contact', [...LONG_FI, 'Kaapin voivat avata vain puheenjohtaja ja tietosuojavastaavamme.'].join(' ')],
  ]);
  expectEach('present', [
    ['sv', 'dpo-contact', [...LONG_SV, 'Vårt dataskyddsombud nås på dso@forening.example.'].join(' ')],
    ['fi', 'dpo-contact', [...LONG_FI, 'Tietosuojavastaavamme tavoittaa osoitteesta tsv@yhdistys.example.'].join(' ')],
  ]);
});
