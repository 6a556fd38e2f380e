/**
 * English forms met in the second pass over the thirteenth round of real notices, written here in
 * our own sentences.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';

describe('a list of bases under a lead-in that names them ("The lawful bases we rely on are:")', () => {
  // The item "We have a legitimate interest." claims the basis and says nothing of what the interest is.
  expectEach('missing', [
    ['legitimate-interests', 'The legal grounds we use for handling your details are:', '- You agreed to it,', '- We have a contract with you,', '- We have a legitimate interest.'],
  ]);
  expectEach('present', [
    ['legitimate-interests', 'The legal grounds we use for handling your details are:', '- You agreed to it,', '- We have a legitimate interest in keeping the club\'s records in order.'],
    ['legal-basis', 'Our lawful bases for this are:', '- We have a contract with you.'],
  ]);
  // The law's list of every basis, and a list of the person's rights, claim nothing.
  expectEach('not-applicable', [
    ['legitimate-interests', 'Under the GDPR, processing is lawful on one of these bases:', '- consent', '- a contract', '- a legal obligation', '- vital interests', '- a task in the public interest', '- a legitimate interest.'],
    ['legitimate-interests', 'Under the GDPR you have the right to:', '- object to processing based on our legitimate interests', '- see your data.'],
  ]);
});

describe('the controller\'s own need to pass data on is no duty of the person to give it', () => {
  expectEach('missing', [
    ['statutory-requirement', 'We may need to share the details we keep with the regional federation so that it can insure the players.'],
    ['statutory-requirement', 'Now and then we might have to share your name with the venue.'],
  ]);
  expectEach('present', [['statutory-requirement', 'You need to share your e-mail address with us if you want to join the list.']]);
});

describe('a generic safeguard word is a transfer safeguard only where data is said to leave the EU/EEA', () => {
  expectEach('missing', [
    ['international-transfers', 'Photos from the festival may stay on the archive site after it ends; this is done with appropriate safeguards.'],
  ]);
  expectEach('present', [
    ['international-transfers', 'Our mailing provider is in the United States. Transfers there take place with appropriate safeguards.'],
    ['international-transfers', 'If your data is processed outside the EEA, we make sure suitable safeguards are in place.'],
    ['international-transfers', '## Transfer of your data abroad', 'We only do this with appropriate safeguards.'],
    ['international-transfers', 'Our booking partner has signed contracts approved by the European Commission.'],
  ]);
});

describe('the right to be told about automated decisions does not say whether they are made', () => {
  expectEach('vague', [
    ['automated-decision-making', 'You may ask for your data to be moved, and you have the right to be informed about any automated decisions the club might take.'],
  ]);
  expectEach('present', [
    ['automated-decision-making', 'You have the right to be informed about automated decisions. The club does not make any automated decisions.'],
    ['automated-decision-making', 'We do not take any decisions about you by automated means.'],
  ]);
});
