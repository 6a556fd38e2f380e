/**
 * Word documents: a DOCX gives the findings and item statuses of the HTML of the same document
 * (fixtures/documents/, written by scripts/make-document-fixtures.ts), findings are placed by paragraph,
 * tracked deletions, comments, headers and footers are not read, and a bad DOCX is a file error.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lint, lintInput } from '../src/api.js';
import { readDocx } from '../src/input/docx.js';
import { parseNotice } from '../src/parse/notice.js';
import type { FileResult } from '../src/report.js';
import { docxOf, htmlOf, zip } from '../scripts/docx-writer.js';
import { NOTICES } from '../scripts/make-document-fixtures.js';
import { ROOT, runCli } from './helpers.js';

const DIR = join(ROOT, 'fixtures', 'documents');
const TODAY = '2026-12-07';
const LANGS = ['fi', 'sv', 'en'] as const;

const run = (args: string[], cwd = ROOT) => runCli(['--today', TODAY, '--no-config', ...args], cwd);

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-docx-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ruleIds = (r: FileResult) => r.messages.map((m) => m.ruleId).sort();
const statuses = (r: FileResult) => Object.fromEntries(Object.entries(r.items).map(([id, item]) => [id, item.status]));
const outline = (text: string) => parseNotice(text, 'html').sections.map((s) => `${s.level} ${s.title}`);

describe('DOCX fixtures', () => {
  it.each(LANGS)('%s: the files on disk are what scripts/make-document-fixtures.ts writes', (lang) => {
    expect(readFileSync(join(DIR, `${lang}-notice.html`), 'utf8')).toBe(htmlOf(NOTICES[lang]));
    expect(readFileSync(join(DIR, `${lang}-notice.docx`)).equals(docxOf(NOTICES[lang]))).toBe(true);
  });
});

describe('a DOCX reads as the HTML of the same document', () => {
  it.each(LANGS)('%s: same section tree, rule ids and item statuses', async (lang) => {
    const docx = join(DIR, `${lang}-notice.docx`);
    const html = join(DIR, `${lang}-notice.html`);
    const report = await lint([docx, html], { today: TODAY, noConfig: true });
    const [d, h] = report.results;
    expect(d.fatal).toBeUndefined();
    expect(d.format).toBe('docx');
    expect(d.language).toBe(lang);
    expect(d.language).toBe(h.language);
    expect(ruleIds(d)).toEqual(ruleIds(h));
    expect(statuses(d)).toEqual(statuses(h));
    expect(Object.keys(d.items)).toHaveLength(20);
    const converted = await readDocx(readFileSync(docx));
    expect(converted.ok).toBe(true);
    if (converted.ok) expect(outline(converted.html)).toEqual(outline(readFileSync(html, 'utf8')));
  });

  it('tracked deletions, comments, headers and footers are not read; insertions are', async () => {
    for (const lang of LANGS) {
      const doc = await readDocx(readFileSync(join(DIR, `${lang}-notice.docx`)));
      if (!doc.ok) throw new Error(doc.message);
      // Each of these names an outdated law or mechanism only in what must not be read.
      expect(doc.html).not.toMatch(/523\/1999|1998:204|95\/46|Safe Harbor|Sivu 1|Sida 1|Page 1|Tarkista|Står det/u);
    }
    const fi = await readDocx(readFileSync(join(DIR, 'fi-notice.docx')));
    expect(fi.ok && fi.html).toContain('asiakkaan kanssa tehty jäsenyyssopimus');
    const report = await lint([join(DIR, 'fi-notice.docx'), join(DIR, 'sv-notice.docx')], { today: TODAY, noConfig: true });
    for (const r of report.results) expect(ruleIds(r)).not.toContain('outdated-law-reference');
  });
});

describe('headings a Word user makes without heading styles', () => {
  it('numbered paragraphs, Word-numbered titles and bold lines are headings, in DOCX and in its HTML', async () => {
    const spec = {
      lang: 'fi',
      blocks: [
        { p: 'Tietosuojaseloste' },
        { p: '1. Rekisterinpitäjä' },
        { p: 'Esimerkkipaja Oy, Pajakuja 2, 00990 Helsinki.' },
        { p: '1.1 Yhteyshenkilö' },
        { p: 'Maija Malli, maija@esimerkkipaja.example' },
        { ol: ['Käsittelyn tarkoitus'] },
        { p: 'Asiakassuhteen hoitaminen ja laskutus.' },
        { bold: 'Säilytysaika' },
        { p: 'Tiedot poistetaan kahden vuoden kuluttua. 3. kohdan tiedot säilytetään.' },
      ],
    };
    const doc = await readDocx(docxOf(spec));
    if (!doc.ok) throw new Error(doc.message);
    const titles = (text: string) => parseNotice(text, 'html').sections.map((s) => `${s.level} ${s.headingKind} ${s.title}`);
    expect(titles(doc.html)).toEqual(['1 numbered Rekisterinpitäjä', '2 numbered Yhteyshenkilö', '1 numbered Käsittelyn tarkoitus', '1 bold-line Säilytysaika']);
    expect(titles(htmlOf(spec)).slice(0, 2)).toEqual(['1 numbered Rekisterinpitäjä', '2 numbered Yhteyshenkilö']);
  });
});

describe('findings placed by paragraph', () => {
  it('line is the paragraph number, columns count its text, location has its first words', async () => {
    const r = await lintInput(join(DIR, 'en-notice.docx'), { today: TODAY, noConfig: true });
    const shield = r.messages.find((m) => m.ruleId === 'invalidated-transfer-mechanism');
    // Paragraph 14: "Our booking system is provided by a processor in the United States, and the transfer relies on the EU-U.S. Privacy Shield."
    expect(shield).toMatchObject({ line: 14, column: 108, endLine: 14, endColumn: 122, location: { paragraph: 14, excerpt: 'Our booking system is provided by a processor…' } });
    const dpo = r.messages.find((m) => m.ruleId === 'missing-dpo-contact');
    expect(dpo).toMatchObject({ line: 3, location: { paragraph: 3, excerpt: '1. Controller' } });
    // The message names the heading; its place is the finding's own (no line or paragraph in the text).
    expect(dpo?.message).toContain('It belongs under "Controller".');
    // A finding about the whole document has no paragraph.
    const whole = r.messages.find((m) => m.ruleId === 'missing-automated-decision-making');
    expect(whole).toMatchObject({ line: 1, column: 1 });
    expect(whole?.location).toBeUndefined();
    // Item evidence lines are paragraph numbers (paragraph 4: the controller's name and address).
    expect(r.items['controller-identity']).toEqual({ status: 'present', line: 4 });
  });

  it('the JSON report validates and SARIF names the paragraph', async () => {
    const json = await run([join('fixtures', 'documents', 'sv-notice.docx'), '-f', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.results[0].messages.find((m: { ruleId: string }) => m.ruleId === 'missing-right-to-portability').location).toEqual({ paragraph: 22, page: 1, excerpt: 'Dina rättigheter' });
    const sarif = JSON.parse((await run([join('fixtures', 'documents', 'sv-notice.docx'), '-f', 'sarif'])).stdout);
    const located = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'missing-right-to-portability');
    expect(located.locations[0].logicalLocations).toEqual([{ kind: 'paragraph', name: 'paragraph 22, page 1', fullyQualifiedName: 'paragraph 22, page 1: Dina rättigheter' }]);
    expect(located.locations[0].physicalLocation.region.startLine).toBe(22);
  });

  it('stylish marks paragraph positions and quotes the first words', async () => {
    const { stdout } = await run([join('fixtures', 'documents', 'sv-notice.docx')]);
    expect(stdout).toMatch(/¶22:1 +info|¶22:1 +warning|¶22:1 +error/u);
    expect(stdout).toContain('(¶22, page 1 “Dina rättigheter”)');
  });
});

describe('pages, where the document records them', () => {
  it('a typed page break and Word\'s last layout give each paragraph its page; a document without breaks gets none', async () => {
    const pages = async (lang: string) => {
      const doc = await readDocx(readFileSync(join(DIR, `${lang}-notice.docx`)));
      if (!doc.ok) throw new Error(doc.message);
      return doc.paragraphs.map((p) => p.page);
    };
    // fi: a page break (Ctrl+Enter) before "6. Tietojen luovutukset ja siirrot", paragraph 16.
    const fi = await pages('fi');
    expect(fi.slice(0, 15).every((p) => p === 1)).toBe(true);
    expect(fi.slice(15).every((p) => p === 2)).toBe(true);
    // sv: Word's layout broke the page inside paragraph 23: it starts on page 1, the next on page 2.
    const sv = await pages('sv');
    expect(sv.slice(21)).toEqual([1, 1, 2]);
    expect((await pages('en')).every((p) => p === undefined)).toBe(true);
    const r = await lintInput(join(DIR, 'sv-notice.docx'), { today: TODAY, noConfig: true });
    expect(r.messages.find((m) => m.ruleId === 'missing-dpo-contact')).toMatchObject({ line: 3, location: { paragraph: 3, page: 1 } });
  });
});

describe('where DOCX goes', () => {
  it('a folder includes .docx files; noticelint tree prints the Word headings', async () => {
    const dir = tempDir({ 'tietosuojaseloste.docx': readFileSync(join(DIR, 'fi-notice.docx')) });
    const { code, stdout } = await run(['.', '-f', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).results.map((r: FileResult) => [r.filePath, r.format])).toEqual([['tietosuojaseloste.docx', 'docx']]);
    const tree = await run(['tree', 'tietosuojaseloste.docx'], dir);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toContain('Rekisterinpitäjä');
    expect(tree.stdout).toContain('Tietojen säilytysaika');
  });

  it('--fix refuses a DOCX with the reason, and still reports its findings', async () => {
    const dir = tempDir({ 'n.docx': readFileSync(join(DIR, 'en-notice.docx')) });
    const before = readFileSync(join(dir, 'n.docx'));
    const { code, stderr, stdout } = await run(['n.docx', '--fix', '-f', 'json'], dir);
    expect(stderr).toBe('noticelint: n.docx: not fixed: a Word document is binary and never rewritten: make the change in Word\n');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).results[0].messages.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'n.docx')).equals(before)).toBe(true);
  });
});

/** A ZIP that is a DOCX in name only, and other bad files. */
const BAD: Record<string, { bytes: () => Buffer; message: string }> = {
  'a ZIP of something else': {
    bytes: () => zip([{ name: 'readme.txt', data: 'hello' }, { name: 'photo/cat.txt', data: 'meow' }]),
    message: 'not a Word document: a ZIP archive of something else, without the word/document.xml a DOCX has',
  },
  'an Excel workbook renamed': {
    bytes: () => zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]),
    message: 'not a Word document: an Excel workbook, without the word/document.xml a DOCX has',
  },
  'a password-protected document': {
    // An encrypted Office file is an OLE compound file holding an "EncryptedPackage" stream.
    bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedInfo\0EncryptedPackage', 'utf16le'), Buffer.alloc(1024)]),
    message: 'password-protected (encrypted) Word document: noticelint cannot read it; save a copy without a password',
  },
  'an old .doc file': {
    bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
    message: 'an old binary Office file (Word 97-2003 .doc?), not a DOCX: save it as .docx',
  },
  'a DOCX cut short': {
    bytes: () => readFileSync(join(DIR, 'fi-notice.docx')).subarray(0, 1500),
    message: 'not a readable Word document: corrupt ZIP archive (no end of central directory: the file is cut short or not a ZIP)',
  },
  'a text file named .docx': {
    bytes: () => Buffer.from('Tietosuojaseloste\n\nRekisterinpitäjä\n'),
    message: 'not a Word document: a DOCX is a ZIP archive, and this file is not one',
  },
  'a document.xml that is not XML': {
    bytes: () => zip([{ name: 'word/document.xml', data: '<w:document><<<' }]),
    message: 'not a readable Word document',
  },
  'a zip bomb (document.xml inflating past 10 MB)': {
    bytes: () => zip([{ name: 'word/document.xml', data: Buffer.alloc(11 * 1024 * 1024, 0x20) }]),
    message: 'not a readable Word document: its part "word/document.xml" is damaged or inflates to more than the 10 MB noticelint reads from one document',
  },
};

describe('a bad DOCX is a file error: one line, exit 2, the other files still linted', () => {
  it.each(Object.keys(BAD))('%s', async (name) => {
    const { bytes, message } = BAD[name];
    const dir = tempDir({ 'bad.docx': bytes(), 'good.docx': readFileSync(join(DIR, 'en-notice.docx')) });
    const started = Date.now();
    const { code, stdout, stderr } = await run(['bad.docx', 'good.docx', '-f', 'json'], dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`noticelint: bad.docx: ${message}`)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /u);
    const results = JSON.parse(stdout).results;
    expect(results[0]).toMatchObject({ filePath: 'bad.docx', format: 'docx', fatal: { message: expect.stringContaining(message) } });
    expect(results[1].fatal).toBeUndefined();
    expect(results[1].messages.length).toBeGreaterThan(0);
  });
});
