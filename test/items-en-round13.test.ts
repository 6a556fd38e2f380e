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
