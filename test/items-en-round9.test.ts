/**
 * English forms met in the ninth round of real notices, written here in our own sentences: what
 * a rights list covers is no statement of the controller's, and the notice announcing what it
 * tells says nothing yet.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';


describe("what an access request returns ('the source of the data, if not collected from you') says no source", () => {
  expectEach('missing', [
    ['data-sources', '## Right of access', 'You may ask us what we hold on you. The answer tells you:', '- why we use the data\n- where the data came from, if we did not collect it directly from you'],
  ]);
  expectEach('present', [['data-sources', '## Right of access', 'You may ask us what we hold on you.', 'We receive the addresses of the members from the national federation.']]);
});

describe('the notice announcing what it tells is no statement of where the data comes from', () => {
  expectEach('missing', [
    ['data-sources', 'This privacy policy outlines how we collect, use and protect your details when you use the quiz app.'],
    ['data-sources', 'By installing the app you agree to the collection and use of information as this policy says.'],
  ]);
  expectEach('present', [['data-sources', 'We collect your e-mail address when you subscribe to the newsletter.']]);
});

describe('a duty to keep or delete the data is no requirement to give it', () => {
  expectEach('missing', [['statutory-requirement', 'The deletion of the records is required to comply with a legal obligation.']]);
  expectEach('present', [['statutory-requirement', 'Your postal address is required to deliver the parcel.']]);
});

describe('rights said in plain verbs, and the complaint by the article that grants it', () => {
  expectEach('present', [
    ['right-to-rectification', '## Your rights', 'You have the right to:', '- access, update or delete your data\n- object to direct marketing'],
    ['right-to-rectification', '## Your rights', 'You can ask us to:', '- make sure the data we hold is correct\n- delete the data'],
    ['complaint-right', '## Your rights', '- Right to lodge a complaint pursuant to Art. 77 GDPR'],
  ]);
  expectEach('missing', [['complaint-right', '## Your rights', '- Right to lodge a complaint with our customer service']]);
});

describe("a heading's criterion words ('Duration of data storage') name the topic; the text under it answers", () => {
  expectEach('vague', [['retention-period', '## Duration of data storage', 'We keep your data for as long as necessary for the purposes above.']]);
  expectEach('present', [['retention-period', '## Duration of data storage', 'We keep your data for the duration of your membership.']]);
});

describe('where the data is stored, and transfer mechanisms as translated notices name them', () => {
  expectEach('present', [
    ['international-transfers', 'The club stores the member list with a hosting company in Belgium.'],
    ['international-transfers', 'Outside the EU we only let data be processed under standard protection clauses of the EU Commission.'],
    ['international-transfers', 'For payments we pass on your order details to Example Payments Inc., Boston, USA.'],
  ]);
});

describe('a plain statement that no personal data is collected answers what data is processed', () => {
  expectEach('present', [['data-categories', 'The flashcard app does not collect or store personal data.']]);
  expectEach('missing', [['data-categories', 'The flashcard app does not collect personal data from children under 13.']]);
});

describe("deletion once the request is answered is a criterion, not deletion on request", () => {
  expectEach('present', [['retention-period', '## Contact form', 'Your message is deleted once your request has been answered.']]);
  expectEach('missing', [['retention-period', '## Contact form', 'You can request that we delete your message.']]);
});

describe('consent only as a possibility, and the right to challenge automated decisions', () => {
  expectEach('missing', [['legal-basis', 'If we change this policy in a way that matters, we will seek your consent where required.']]);
  expectEach('vague', [['automated-decision-making', '## Your rights', 'You have the right to:', '- challenge a decision made by our automated decision-making\n- complain to a supervisory authority']]);
  expectEach('present', [['automated-decision-making', 'We make no decisions about you by automated means alone.']]);
});

describe('Art. 7(3) said in the sentence of the withdrawal: the withdrawal still counts, and it names no basis', () => {
  expectEach('present', [
    ['consent-withdrawal', 'We send the newsletter with your consent.', 'You may withdraw your consent at any time, which does not affect the lawfulness of processing before the withdrawal.'],
    ['consent-withdrawal', 'We send the newsletter with your consent.', 'You may withdraw your consent at any time; this will not affect the legality of earlier processing.'],
  ]);
  expectEach('missing', [['legal-basis', 'We send a newsletter.', 'Withdrawing consent does not affect the lawfulness of processing before the withdrawal.']]);
});
