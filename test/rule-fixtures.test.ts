/**
 * One generic runner for every rule's fixtures: fixtures/rules/<rule-id>/<lang>-<case>.<ext>
 * with <lang>-<case>.expected.json beside it, listing that rule's findings
 * ([{ line, column, severity }], [] for a clean case). UPDATE_FIXTURES=1 rewrites the
 * expectations from the current output (review the diff before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/api.js';
import { rules } from '../src/rules/index.js';
import { ROOT, TODAY } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures', 'rules');
const NOTICE_FILE = /^(fi|sv|en)-[\w-]+\.(txt|md|html)$/u;
const update = process.env.UPDATE_FIXTURES === '1';

interface Expected {
  line: number;
  column: number;
  severity: string;
}

const ruleDirs = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : [];

describe('rule fixtures', () => {
  for (const ruleId of ruleDirs) {
    const dir = join(FIXTURES, ruleId);
    for (const file of readdirSync(dir).filter((f) => NOTICE_FILE.test(f)).sort()) {
      it(`${ruleId}/${file}`, () => {
        // Through lintFile, so fixtures are decoded as real files are (legacy encodings included).
        const result = lintFile(join(dir, file), { today: TODAY });
        const actual: Expected[] = result.messages
          .filter((m) => m.ruleId === ruleId)
          .map((m) => ({ line: m.line, column: m.column, severity: m.severity }));
        const expectedPath = join(dir, file.replace(/\.(txt|md|html)$/u, '.expected.json'));
        if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
        expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
        expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      });
    }
  }
});

describe('every rule is documented and has fixtures', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    it(`${id} has docs/rules/${id}.md`, () => {
      expect(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
    });
    it(`${id} has fixtures in ${rule.meta.languages.join(', ')}, at least one with a finding`, () => {
      const dir = join(FIXTURES, id);
      expect(existsSync(dir), `fixtures/rules/${id}/ is missing`).toBe(true);
      const files = readdirSync(dir).filter((f) => NOTICE_FILE.test(f));
      for (const lang of rule.meta.languages) expect(files.some((f) => f.startsWith(`${lang}-`)), `no ${lang}- fixture`).toBe(true);
      const flagged = files.some((f) => {
        const exp = join(dir, f.replace(/\.(txt|md|html)$/u, '.expected.json'));
        return existsSync(exp) && JSON.parse(readFileSync(exp, 'utf8')).length > 0;
      });
      expect(flagged, 'no fixture with a finding').toBe(true);
    });
  }
});
