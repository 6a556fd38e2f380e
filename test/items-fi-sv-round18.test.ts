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
