/**
 * The CI-facing reporters (sarif, github, codeclimate, markdown) on the five real notices.
 * Colleagues keep adding rules, so the pinned outputs come from a fixed subset of rules
 * (the structural ones); the SARIF schema check runs every rule. The seeds and the SARIF schema
 * are in ../shared: without it, the tests that read them skip.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { buildReport, fatalResult } from '../src/api.js';
import { lintSource } from '../src/linter.js';
import type { FileResult, LintReport } from '../src/report.js';
import { codeclimate } from '../src/reporters/codeclimate.js';
import { normalizeMessage } from '../src/reporters/common.js';
import { escapeData, escapeProperty, github } from '../src/reporters/github.js';
import { reporters } from '../src/reporters/index.js';
import { markdown, markdownReport } from '../src/reporters/markdown.js';
import { FINGERPRINT_KEY, sarif } from '../src/reporters/sarif.js';
import { duplicateSectionNumber } from '../src/rules/duplicate-section-number.js';
import { emptySection } from '../src/rules/empty-section.js';
import { rules } from '../src/rules/index.js';
import { leftoverArtifact } from '../src/rules/leftover-artifact.js';
import type { Rule } from '../src/rules/types.js';
import { NO_SHARED, readSeed, ROOT, SARIF_SCHEMA, SEEDS, TODAY } from './helpers.js';

const SUBSET: Rule<any>[] = [duplicateSectionNumber, emptySection, leftoverArtifact];
const OPTS = { color: false, cwd: ROOT };
const DOCS = 'https://github.com/noticelint/noticelint/blob/main/docs/rules';

function lintSeedWith(name: string, ruleSet?: readonly Rule<any>[], prefix = ''): FileResult {
  return lintSource(prefix + readSeed(name), { filePath: `notices/${name}`, format: 'text', today: TODAY, rules: ruleSet }).result;
}
const subsetReport = (prefix = ''): LintReport => buildReport(Object.values(SEEDS).map((s) => lintSeedWith(s, SUBSET, prefix)));
const fullReport = (): LintReport => buildReport(Object.values(SEEDS).map((s) => lintSeedWith(s)));

/** A report with a fatal file, an error and an info, and item statuses: what the seeds cannot give yet. */
function syntheticReport(): LintReport {
  const base = lintSeedWith(SEEDS.s002, SUBSET);
  const withItems: FileResult = {
    ...base,
    items: {
      'controller-identity': { status: 'present', line: 3 },
      'retention-period': { status: 'vague', line: 60 },
      'dpo-contact': { status: 'missing' },
      'legitimate-interests': { status: 'not-applicable' },
    },
    messages: [
      ...base.messages,
      {
        ruleId: 'outdated-law-reference',
        severity: 'error',
        message: 'Cites the repealed Henkilötietolaki (523/1999): cite the GDPR and Tietosuojalaki (1050/2018).',
        line: 40,
        column: 5,
        endLine: 40,
        endColumn: 20,
        url: `${DOCS}/outdated-law-reference.md`,
      },
      { ruleId: 'legacy-encoding', severity: 'info', message: 'Read as Windows-1252.', line: 1, column: 1, endLine: 1, endColumn: 1, url: `${DOCS}/legacy-encoding.md` },
    ],
  };
  withItems.errorCount = 1;
  withItems.infoCount = 1;
  const fatal: FileResult = {
    filePath: 'notices/broken, 100%.txt',
    format: 'text',
    language: 'und',
    items: {},
    messages: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fatal: { message: 'binary file (NUL bytes): not a notice' },
  };
  return buildReport([withItems, fatal]);
}

describe('json and stylish', () => {
  it.skipIf(NO_SHARED)('json is JSON.stringify of the report, two-space indented, without fixes', () => {
    for (const report of [fullReport(), syntheticReport(), buildReport([])]) {
      expect(reporters.json(report, OPTS)).toBe(JSON.stringify(report, (k, v) => (k === 'fix' ? undefined : v), 2) + '\n');
    }
  });
  it('stylish of no files says so', () => {
    expect(reporters.stylish(buildReport([]), OPTS)).toBe('No problems in 0 files\n');
  });
});

describe('reporter registry', () => {
  it('offers every CI format under --format', () => {
    expect(Object.keys(reporters)).toEqual(expect.arrayContaining(['stylish', 'json', 'sarif', 'github', 'codeclimate', 'markdown']));
  });
});

describe('github (workflow commands)', () => {
  it('escapes data (% CR LF) and properties (also : and ,) as GitHub does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a: b, 100%\n')).toBe('a%3A b%2C 100%25%0A');
  });

  it.skipIf(NO_SHARED)('pins the annotations on the seeds: 10 warnings at most, then one notice with the rest', () => {
    const lines = github(subsetReport(), OPTS).trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.slice(0, 10).every((l) => l.startsWith('::warning file=notices/'))).toBe(true);
    expect(lines[0]).toBe(
      `::warning file=notices/${SEEDS.s000},line=117,endLine=117,col=1,endColumn=14,title=noticelint (leftover-artifact)::"Scroll to Top" is page navigation copied with the notice: remove it. [leftover-artifact: ${DOCS}/leftover-artifact.md]`,
    );
    expect(lines).toContain(
      `::warning file=notices/${SEEDS.s002},line=84,endLine=84,col=1,endColumn=43,title=noticelint (duplicate-section-number)::Section number 10 is used twice: renumber the sections so each number is unique. [duplicate-section-number: ${DOCS}/duplicate-section-number.md]`,
    );
    expect(lines.filter((l) => l.includes(`file=notices/${SEEDS.s001}`) && l.includes('(empty-section)')).map((l) => /line=(\d+)/u.exec(l)![1])).toEqual(['11', '13', '26']);
    expect(lines[10]).toMatch(/^::notice title=noticelint%3A more findings::1 more finding \(1 warning\) not shown as annotations/u);
  });

  it.skipIf(NO_SHARED)('prints the file not linted first, then errors, warnings, and infos as notices', () => {
    const lines = github(syntheticReport(), OPTS).trimEnd().split('\n');
    const kinds = lines.map((l) => /^::(\w+)/u.exec(l)![1]);
    expect(kinds).toEqual(['error', 'error', 'warning', 'notice']);
    expect(lines[1]).toContain('line=40,endLine=40,col=5,endColumn=20,title=noticelint (outdated-law-reference)::Cites the repealed');
    expect(lines[0]).toBe('::error file=notices/broken%2C 100%25.txt,title=noticelint%3A file not linted::notices/broken, 100%25.txt could not be linted: binary file (NUL bytes): not a notice');
  });

  it.skipIf(NO_SHARED)('is empty for a clean run', () => {
    expect(github(buildReport([lintSeedWith(SEEDS.s003, SUBSET)]), OPTS)).toBe('');
  });

  it('a file not linted is shown even after ten errors, one of them making room', () => {
    const { fatal: _none, ...many } = fatalResult('a.txt', 'x');
    const errors = Array.from({ length: 12 }, (_, i) => ({ ruleId: 'r', severity: 'error' as const, message: `e${i}`, line: i + 1, column: 1, endLine: i + 1, endColumn: 2, url: 'u' }));
    const report = buildReport([{ ...many, messages: errors, errorCount: 12 }, fatalResult('b.docx', 'not a Word document')]);
    const lines = github(report, OPTS).trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=b.docx,title=noticelint%3A file not linted::b.docx could not be linted: not a Word document');
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^::notice title=noticelint%3A more findings::3 more findings \(3 errors\)/u);
    // In Finnish and Swedish (--locale), the reporter's own lines too.
    const fi = github(report, { ...OPTS, locale: 'fi' }).trimEnd().split('\n');
    expect(fi[0]).toBe('::error file=b.docx,title=noticelint%3A tiedostoa ei tarkistettu::Tiedostoa b.docx ei voitu tarkistaa: not a Word document');
    expect(fi.at(-1)).toMatch(/^::notice title=noticelint%3A lisää havaintoja::3 muuta havaintoa \(3 virhettä\) ei näytetä annotaatioina: GitHub näyttää kutakin lajia 10 /u);
    const sv = github(report, { ...OPTS, locale: 'sv' }).trimEnd().split('\n');
    expect(sv.at(-1)).toMatch(/^::notice title=noticelint%3A fler fynd::3 fynd till \(3 fel\) visas inte som annoteringar/u);
  });
});

describe('codeclimate (GitLab code quality)', () => {
  const parse = (text: string) => JSON.parse(text) as { check_name: string; description: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];

  it.skipIf(NO_SHARED)('pins the issues on the seeds', () => {
    const text = codeclimate(subsetReport(), OPTS);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(Buffer.from(text, 'utf8')[0]).toBe(0x5b);
    const issues = parse(text);
    expect(issues.map((i) => `${i.location.path}:${i.location.lines.begin}:${i.check_name}:${i.severity}`)).toEqual([
      `notices/${SEEDS.s000}:117:leftover-artifact:minor`,
      `notices/${SEEDS.s001}:9:leftover-artifact:minor`,
      `notices/${SEEDS.s001}:9:leftover-artifact:minor`,
      `notices/${SEEDS.s001}:11:empty-section:minor`,
      `notices/${SEEDS.s001}:13:empty-section:minor`,
      `notices/${SEEDS.s001}:26:empty-section:minor`,
      `notices/${SEEDS.s002}:84:duplicate-section-number:minor`,
      `notices/${SEEDS.s004}:1:leftover-artifact:minor`,
      `notices/${SEEDS.s004}:19:leftover-artifact:minor`,
      `notices/${SEEDS.s004}:93:leftover-artifact:minor`,
      `notices/${SEEDS.s004}:119:leftover-artifact:minor`,
    ]);
    for (const i of issues) {
      expect(i.description.length).toBeGreaterThan(0);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/u);
    }
  });

  it.skipIf(NO_SHARED)('fingerprints are unique per finding (three identical hidden e-mails in 004) and survive lines moving', () => {
    const before = parse(codeclimate(subsetReport(), OPTS));
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(before.length);
    const after = parse(codeclimate(subsetReport('Päivitetty 1.1.2026\n\nUusi johdanto.\n'), OPTS));
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 3));
  });

  it.skipIf(NO_SHARED)('reports a fatal file as a critical issue at line 1', () => {
    const issues = parse(codeclimate(syntheticReport(), OPTS));
    expect(issues.at(-1)).toMatchObject({ check_name: 'noticelint/fatal', severity: 'critical', location: { path: 'notices/broken, 100%.txt', lines: { begin: 1 } } });
    expect(issues.find((i) => i.check_name === 'outdated-law-reference')?.severity).toBe('major');
  });
});

describe('markdown (step summary)', () => {
  it.skipIf(NO_SHARED)('pins the summary of the seeds: one section per notice with language and findings', () => {
    const text = markdown(subsetReport(), OPTS);
    expect(text.startsWith('## noticelint\n\n**5 notices** · **0 errors** · **11 warnings** · 0 info\n')).toBe(true);
    for (const s of Object.values(SEEDS)) expect(text).toContain(`\`notices/${s}\``);
    expect(text).toContain(`### ✅ \`notices/${SEEDS.s003}\`\n\nFinnish (\`fi\`) · text · 0 errors, 0 warnings, 0 info\n`);
    expect(text).toContain(`### ⚠️ \`notices/${SEEDS.s002}\`\n\nFinnish (\`fi\`) · text · 0 errors, 1 warning, 0 info\n`);
    expect(text).toContain(
      `| 84:1 | 🟡 warning | [duplicate-section-number](${DOCS}/duplicate-section-number.md) | Section number 10 is used twice: renumber the sections so each number is unique. |\n`,
    );
    // Markdown-significant characters in messages are escaped.
    expect(text).toContain('Raw HTML tags (\\<p\\>, \\<ul\\>)');
    expect(text.match(/^\| \d+:\d+ \|/gmu)).toHaveLength(11);
  });

  it.skipIf(NO_SHARED)('shows the item coverage table (present, vague, missing, n/a), errors and the fatal file', () => {
    const text = markdown(syntheticReport(), OPTS);
    expect(text).toContain('**GDPR items:** 1 present, 1 vague, 1 missing, 1 not applicable. Missing: `dpo-contact`. Vague: `retention-period`');
    expect(text).toContain('| `controller-identity` | ✅ present | 3 |');
    expect(text).toContain('| `retention-period` | ⚠️ vague | 60 |');
    expect(text).toContain('| `dpo-contact` | ❌ missing |  |');
    expect(text).toContain('| `legitimate-interests` | ➖ n/a |  |');
    // Items come in the GDPR order of ITEM_IDS.
    expect(text.indexOf('`controller-identity` |')).toBeLessThan(text.indexOf('`dpo-contact` |'));
    expect(text).toContain('| 40:5 | 🔴 error | [outdated-law-reference]');
    expect(text).toContain('### ❌ `notices/broken, 100%.txt`\n\n**Not linted:** binary file (NUL bytes): not a notice');
    expect(text).toContain('· **1 not linted**');
  });

  it.skipIf(NO_SHARED)('says so when there is no item coverage yet', () => {
    expect(markdown(buildReport([{ ...lintSeedWith(SEEDS.s003, SUBSET), items: {} }]), OPTS)).toContain('_No GDPR item coverage in this report._');
  });

  it.skipIf(NO_SHARED)('stays under the size limit and says what it left out', () => {
    const one = lintSeedWith(SEEDS.s004, SUBSET);
    const big = buildReport(Array.from({ length: 400 }, (_, i) => ({ ...one, filePath: `n/${i}.txt` })));
    const full = markdownReport(big, OPTS, Number.MAX_SAFE_INTEGER);
    expect(Buffer.byteLength(full)).toBeGreaterThan(100_000);
    const cut = markdownReport(big, OPTS, 100_000);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000);
    expect(cut).toMatch(/Summary truncated to stay under GitHub's 98 KiB limit: \d+ findings and \d+ more notices not shown/u);
    expect(markdownReport(big, { ...OPTS, locale: 'fi' }, 100_000)).toMatch(/Yhteenveto on lyhennetty GitHubin 98 KiB:n rajaan: \d+ havaintoa ja \d+ muuta selostetta ei näytetä/u);
    expect(markdownReport(big, { ...OPTS, locale: 'sv' }, 100_000)).toMatch(/förkortad för att hålla sig under GitHubs gräns på 98 KiB: \d+ fynd och \d+ beskrivningar till visas inte/u);
    expect(markdown(big, OPTS)).toBe(full); // 1 MiB is plenty for this one
  });
});

describe.skipIf(NO_SHARED)('sarif', () => {
  // A skipped suite is still collected: read the schema only when it is there.
  const schema = NO_SHARED ? {} : JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));
  const Ajv = AjvModule.default ?? AjvModule;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///root/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);

  it('SARIF from all seeds with every rule validates against the SARIF 2.1.0 schema and has what GitHub requires', () => {
    const log = JSON.parse(sarif(fullReport(), OPTS));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'noticelint', informationUri: expect.stringMatching(/^https:\/\//u) });
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/u);
    // Every registered rule is described, whatever the rule set is today.
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...rules].map((r) => r.meta.id).sort());
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text).toBeTruthy();
      expect(r.fullDescription.text).toBeTruthy();
      expect(r.help.text).toBeTruthy();
      expect(r.help.markdown).toContain(`(${DOCS}/${r.id}.md)`);
    }
    expect(run.results.length).toBeGreaterThanOrEqual(11);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text).toBeTruthy();
      expect(res.locations).toHaveLength(1);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^notices\/\d{3}_[0-9a-f]{16}\.txt$/u);
      expect(Object.keys(loc.region).sort()).toEqual(['endColumn', 'endLine', 'startColumn', 'startLine']);
      expect(res.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/u);
    }
  });

  it('partial fingerprints survive lines moving and are unique', () => {
    const prints = (r: LintReport) => JSON.parse(sarif(r, OPTS)).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints[FINGERPRINT_KEY]);
    const before = prints(subsetReport());
    expect(new Set(before).size).toBe(before.length);
    expect(prints(subsetReport('\n\n\n\n\n'))).toEqual(before);
  });

  it('a fatal file is a tool notification, a rule outside the registry is still described; the log validates', () => {
    const log = JSON.parse(sarif(syntheticReport(), OPTS));
    expect(validate(log)).toBe(true);
    const inv = log.runs[0].invocations[0];
    expect(inv.toolExecutionNotifications).toHaveLength(1);
    expect(inv.toolExecutionNotifications[0]).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'notices/broken%2C%20100%25.txt' } } }] });
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('outdated-law-reference');
    const info = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'legacy-encoding');
    expect(info.level).toBe('note');
  });
});

describe('message normalisation for fingerprints', () => {
  it('evens out white space and case, and keeps the words and numbers (messages carry no line numbers)', () => {
    expect(normalizeMessage('Section number 10  is used\ntwice: renumber.')).toBe('section number 10 is used twice: renumber.');
    expect(normalizeMessage('"personuppgiftslagen 1998:204" rivillä 12')).toBe('"personuppgiftslagen #:#" rivillä 12');
  });
});
