/**
 * A template's leftovers state no item: a note to whoever fills the template in ("to be added
 * later"), the text under a template's own label ("Headings to fill in"), and a sample contact
 * ("info@example.com", "040 1234567") where the controller's should be. Sentences of our own.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe('a note to whoever fills the template in states nothing', () => {
  expectEach('missing', [
    ['en', 'recipients', '## Recipients', 'To be added later.'],
    ['en', 'recipients', '## Recipients', 'Recipients: to be added later.'],
    ['fi', 'recipients', '## Tietojen luovutukset', 'Lisätään myöhemmin.'],
    ['fi', 'retention-period', '## Säilytysaika', 'Täydennä tähän säilytysaika.'],
    ['sv', 'recipients', '## Mottagare', 'Fylls i senare.'],
  ]);
  expectEach('present', [
    // A guide's label before the notice's own text leaves the text, which states what it states.
    ['en', 'data-categories', '## Comments', 'Suggested text: When visitors leave comments we collect the name, e-mail address and IP address shown in the comment form.'],
    ['fi', 'recipients', '## Tietojen luovutukset', 'Tietoja ei luovuteta kolmansille osapuolille. Lisätietoja lisätään myöhemmin.'],
  ]);
});

describe("text under a template's own label is the drafter's list, not the notice's statements", () => {
  expectEach('missing', [
    ['en', 'retention-period', '## Headings to fill in', '### Retention', 'How long each kind of data is kept, e.g. two years after the last order.'],
    ['sv', 'retention-period', '## Rubriker att fylla i', '### Lagringstid', 'Hur länge uppgifterna sparas, till exempel två år efter det senaste köpet.'],
  ]);
  expectEach('present', [['en', 'retention-period', '## Retention', 'We keep order data for two years after the last order.']]);
});

describe("a template's sample contact is no way of reaching the controller", () => {
  expectEach('missing', [
    ['en', 'controller-identity', '## Controller', 'Example Web Shop Ltd, info@example.com'],
    ['fi', 'controller-identity', '## Rekisterinpitäjä', 'Esimerkki Oy, puh. 040 1234567, www.esimerkki.fi'],
    ['sv', 'controller-identity', '## Personuppgiftsansvarig', 'Exempelbutiken AB, kontakt@exempel.se'],
  ]);
  expectEach('present', [
    ['en', 'controller-identity', '## Controller', 'Northwind Books Ltd, privacy@northwindbooks.co.uk'],
    ['fi', 'controller-identity', '## Rekisterinpitäjä', 'Kuusikon Kirja Oy, puh. 040 765 3120'],
  ]);
});
