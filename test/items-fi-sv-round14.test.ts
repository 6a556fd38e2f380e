/**
 * Finnish and Swedish ways of stating (or not stating) the GDPR items met on a fourteenth round of
 * real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe('a paragraph wholly in square brackets is a drafting note, not a statement', () => {
  expectEach('missing', [
    ['fi', 'retention-period', '## Säilytysaika', '[Kerro tähän, kuinka kauan asiakastietoja säilytetään.]'],
    ['fi', 'international-transfers', '## Siirrot', '[Luettele palveluntarjoajat; kuvaa siirrot EU:n ulkopuolelle ja suojatoimet.]'],
    ['sv', 'retention-period', '## Lagringstid', '[Ange hur länge kunduppgifterna sparas. Ange även gallringsrutinen.]'],
    ['sv', 'international-transfers', '## Överföringar', '[Beskriv överföringar till länder utanför EU/EES och skyddsåtgärderna.]'],
  ]);
  expectEach('present', [
    ['fi', 'retention-period', '## Säilytysaika', 'Säilytämme asiakastietoja kaksi vuotta viimeisestä käynnistä [päivitetty 2024].'],
    ['sv', 'retention-period', '## Lagringstid', 'Vi sparar kunduppgifterna i två år efter det senaste köpet (se [avsnitt 4]).'],
  ]);
});
