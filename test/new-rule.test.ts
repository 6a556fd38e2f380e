/**
 * `npm run new-rule` (scripts/new-rule.ts): what it writes passes the checks every rule must
 * pass. Cheap: the templates are rendered for a new id, the rule is loaded from a scratch folder
 * and run over its own fixtures (their markers against its findings), and its page gets its
 * generated parts; the command's full run (registry, builds) is not repeated here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintNotice } from '../src/linter.js';
import { parseNotice } from '../src/parse/notice.js';
import type { Rule } from '../src/rules/types.js';
import { badRuleId } from '../scripts/new-rule.js';
import { exportNameOf, fixtureSources, pageSource, ruleSource } from '../scripts/new-rule/templates.js';
import { FIXTURE_TODAY, formatOf, readMarkedFixture } from '../scripts/rule-fixtures.js';
import { EXAMPLES, END_HEADER, examplesOf, headerOf, pageWith } from '../scripts/rule-pages.js';
import { ROOT } from './helpers.js';

const ID = 'scaffold-check';
// Inside the repository, so that the rule's imports reach src/ by a relative path.
const scratch = mkdtempSync(join(ROOT, 'test', '.new-rule-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function scaffoldedRule(): Promise<Rule> {
  const dir = join(scratch, 'rules');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${ID}.ts`);
  // src/rules/<id>.ts imports '../x.js' and './types.js': from the scratch folder, src/ is ../../../src/.
  writeFileSync(file, ruleSource(ID).replaceAll("from '../", "from '../../../src/").replaceAll("from './", "from '../../../src/rules/"));
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, Rule>;
  return mod[exportNameOf(ID)];
}

describe('npm run new-rule', () => {
  it('refuses an id that is not kebab-case or is taken, in one line', () => {
    expect(badRuleId('Bad_Id', ROOT)).toBe('"Bad_Id" is not a rule id: lower-case words joined by hyphens, e.g. missing-contact-form');
    expect(badRuleId('consent-by-use', ROOT)).toMatch(/^consent-by-use exists already \(src[/\\]rules[/\\]consent-by-use\.ts\)$/u);
    expect(badRuleId(ID, ROOT)).toBeNull();
  });

  it('scaffolds a rule whose findings on its fi, sv and en fixtures are the ones they mark', async () => {
    const rule = await scaffoldedRule();
    expect(rule.meta.id).toBe(ID);
    const fixtures = fixtureSources(ID);
    expect(fixtures.map((f) => f.file.slice(0, 2)).sort()).toEqual([...rule.meta.languages].sort());
    for (const f of fixtures) {
      const path = join(scratch, f.file);
      writeFileSync(path, f.text);
      const marked = readMarkedFixture(path);
      expect(marked.problems).toEqual([]);
      expect(marked.marks.length, f.file).toBe(1);
      const notice = parseNotice(marked.bytes.toString('utf8'), formatOf(path), { fileName: f.file });
      const found = lintNotice(notice, { rules: [rule], today: FIXTURE_TODAY }).map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, severity: m.severity }));
      expect(found, f.file).toEqual(marked.marks);
    }
  });

  it('scaffolds a page that gets its generated header and examples, and names no file a user lacks', async () => {
    const rule = await scaffoldedRule();
    const page = pageWith(pageSource(ID), headerOf(rule.meta), examplesOf(ID, []));
    expect(page).not.toBeNull();
    expect(page!.startsWith(`# ${ID}\n`)).toBe(true);
    expect(page).toContain(END_HEADER);
    expect(page).toContain(EXAMPLES);
    expect(page).toContain('## What it checks');
    expect(page!.match(/\.\.\/shared|(?<![\w/.-])src\/[\w./*-]*/gu) ?? []).toEqual([]);
  });
});
