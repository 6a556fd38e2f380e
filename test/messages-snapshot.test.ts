/**
 * The full text of every finding on the rule fixtures (message, suggestion, fix, related
 * places), against the reviewed snapshot in test/__snapshots__/messages.snap.md: any change to
 * what a user reads fails here until the snapshot is rewritten (`npm run snapshot:update`) and
 * its diff reviewed.
 */
import { describe, expect, it } from 'vitest';
import { messageSnapshot } from '../scripts/message-snapshot.js';
import { FIXTURE_TODAY, ruleFixtures, runFixture } from '../scripts/rule-fixtures.js';
import { ROOT } from './helpers.js';

describe('messages on the rule fixtures', () => {
  it('are the reviewed ones in test/__snapshots__/messages.snap.md (npm run snapshot:update rewrites it)', async () => {
    const runs = ruleFixtures(ROOT).map((f) => runFixture(f, FIXTURE_TODAY));
    await expect(messageSnapshot(runs)).toMatchFileSnapshot('__snapshots__/messages.snap.md');
  });
});
