/**
 * English forms met in the sixteenth round of real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';

describe('the law\'s words for the public task state the basis without a basis word', () => {
  expectEach('present', [
    ['legal-basis', 'The survey is needed for a task carried out in the public interest by the council.'],
    ['legal-basis', 'The registry keeps these records in the exercise of official authority vested in it.'],
  ]);
  expectEach('missing', [['legal-basis', 'We publish the yearly figures because they are of public interest.']]);
});
