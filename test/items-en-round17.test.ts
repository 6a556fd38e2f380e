/**
 * English forms met in the seventeenth round of real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';

describe('the consequence for the person after "otherwise" says the data is needed', () => {
  expectEach('present', [
    ['statutory-requirement', 'The booking system has to store your name and seat number. Otherwise you would not be able to collect your tickets at all.'],
    ['statutory-requirement', 'We need your address to post the membership card, otherwise you cannot get into the club house.'],
  ]);
  expectEach('missing', [
    ['statutory-requirement', 'Please allow cookies in your browser, otherwise you will not be able to use the shopping basket.'],
    ['statutory-requirement', 'Unless you tell us otherwise, you cannot opt out of the yearly member letter.'],
  ]);
});

describe('the passive "changed or removed" after asking is correction of one\'s data', () => {
  expectEach('present', [
    ['right-to-rectification', 'Speakers can write to the organisers to have their biography changed or removed.'],
    ['right-to-rectification', 'You may ask the secretary to have your entry in the directory changed or deleted.'],
  ]);
  expectEach('missing', [['right-to-rectification', 'Old entries in the directory are removed each January.']]);
});

describe('asking that the mailings stop takes back the consent they were sent with', () => {
  expectEach('present', [
    ['consent-withdrawal', 'With your consent, we send you the club bulletin by e-mail. You can ask us to stop sending it at any point from your account page.'],
  ]);
  expectEach('missing', [
    ['consent-withdrawal', 'With your consent, we send you the club bulletin by e-mail. We stop sending it when the season is over.'],
  ]);
});

describe('whose interest it is ("of the register holder") does not say what the interest is', () => {
  expectEach('missing', [
    ['legitimate-interests', 'The legal basis for processing is the legitimate interest of the register holder.'],
  ]);
  expectEach('present', [
    ['legitimate-interests', 'The legal basis for sending the yearly customer letter is the legitimate interest of the register holder.'],
  ]);
});

describe('a cookie sentence that names the outside service the data goes to states a recipient', () => {
  expectEach('present', [
    ['recipients', 'The statistics cookie records which pages you open; this information is transmitted to and stored by Google.'],
  ]);
  expectEach('missing', [
    ['recipients', 'The statistics cookie is shared between the pages of this site so that a visit is counted once.'],
  ]);
});

describe('"for processing based on consent" in the withdrawal right is its scope, no basis stated', () => {
  expectEach('missing', [
    ['legal-basis', 'We keep your account details to run the service. Right to withdraw consent: for processing based on consent, you may withdraw your consent at any time.'],
  ]);
  expectEach('present', [
    ['legal-basis', 'We send the newsletter based on your consent, which you may withdraw at any time.'],
  ]);
});
