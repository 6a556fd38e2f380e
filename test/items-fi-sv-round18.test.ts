/**
 * Finnish and Swedish ways of stating (or not stating) the GDPR items met on an eighteenth round of
 * real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe("automated decisions (sv): a decision said to rest on automated processing ('beslut som ... automatiserad behandling')", () => {
  expectEach('present', [
    ['sv', 'automated-decision-making', 'Vi fattar inga beslut som uteslutande bygger på automatiserad behandling.'],
    ['sv', 'automated-decision-making', 'Föreningen använder inte dina uppgifter för beslut som enbart grundas på automatiserad databehandling.'],
  ]);
  expectEach('missing', [['sv', 'automated-decision-making', 'Beslut som gäller ditt medlemskap fattas av styrelsen.']]);
});

describe('retention (fi, sv): a deletion deadline given as a calendar date', () => {
  expectEach('present', [
    ['fi', 'retention-period', 'Keräämme kyselyn vastaukset. Vastaukset hävitetään 31.12.2026 mennessä.'],
    ['sv', 'retention-period', 'Vi samlar in anmälningarna. Anmälningarna raderas senast den 31 december 2026.'],
  ]);
  // A deadline word with no date, or a date with no deadline, gives no end.
  expectEach('missing', [
    ['fi', 'retention-period', 'Vastaukset poistetaan viimeistään silloin, kun siihen on aihetta.'],
    ['fi', 'retention-period', 'Tiedot on kerätty 1.3.2026 ja ne poistetaan.'],
  ]);
});

describe('statutory requirement (fi, sv): no sign-up needed at all', () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'Appen visar tidtabeller. Ingen registrering krävs för att använda den.'],
    ['sv', 'statutory-requirement', 'Tjänsten kräver inget konto.'],
    ['fi', 'statutory-requirement', 'Sovellus näyttää aikataulut. Käyttäjätiliä ei tarvita.'],
  ]);
  expectEach('missing', [['sv', 'statutory-requirement', 'Appen visar tidtabeller för bussar och tåg.']]);
});

describe("statutory requirement (sv): the controller's duty to disclose ('vi kan lämna ut uppgifter om vi är skyldiga') is no duty to give data", () => {
  expectEach('missing', [['sv', 'statutory-requirement', 'Vi kan lämna ut uppgifter till polisen om vi är skyldiga att göra det, eller om det behövs för att försvara ett rättsligt anspråk.']]);
  expectEach('present', [['sv', 'statutory-requirement', 'Ditt namn och din e-postadress behövs för att vi ska kunna skicka biljetten.']]);
});
