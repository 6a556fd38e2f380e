/**
 * English forms met in the tenth round of real notices, written here in our own sentences: a list
 * item read with the sentence that leads the list in, rights said in verb lists or by their
 * article, and "restrictions" that are a person's needs rather than the right.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';


describe('a complaint said in a lead-in sentence, the authority in the list under it', () => {
  expectEach('present', [
    ['complaint-right', 'If you think we handle your data unlawfully, you can make a complaint.', '- to the club board, by e-mail\n- to the data protection authority of your country'],
    ['complaint-right', 'You may complain:', '- to us first\n- to the supervisory authority'],
  ]);
  expectEach('missing', [
    ['complaint-right', 'If you are unhappy with our service, you can make a complaint.', '- to the club board, by e-mail\n- by phone to the secretary'],
    ['complaint-right', 'We share data with:', '- our accountant\n- the tax authority'],
  ]);
});

describe('rectification among the verbs of what one may do with the data, and rights by their article', () => {
  expectEach('present', [
    ['right-to-rectification', '## Your data', 'To see, change or remove the details we keep about you, you can contact us at any time.'],
    ['right-to-rectification', '## Your data', 'You can view, edit or delete your member profile at any time by asking us.'],
    ['right-to-object', '## Your rights', 'You can object to the use of your data for our legitimate interests (Article 21 GDPR).'],
    ['right-to-object', '## Your rights', 'Under Art. 21 GDPR you may ask us at any time to stop using your data for newsletters.'],
  ]);
});

describe('"restrictions" that are the person\'s needs are not the right to restriction', () => {
  expectEach('missing', [
    ['right-to-restriction', '## What we collect', 'When you sign up you can tell us your name, your e-mail and any dietary restrictions you have.'],
  ]);
  expectEach('present', [['right-to-restriction', '## Your rights', 'You have the right to ask us to restrict the processing of your data.']]);
});

describe('the host of the site and the words of Art. 15 name a recipient and the right of access', () => {
  expectEach('present', [
    ['recipients', 'We host the club website with Example Pages B.V., which keeps the server logs.'],
    ['right-of-access', '## Your rights', 'You have the right to request from the controller access to or deletion of your data.'],
  ]);
  expectEach('missing', [['recipients', 'We host the website on our own server in the club house.']]);
});

describe("refusing cookies in the browser is no withdrawal of the consent the notice relies on", () => {
  expectEach('missing', [
    ['consent-withdrawal', 'With your consent we also keep your CV for our partners.', '## Can I refuse cookies?', 'You can delete cookies whenever you like in your web browser.'],
    ['consent-withdrawal', 'With your consent we also keep your CV for our partners.', 'You can opt out of the statistics by installing the opt-out browser add-on of the analytics provider.'],
  ]);
  expectEach('present', [
    ['consent-withdrawal', 'With your consent we also keep your CV for our partners.', '## Can I withdraw my consent?', 'Yes: write to us and we delete the CV. You can also delete cookies in your web browser.'],
    ['consent-withdrawal', 'With your consent we also keep your CV for our partners.', '## Withdrawing consent', 'You can withdraw your consent at any time by e-mail.'],
  ]);
});
