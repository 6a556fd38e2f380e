/**
 * English forms met in the sixteenth round of real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';

describe('consent said not to be needed is no consent relied on', () => {
  expectEach('not-applicable', [
    ['consent-withdrawal', 'Schools pass pupil records to the council. They do not need the pupil\'s or parent\'s consent to pass these records on.'],
    ['consent-withdrawal', 'We keep the register because the law obliges us to. Your consent is not required for this.'],
  ]);
  expectEach('missing', [['consent-withdrawal', 'We send the newsletter only with your consent.']]);
});

describe('the law\'s words for the public task state the basis without a basis word', () => {
  expectEach('present', [
    ['legal-basis', 'The survey is needed for a task carried out in the public interest by the council.'],
    ['legal-basis', 'The registry keeps these records in the exercise of official authority vested in it.'],
  ]);
  expectEach('missing', [['legal-basis', 'We publish the yearly figures because they are of public interest.']]);
});

describe('"the data we collect" names the data, not where it comes from', () => {
  expectEach('missing', [
    ['data-sources', 'The society is the controller of the personal data we collect in running its courses.'],
    ['data-sources', 'All information that we collect is kept on a server in Ireland.'],
  ]);
  expectEach('present', [
    ['data-sources', 'The society is the controller of the personal data we collect from you when you book a course.'],
    ['data-sources', 'We collect your name and e-mail address when you sign up for a course.'],
  ]);
});

describe('"verify" beside the correction of one\'s data is access to it', () => {
  expectEach('present', [
    ['right-of-access', 'You may write to the secretary to verify, update or correct the details we keep on you.'],
    ['right-of-access', 'Members can verify and correct their entry in the member list at any time.'],
  ]);
  expectEach('missing', [['right-of-access', 'We verify your identity before we answer a request to correct your details.']]);
});
