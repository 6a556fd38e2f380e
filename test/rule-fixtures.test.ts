/**
 * One generic runner for every rule's fixtures: fixtures/rules/<rule-id>/<lang>-<case>.<ext>,
 * each carrying its expectations inline, a marker at the end of every line where the folder's
 * rule reports (`<!-- expect: <rule-id> <severity> col <n> -->`; see scripts/rule-fixtures.ts
 * for why the markers are cut out before linting). Every finding of the rule must be marked on
 * its line, with its column and severity, and every marker must have its finding.
 * UPDATE_FIXTURES=1 rewrites the markers from the current findings (review the diff before
 * committing: a fixture's findings change only on purpose).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { type Mark, markerOf, readMarkedFixture, FIXTURE_TODAY, ruleFixtures, runFixture, writeMarkedFixture } from '../scripts/rule-fixtures.js';
import { ROOT } from './helpers.js';

const fixtures = ruleFixtures(ROOT);
const update = process.env.UPDATE_FIXTURES === '1';

const byPlace = (a: Mark, b: Mark) => a.line - b.line || a.column - b.column || a.severity.localeCompare(b.severity);
const show = (m: Mark) => `line ${m.line}: ${markerOf(m)}`;

describe('rule fixtures', () => {
  for (const fixture of fixtures) {
    it(`${fixture.ruleId}/${fixture.file}`, () => {
      const run = runFixture(fixture, FIXTURE_TODAY);
      expect(run.marked.problems, 'markers that cannot be read').toEqual([]);
      expect(run.marked.marks.filter((m) => m.ruleId !== fixture.ruleId).map(show), `markers name only the folder's rule, ${fixture.ruleId}`).toEqual([]);
      const actual = run.findings.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, severity: m.severity })).sort(byPlace);
      if (update) writeMarkedFixture(fixture.path, run.marked.bytes, actual);
      const marks = update ? actual : run.marked.marks;
      // Compared as the markers a line would carry, so a failure reads as the fix to the fixture.
      expect(actual.map(show), 'findings of the rule (left) against the markers (right)').toEqual([...marks].sort(byPlace).map(show));
    });
  }
});

describe('every rule is documented and has fixtures', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    it(`${id} has docs/rules/${id}.md`, () => {
      expect(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
    });
    it(`${id} has fixtures in ${rule.meta.languages.join(', ')}, at least one with a finding`, () => {
      const own = fixtures.filter((f) => f.ruleId === id);
      expect(own.length, `fixtures/rules/${id}/ has no fixture`).toBeGreaterThan(0);
      for (const lang of rule.meta.languages) expect(own.some((f) => f.file.startsWith(`${lang}-`)), `no ${lang}- fixture`).toBe(true);
      expect(own.some((f) => readMarkedFixture(f.path).marks.length > 0), 'no fixture with a marked finding').toBe(true);
    });
  }
});

describe('every fixture folder is a rule', () => {
  it('fixtures/rules/ has no folder without its rule', () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    expect([...new Set(fixtures.map((f) => f.ruleId))].filter((id) => !ids.has(id))).toEqual([]);
  });
});
