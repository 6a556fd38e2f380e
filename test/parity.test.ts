/**
 * The language-version comparison (noticelint parity): fixtures/parity/<case>/ holds two or
 * three versions of one invented notice and expected.json, the findings users read (file, line,
 * rule id, message). Faithful translations, with numbers and dates written differently, must
 * give nothing. UPDATE_FIXTURES=1 rewrites expected.json (review the diff before committing).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { addUnchangedVersions } from '../src/action/parity.js';
import { buildReport } from '../src/api.js';
import { main } from '../src/cli/main.js';
import { lintEachWithParity } from '../src/cli/parity.js';
import { parseConfig } from '../src/config/load.js';
import { discoverByContent, discoverVersions } from '../src/parity/discover.js';
import { compareVersions } from '../src/parity/compare.js';
import { readVersions, runParity } from '../src/parity/run.js';
import { changedAlone } from '../src/parity/unchanged.js';
import { ROOT, TODAY } from './helpers.js';

const DIR = join(ROOT, 'fixtures', 'parity');
const update = process.env.UPDATE_FIXTURES === '1';

/** A case's files in comparison order: the name without a language suffix first (the reference). */
function versionsOf(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => /\.(md|txt|html)$/u.test(f));
  const rank = (f: string) => (/-sv\./u.test(f) ? 1 : /-en\./u.test(f) ? 2 : 0);
  return files.sort((a, b) => rank(a) - rank(b)).map((f) => join('fixtures', 'parity', dir.split('/').pop()!, f));
}

describe('parity fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, async () => {
      const files = versionsOf(join(DIR, name));
      const { results, group } = await runParity(files, { cwd: ROOT, noConfig: true, today: TODAY });
      expect(group).not.toBeNull();
      const actual = results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath.split('/').pop(), line: m.line, ruleId: m.ruleId, severity: m.severity, message: m.message })));
      const expectedPath = join(DIR, name, 'expected.json');
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      // The report's parity section says the same, with the line in every version.
      expect(group!.differences.length).toBe(actual.length);
    });
  }

  it('faithful translations give nothing, in whatever order they are given', async () => {
    const files = versionsOf(join(DIR, 'faithful'));
    for (const order of [files, [...files].reverse(), [files[1], files[0]]]) {
      const { group } = await runParity(order, { cwd: ROOT, noConfig: true, today: TODAY });
      expect(group!.differences).toEqual([]);
    }
  });
});

describe('a notice compared with itself', () => {
  it('gives nothing, for every notice of the corpus', async () => {
    const corpus = join(ROOT, 'fixtures', 'corpus');
    const files = readdirSync(corpus).filter((f) => /\.(txt|md|html)$/u.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const { versions } = await readVersions([join(corpus, f), join(corpus, f)], { noConfig: true, today: TODAY });
      expect(compareVersions(versions), f).toEqual([]);
    }
  });
});

describe('noticelint parity', () => {
  const drift = versionsOf(join(DIR, 'drift'));
  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, env: {}, cwd: ROOT });
    return { code, out, err };
  };

  it('writes the JSON report with a parity section citing the line in each version', async () => {
    const { code, out } = await run(['parity', ...drift, '--no-config', '--today', TODAY, '-f', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.parity).toHaveLength(1);
    const period = report.parity[0].differences.find((d: { subject: string }) => d.subject === 'period');
    expect(period).toMatchObject({ ruleId: 'parity-fact', filePath: drift[1], line: 31 });
    expect(period.others).toEqual([
      { filePath: drift[0], line: 31, text: '30 päivän' },
      { filePath: drift[2], line: 28, text: 'thirty days' },
    ]);
  });

  it('shows the differences in the other formats as findings', async () => {
    const sarif = JSON.parse((await run(['parity', ...drift, '--no-config', '--today', TODAY, '-f', 'sarif'])).out);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('parity-item');
    const github = (await run(['parity', ...drift, '--no-config', '--today', TODAY, '-f', 'github'])).out;
    expect(github).toContain('parity-fact');
    const markdown = (await run(['parity', ...drift, '--no-config', '--today', TODAY, '-f', 'markdown'])).out;
    expect(markdown).toContain('parity-defect');
  });

  it('is a usage error with one file or four', async () => {
    expect((await run(['parity', drift[0]])).code).toBe(2);
    expect((await run(['parity', ...drift, join('fixtures', 'parity', 'pair-numbers', 'saannot.txt')])).code).toBe(2);
  });

  it('--parity lints the files and adds the differences between the versions it finds by name', async () => {
    const { out } = await run([join('fixtures', 'parity', 'drift'), '--parity', '--no-config', '--today', TODAY, '-f', 'json']);
    const report = JSON.parse(out);
    expect(report.parity[0].versions.map((v: { filePath: string }) => v.filePath)).toEqual(drift);
    const sv = report.results.find((r: { filePath: string }) => r.filePath === drift[1]);
    expect(sv.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('parity-item');
  });
});

describe('parity configuration', () => {
  it('accepts the parity rule ids and switches them off', async () => {
    expect(() => parseConfig('{"rules":{"parity-citation":"off","parity-fact":"error"}}', 'x')).not.toThrow();
    const files = versionsOf(join(DIR, 'drift'));
    const { results } = await runParity(files, { cwd: ROOT, noConfig: true, today: TODAY, config: { rules: { 'parity-citation': 'off', 'parity-fact': 'error' } } });
    const messages = results.flatMap((r) => r.messages);
    expect(messages.some((m) => m.ruleId === 'parity-citation')).toBe(false);
    expect(messages.filter((m) => m.ruleId === 'parity-fact').every((m) => m.severity === 'error')).toBe(true);
  });
});

describe('discovering versions by name', () => {
  it('groups suffixes, Hugo language names and language folders, fi first', () => {
    expect(
      discoverVersions([
        'site/tietosuojaseloste-en.html',
        'site/tietosuojaseloste.md',
        'site/tietosuojaseloste-sv.md',
        'content/privacy/_index.sv.md',
        'content/privacy/_index.fi.md',
        'docs/en/privacy.md',
        'docs/fi/tietosuoja.md',
        'docs/sv/dataskydd.md',
        'other/readme.md',
        'lonely/notice_sv.md',
      ]),
    ).toEqual([
      ['site/tietosuojaseloste.md', 'site/tietosuojaseloste-sv.md', 'site/tietosuojaseloste-en.html'],
      ['content/privacy/_index.fi.md', 'content/privacy/_index.sv.md'],
      ['docs/fi/tietosuoja.md', 'docs/sv/dataskydd.md', 'docs/en/privacy.md'],
    ]);
  });
});

describe('discovering versions by content', () => {
  it('groups notices in different languages that share a business ID or two contact details', () => {
    expect(
      discoverByContent([
        { file: 'a.md', language: 'en', facts: ['business-id|2845173-5', 'email|x@example.fi'] },
        { file: 'b.md', language: 'fi', facts: ['business-id|2845173-5'] },
        { file: 'c.md', language: 'sv', facts: ['email|x@example.fi', 'phone|0401234567'] },
        { file: 'd.md', language: 'sv', facts: ['email|x@example.fi'] },
        { file: 'e.md', language: 'fi', facts: ['email|x@example.fi', 'phone|0401234567'] },
      ]),
    ).toEqual([
      ['b.md', 'a.md'],
      ['e.md', 'c.md'],
    ]);
  });

  it('--parity finds versions whose names say nothing by their content', async () => {
    let out = '';
    await main([join('fixtures', 'parity', 'faithful'), join('fixtures', 'parity', 'pair-numbers', 'saannot.txt'), '--parity', '--no-config', '-f', 'json'], {
      stdout: (t) => (out += t),
      stderr: () => {},
      isTTY: false,
      env: {},
      cwd: ROOT,
    });
    // By name: the faithful triple. The Finnish training notice has no version beside it.
    expect(JSON.parse(out).parity.map((g: { versions: unknown[] }) => g.versions.length)).toEqual([3]);
  });
});

describe('inline control', () => {
  it('<!-- noticelint-disable-next-line parity-fact --> silences a difference on the next line of that version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-parity-'));
    try {
      const files = versionsOf(join(DIR, 'drift')).map((f) => join(ROOT, f));
      for (const f of files) copyFileSync(f, join(dir, basename(f)));
      const sv = join(dir, 'tietosuojaseloste-sv.md');
      writeFileSync(sv, readFileSync(sv, 'utf8').replace('Beställningsuppgifterna sparas', '<!-- noticelint-disable-next-line parity-fact -->\nBeställningsuppgifterna sparas'));
      const { results } = await runParity(files.map((f) => join(dir, basename(f))), { noConfig: true, today: TODAY });
      expect(results[1].messages.map((m) => m.ruleId)).toEqual(['parity-item']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('settings.languageVersions', () => {
  it('declares versions that names do not tell, the original first', async () => {
    const dir = join('fixtures', 'parity', 'pair-drift');
    const results: { filePath: string; messages: { ruleId: string }[] }[] = [];
    const groups = await lintEachWithParity([dir], { cwd: ROOT, noConfig: true, today: TODAY, config: { settings: { languageVersions: [[join(dir, 'saannot-en.txt'), join(dir, 'saannot.txt')]] } } }, (r) => results.push(r));
    expect(groups.map((g) => g.versions.map((v) => v.filePath))).toEqual([[join(dir, 'saannot-en.txt'), join(dir, 'saannot.txt')]]);
    // The English one is now the reference: the differences are on the Finnish one.
    expect(results.find((r) => r.filePath.endsWith('saannot.txt'))!.messages.filter((m) => m.ruleId === 'parity-fact')).toHaveLength(4);
  });

  it('is checked when the configuration is read', () => {
    expect(() => parseConfig('{"settings":{"languageVersions":[["only-one.md"]]}}', 'x')).toThrow(/groups of two or three/u);
    expect(() => parseConfig('{"settings":{"languageVersions":[["a.md","b-sv.md"]]}}', 'x')).not.toThrow();
  });
});

describe('a change to one language version only (the Action)', () => {
  const all = ['notices/tietosuojaseloste.md', 'notices/tietosuojaseloste-sv.md', 'notices/tietosuojaseloste-en.html', 'other/privacy.md'];

  it('is reported on the changed version, naming the others', () => {
    expect(changedAlone(all, new Set(['notices/tietosuojaseloste.md']), 'This pull request #7')).toEqual([
      {
        filePath: 'notices/tietosuojaseloste.md',
        unchanged: ['notices/tietosuojaseloste-sv.md', 'notices/tietosuojaseloste-en.html'],
        message:
          'This pull request #7 changes this language version but not notices/tietosuojaseloste-sv.md or notices/tietosuojaseloste-en.html: update them too, or check that the versions still say the same.',
      },
    ]);
  });

  it('is not reported when every version changed, or none', () => {
    expect(changedAlone(all, new Set(all))).toEqual([]);
    expect(changedAlone(all, new Set(['other/privacy.md']))).toEqual([]);
  });

  it('becomes a finding in the Action report, counted in the summary', () => {
    const report = buildReport([{ filePath: 'notices/tietosuojaseloste.md', format: 'markdown', language: 'fi', items: {}, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 }]);
    addUnchangedVersions(report, all, new Set(['notices/tietosuojaseloste.md']), 'pull request #7', { cwd: ROOT, configFile: undefined });
    expect(report.results[0].messages.map((m) => [m.ruleId, m.line, m.severity])).toEqual([['parity-unchanged', 1, 'warning']]);
    expect(report.summary.warningCount).toBe(1);
  });
});

describe('parity findings in Finnish and Swedish', () => {
  it('--locale fi gives each difference in Finnish, and its id, data and text in the JSON report', async () => {
    const dir = join(ROOT, 'fixtures', 'parity', 'drift');
    const files = ['tietosuojaseloste.md', 'tietosuojaseloste-sv.md', 'tietosuojaseloste-en.html'].map((f) => join(dir, f));
    const { results, group } = await runParity(files, { cwd: ROOT, today: TODAY, locale: 'fi' });
    const period = group!.differences.find((d) => d.subject === 'period')!;
    expect(period.message).toMatch(/^The period "60 dagar" differs from the other versions: /u);
    expect(period.localizedMessage).toMatch(/^Ajanjakso "60 dagar" eroaa muista versioista: /u);
    expect(period.messageId).toBe('differs-many');
    const finding = results.flatMap((r) => r.messages).find((m) => m.ruleId === 'parity-fact' && m.message === period.message)!;
    expect(finding.localizedMessage).toBe(period.localizedMessage);
    const sv = await runParity(files, { cwd: ROOT, today: TODAY, locale: 'sv' });
    expect(sv.group!.differences.find((d) => d.subject === 'period')!.localizedMessage).toMatch(/^Tidsperioden "60 dagar" skiljer sig från de andra versionerna: /u);
    // A defect fixed in one version only quotes the defect's own finding, translated too.
    const defect = group!.differences.find((d) => d.ruleId === 'parity-defect')!;
    expect(defect.localizedMessage).toMatch(/^outdated-law-reference on korjattu versiossa .+ ja .+ mutta ei tässä versiossa: "henkilötietolaki \(523\/1999\)" viittaa /u);
    expect(defect.localizedMessage).not.toContain('cites the Finnish Personal Data Act');
    // Without a locale the report is what it was: no ids, no localised text.
    const en = await runParity(files, { cwd: ROOT, today: TODAY });
    expect(en.group!.differences.every((d) => d.messageId === undefined && d.localizedMessage === undefined)).toBe(true);
  });
});

describe('versions in Word and PDF', () => {
  const DOCS = join('fixtures', 'documents');

  it('the same notice as DOCX, PDF and HTML gives nothing, in each language', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const files = ['docx', 'pdf', 'html'].map((ext) => join(DOCS, `${lang}-notice.${ext}`));
      const { results, group } = await runParity(files, { cwd: ROOT, noConfig: true, today: TODAY });
      expect(results.map((r) => r.format)).toEqual(['docx', 'pdf', 'html']);
      expect(group!.differences, lang).toEqual([]);
    }
  });

  it('places a difference by paragraph in a DOCX and by page and line in a PDF, in its finding and in the other version\'s message', async () => {
    const first = await runParity([join(DOCS, 'fi-notice.pdf'), join(DOCS, 'sv-notice.docx')], { cwd: ROOT, noConfig: true, today: TODAY });
    const docx = first.results[1];
    const section = docx.messages.find((m) => m.ruleId === 'parity-section')!;
    expect(section.message).toMatch(/^This version has no section "2\. Yhteyshenkilö rekisteriä koskevissa asioissa" \(fixtures\/documents\/fi-notice\.pdf, page 1, line \d+\), nor anything between/u);
    expect(section.location).toMatchObject({ paragraph: section.line, excerpt: expect.stringMatching(/^Ändamål/u) });
    expect(docx.messages.find((m) => m.message.includes('"2.11.2026"'))!.message).toContain('"3.11.2026" (fixtures/documents/fi-notice.pdf, page 1, line 3)');
    const second = await runParity([join(DOCS, 'sv-notice.docx'), join(DOCS, 'fi-notice.pdf')], { cwd: ROOT, noConfig: true, today: TODAY });
    const date = second.results[1].messages.find((m) => m.message.includes('"3.11.2026"'))!;
    expect(date).toMatchObject({ line: 3, location: { page: 1 } });
    expect(date.message).toContain('"2.11.2026" (fixtures/documents/sv-notice.docx, paragraph 2)');
    expect(second.group!.differences.find((d) => d.message === date.message)!.location).toMatchObject({ page: 1 });
  });
});
