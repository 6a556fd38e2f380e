/**
 * English forms met in the eighteenth round of real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';

describe('the national authority called a "Data Protection Agency" in a list led in by the complaint', () => {
  expectEach('present', [
    ['complaint-right', 'If you think we have broken the law, you can submit a complaint:\n\n- To us, by e-mail.\n- To the Data Protection Agency of your country.'],
    ['complaint-right', 'You may lodge a complaint with the national Data Protection Commission.'],
  ]);
  expectEach('missing', [
    ['complaint-right', 'We follow the guidance of the Data Protection Agency when we design our forms.'],
  ]);
});

describe('to "move, copy or transfer" one\'s data in a list of rights is portability', () => {
  expectEach('present', [
    ['right-to-portability', '## Your rights\n\nYou may ask us:\n\nTo **correct** wrong details: we will do so quickly.\n\nTo **move, copy or transfer** your member record: we will help where we can.'],
  ]);
  expectEach('missing', [
    ['right-to-portability', '## Your rights\n\nYou may ask us to correct wrong details.\n\nVolunteers may not copy member lists to their own computers.'],
  ]);
});

describe('data gathered or collected through forms comes from the person filling them in', () => {
  expectEach('present', [
    ['data-sources', 'Details for the summer camp may be gathered on paper or online booking forms.'],
    ['data-sources', 'We collect the shirt sizes with a short questionnaire.'],
  ]);
  expectEach('missing', [['data-sources', 'The site has no forms and we never gather anything through them.']]);
});

describe('a British postcode gives the officer a postal address', () => {
  expectEach('present', [
    ['dpo-contact', 'Questions about this policy go to our data protection officer at Millbrook Riding Club, Long Lane, Hexham, Northumberland NE46 3AB.'],
    ['dpo-contact', 'Or write to us:<br />\nThe Data Protection Officer<br />\nMillbrook Riding Club<br />\nLong Lane<br />\nHexham<br />\nNE46 3AB<br />'],
  ]);
  expectEach('missing', [
    ['dpo-contact', 'Questions about this policy go to our data protection officer, who reads the club post every week.'],
  ]);
});

describe('the portability right in the law\'s words states neither automated decisions nor a duty to give data', () => {
  expectEach('missing', [
    ['automated-decision-making', 'You may ask us to hand your records to another club. This only applies where the processing rests on your consent or is necessary for a contract with you, and the club processes the data by automated means.'],
    ['statutory-requirement', 'You may ask that the club provide the data subject with his or her records, where that is necessary for the performance of a contract.'],
  ]);
  expectEach('present', [
    ['automated-decision-making', 'We do not take decisions about members by automated means.'],
    ['statutory-requirement', 'You must provide your date of birth; it is necessary for the insurance of the club.'],
  ]);
});
