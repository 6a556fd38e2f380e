/**
 * English forms met in the thirteenth round of real notices, written here in our own sentences:
 * section numbers glued to the heading's first word by a page's markup.
 */
import { describe } from 'vitest';
import { expectEachEnglish as expectEach } from './item-cases.js';

describe('a section number glued to the heading ("<span>04</span>How long we keep data")', () => {
  expectEach('present', [
    ['retention-period', '## 04Retention', '- Member records: 2 years after membership ends', '- Event sign-ups: until the event is over'],
    ['recipients', '## 3Recipients', '- Our bookkeeping firm', '- The venue of the event'],
  ]);
  expectEach('missing', [['retention-period', '## 04Contact', '- Member records: the secretary', '- Event sign-ups: the board']]);
});

describe('a statement that no data is collected, with the verbs listed with commas', () => {
  expectEach('present', [
    ['data-categories', '## What we collect', 'The timer app does not collect, keep, or share any personal data.'],
    ['data-categories', 'The widget doesn\'t collect, store or send any data about you.'],
  ]);
  // Then said to be collected after all: what that data is stays unsaid.
  expectEach('vague', [
    ['data-categories', 'The timer app does not collect, keep, or share any personal data. The only data gathered is collected by the store\'s analytics service.'],
    ['data-categories', 'The widget does not collect any personal data. Crash reports are collected by the platform provider.'],
  ]);
  // A later paragraph on what the app store collects is the store's own processing.
  expectEach('present', [['data-categories', 'The widget does not collect any personal data.', 'If you download it from an app store, the store may collect some data about you.']]);
});

describe('data handed over by another party, and data held in a country', () => {
  expectEach('present', [
    ['data-sources', '## What we collect', 'We prepare the reports from client details shared by the referring accountant.'],
    ['data-sources', 'Your school provides us with the information needed to enrol you.'],
    ['international-transfers', 'The answers you send are held on computers in Canada.'],
  ]);
  expectEach('missing', [
    ['data-sources', '## Services', 'The newsletter service is provided by Example Mail LLC.'],
  ]);
});
