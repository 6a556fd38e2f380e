/**
 * English ways of stating (or seeming to state) the GDPR items, met on real notices and written
 * here in our own sentences: what each must make of the item, and the near-misses that must not count.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import { expectEachEnglish as expectEach } from './item-cases.js';


describe('a place where a law is in force is no statement about transfers', () => {
  expectEach('missing', [
    ['international-transfers', 'Since 2018 the data protection regulation has been in force in the European Union.'],
    ['international-transfers', 'The GDPR applies in the EU and protects the members of our club.'],
  ]);
  expectEach('present', [['international-transfers', 'The regulation is in force in the EU, and we keep all member data within the EU.']]);
});

describe("'for the purposes of the GDPR' is a law's sense of a word, not a purpose of the processing", () => {
  expectEach('missing', [['purposes', 'The controller for the purposes of the GDPR is the board of the tennis club.']]);
  expectEach('present', [['purposes', 'For the purposes of the GDPR, we use the addresses of the members to send the yearbook.']]);
});

describe("'responsible entity' names the controller, as in notices translated from German", () => {
  expectEach('present', [['controller-identity', 'The responsible entity for this website is:\n\nRiver Rowing Club\nQuay Street 4\n12345 Lakeside\nclub@example.org']]);
});

describe("'the right to see, update or delete' names the right of access", () => {
  expectEach('present', [['right-of-access', 'Data protection law gives you the right to see, update or delete the data the society keeps on you.']]);
});

describe("a heading with the site or app as the subject ('What data the app collects') heads the data categories", () => {
  expectEach('present', [['data-categories', '## What data the app collects', 'Only what you type in yourself: dates and notes.']]);
  expectEach('missing', [['data-categories', '## What data is shared', 'Nothing leaves your phone.']]);
});

describe("the controller's own duty ('unless we are required to by law') is no requirement on the person to give data", () => {
  expectEach('missing', [['statutory-requirement', 'Member data is not passed on to others unless we are required to do so by law.']]);
  expectEach('present', [['statutory-requirement', 'Your name and e-mail address are required to answer your message.']]);
});

describe("not entering the contract and what follows ('Should you not wish to sign up, you cannot take part') says the data is required", () => {
  expectEach('present', [['statutory-requirement', 'We keep the entry form for the season. Should you not wish to sign the entry form, you cannot take part in the league.']]);
  expectEach('missing', [['statutory-requirement', 'Should you not wish to receive the newsletter, you will not become a subscriber.']]);
});

describe("the site's host and its address, and a section on the contact form's processing, name no controller", () => {
  expectEach('missing', [
    [
      'controller-identity',
      '## Contact form',
      'When you write to us through the contact form, we keep your message until we have answered it.',
      '## Hosting',
      'These pages are hosted on a cloud service. Provider: Example Cloud Inc., 12 Harbour Road, Springfield, USA.',
    ],
  ]);
  expectEach('present', [
    [
      'controller-identity',
      '## Controller',
      'Hill Choir, Church Lane 5, 12345 Townsville, choir@example.org',
      '## Hosting',
      'These pages are hosted on a cloud service. Provider: Example Cloud Inc., 12 Harbour Road, Springfield, USA.',
    ],
  ]);
});

describe("a site menu's word on its own line ('Share') is page furniture, no statement about recipients", () => {
  it('recipients missing when the only "share" is a menu link', () => {
    const html = '<html><body><div class="menu"><a href="/">Home</a><a href="/share.html">Share</a></div><h1>Privacy statement</h1><p>We log visits to count them. Visitors can browse the pages without giving any details.</p></body></html>';
    expect(lintSource(html, { filePath: 'n.html', format: 'html' }).result.items.recipients?.status).toBe('missing');
  });
  expectEach('present', [['recipients', 'We share the entry list with the organiser of the race.']]);
});

describe("a list after the verb ('are collected: ...') or after what the person enters ('the data you enter: ...') names the data categories", () => {
  expectEach('present', [
    ['data-categories', 'When the program checks for updates, a few figures are collected: its version and the size of the files opened.'],
    ['data-categories', 'The diary keeps only the data you enter: dates, moods and notes.'],
  ]);
  expectEach('missing', [['data-categories', 'Nothing is collected when you read the pages.']]);
});

describe("rights set aside as a whole ('we do not apply the usual data protection rights (access, erasure)') are denied, not granted", () => {
  expectEach('vague', [
    ['right-of-access', '## Your rights\n\nAs the counts are anonymous, we do not apply the usual data protection rights (access, correction) to them.'],
    ['right-to-rectification', 'These rights (access and correction) do not apply to the anonymous figures we keep.'],
  ]);
  expectEach('present', [['right-of-access', '## Your rights\n\nYou have the right of access to your data. The right to portability does not apply to the anonymous figures.']]);
});

describe("a consent heading over consent to the notice by use ('**Your consent**' 'By using the app you consent to this policy') names no basis", () => {
  expectEach('missing', [['legal-basis', '## Your consent\n\nBy using the app you consent to this privacy policy.']]);
  expectEach('not-applicable', [['consent-withdrawal', '## Your consent\n\nBy using the app you consent to this privacy policy.']]);
  expectEach('present', [
    ['legal-basis', '## Your consent\n\nWe send the newsletter only to those who have given their consent.'],
    ['legal-basis', '## Consent\n\nThe newsletter goes only to those who ask for it; you can unsubscribe at any time with the link in each letter.'],
  ]);
});

describe("a negation after the collection, in another clause ('..., but we never share it'), does not deny the collection", () => {
  expectEach('present', [['data-sources', 'We use a visitor counter to collect statistics about your visit, but we never share them with anyone.']]);
  expectEach('missing', [
    ['data-sources', 'We do not sell, share or collect any data about you.'],
    ['data-sources', 'No data about you is collected, and the pages set no cookies.'],
  ]);
});

describe('what the data is made of, the host that keeps it, and a denial of selling', () => {
  expectEach('present', [
    ['data-categories', 'The app keeps a simple log. This information includes timestamps and referring pages.'],
    ['recipients', 'The pages are hosted on the servers of Example Pages Inc.'],
    ['recipients', 'Usage counts are processed by Example Metrics LLC.'],
    ['recipients', 'I use a statistics service to count visits on my behalf.'],
    ['purposes', 'I count the visits to each page. I do so to improve my articles.'],
  ]);
  expectEach('missing', [
    ['data-categories', 'Personal data includes any information relating to an identifiable person.'],
    ['recipients', 'We do not sell personal data.'],
    ['recipients', 'Any symptoms you choose to share are read only by your physiotherapist.'],
  ]);
});

describe("a field marked in the list or table of the data ('Phone number (optional)') says whether giving it is required", () => {
  expectEach('present', [['statutory-requirement', '| Data | Why |\n|---|---|\n| Name | To enter you in the match |\n| Mobile number | To reach you on the day (optional) |']]);
  expectEach('missing', [['statutory-requirement', 'The site sets one cookie (required) to remember your language.']]);
});

describe('more of the same forms: rights that cannot be exercised, "this is done to ...", "we sell no data"', () => {
  expectEach('vague', [['right-to-erasure', '## Your rights\n\nFor the anonymous counts, the rights of access and erasure cannot be exercised.']]);
  expectEach('present', [['purposes', 'The server keeps a log of visits. This is done to operate the site safely.']]);
  expectEach('missing', [['recipients', 'We sell no data about our customers.']]);
});

describe("data said to be sent to a country outside the EU/EEA ('your browser transmits data to Example LLC (USA)') answers the transfers question", () => {
  expectEach('present', [
    ['international-transfers', 'Some pages show a map. When the map loads, your browser transmits your IP address to Example Maps LLC (USA).'],
    ['international-transfers', 'Orders are sent to our packing partner in Canada.'],
  ]);
  expectEach('missing', [
    ['international-transfers', 'Your answers are sent to the organiser of the course.'],
    ['international-transfers', 'Your message is sent to us under the laws of Canada.'],
  ]);
});

describe("the site's host ('hosted on Example Pages') is a recipient; where the own server stands is not", () => {
  expectEach('present', [['recipients', 'This blog is hosted on Example Pages, a static site service.']]);
  expectEach('missing', [
    ['recipients', 'The member register is hosted on servers in Finland.'],
    ['recipients', 'The pages are hosted on our own server.'],
  ]);
});
