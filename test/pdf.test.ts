/**
 * Text PDFs: a notice printed to PDF (fixtures/documents/, written by
 * scripts/make-document-fixtures.ts on small pages, so page breaks cut paragraphs) reads as its
 * plain text, findings are placed by page and line, and a scanned, encrypted or damaged PDF is a
 * file error.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintInput } from '../src/api.js';
import { readPdf } from '../src/input/pdf.js';
import type { FileResult } from '../src/report.js';
import { NOTICES } from '../scripts/make-document-fixtures.js';
import { pdfFromObjects, pdfOf, pdfOfStreams, textOf } from '../scripts/pdf-writer.js';
import AjvModule from 'ajv-draft-04';
import { NO_SHARED, ROOT, SARIF_SCHEMA, runCli } from './helpers.js';

const DIR = join(ROOT, 'fixtures', 'documents');
const TODAY = '2026-12-07';
const LANGS = ['fi', 'sv', 'en'] as const;

const run = (args: string[], cwd = ROOT) => runCli(['--today', TODAY, '--no-config', ...args], cwd);

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-pdf-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ruleIds = (r: FileResult) => r.messages.map((m) => m.ruleId).sort();
const statuses = (r: FileResult) => Object.fromEntries(Object.entries(r.items).map(([id, item]) => [id, item.status]));

describe('PDF fixtures', () => {
  it.each(LANGS)('%s: the files on disk are what scripts/make-document-fixtures.ts writes, on several pages', (lang) => {
    expect(readFileSync(join(DIR, `${lang}-notice.txt`), 'utf8')).toBe(textOf(NOTICES[lang]));
    const pdf = readFileSync(join(DIR, `${lang}-notice.pdf`));
    expect(pdf.equals(pdfOf(NOTICES[lang]))).toBe(true);
    expect(pdf.toString('latin1').match(/\/Type \/Page /gu)?.length).toBeGreaterThan(1);
  });
});

describe('a text PDF reads as its plain text', () => {
  it.each(LANGS)('%s: wrapped lines joined into paragraphs, page breaks cut nothing, page numbers left out', async (lang) => {
    const doc = await readPdf(readFileSync(join(DIR, `${lang}-notice.pdf`)));
    if (!doc.ok) throw new Error(doc.message);
    expect(doc.text).toBe(readFileSync(join(DIR, `${lang}-notice.txt`), 'utf8'));
  });

  it.each(LANGS)('%s: same rule ids and item statuses as the plain text', async (lang) => {
    const report = await lint([join(DIR, `${lang}-notice.pdf`), join(DIR, `${lang}-notice.txt`)], { today: TODAY, noConfig: true });
    const [p, t] = report.results;
    expect(p.fatal).toBeUndefined();
    expect(p.format).toBe('pdf');
    expect(p.language).toBe(lang);
    expect(ruleIds(p)).toEqual(ruleIds(t));
    expect(statuses(p)).toEqual(statuses(t));
  });

  it('findings are placed by page and line of the page, with the line’s first words', async () => {
    const r = await lintInput(join(DIR, 'en-notice.pdf'), { today: TODAY, noConfig: true });
    const shield = r.messages.find((m) => m.ruleId === 'invalidated-transfer-mechanism');
    // The sentence is wrapped: "Privacy Shield." is line 7 of page 2 on its own.
    expect(shield).toMatchObject({ line: 7, column: 1, endLine: 7, endColumn: 15, location: { page: 2, excerpt: 'Privacy Shield.' } });
    const dpo = r.messages.find((m) => m.ruleId === 'missing-dpo-contact');
    expect(dpo).toMatchObject({ line: 6, location: { page: 1, excerpt: '1. Controller' } });
    expect(dpo).toMatchObject({ line: 6, location: { page: 1 } });
    expect(dpo?.message).toContain('It belongs under "Controller".');
    expect(r.items['retention-period']).toMatchObject({ status: 'present', page: 2 });
    const { stdout } = await run([join('fixtures', 'documents', 'en-notice.pdf')]);
    expect(stdout).toContain('p2:7:1');
    expect(stdout).toContain('(page 2, line 7 “Privacy Shield.”)');
  });

  it('noticelint tree reads a PDF; --fix refuses it', async () => {
    const tree = await run(['tree', join('fixtures', 'documents', 'sv-notice.pdf')]);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toContain('Dina rättigheter');
    const dir = tempDir({ 'n.pdf': readFileSync(join(DIR, 'sv-notice.pdf')) });
    const fixed = await run(['n.pdf', '--fix', '-f', 'json'], dir);
    expect(fixed.stderr).toBe('noticelint: n.pdf: not fixed: a PDF is binary and never rewritten: change the document it was made from\n');
  });
});

/** An encrypted PDF: the standard security handler, with a user password (the check fails for ""). */
function encryptedPdf(): Buffer {
  const hex = (n: number) => Buffer.alloc(32, n).toString('hex');
  return pdfFromObjects(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
      '<< /Length 8 >>\nstream\n12345678\nendstream',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x41)}> /U <${hex(0x42)}> /P -4 >>`,
    ],
    `/Encrypt 5 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>] `,
  );
}

const BAD: Record<string, { bytes: () => Buffer; message: string }> = {
  'a scanned PDF (no text layer)': {
    bytes: () => pdfOfStreams(['0.5 g 40 40 300 300 re f', '0.2 g 40 40 100 100 re f']),
    message: 'a PDF without text (a scanned document?): noticelint does not read images of text (no OCR); lint the original document',
  },
  'a password-protected PDF': {
    bytes: encryptedPdf,
    message: 'password-protected (encrypted) PDF: noticelint cannot read it; save a copy without a password',
  },
  'a corrupt PDF': {
    bytes: () => Buffer.from('%PDF-1.7\n\u0000\u0001garbage that is no PDF at all\n', 'latin1'),
    message: 'not a readable PDF',
  },
  'a text file named .pdf': {
    bytes: () => Buffer.from('Tietosuojaseloste\n\nRekisterinpitäjä\n'),
    message: 'not a readable PDF',
  },
};

describe('SARIF and the JSON report of Word, PDF and fetched documents', () => {
  it.skipIf(NO_SHARED)('SARIF with paragraph and page locations validates against SARIF 2.1.0', async () => {
    const Ajv = AjvModule.default ?? AjvModule;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///root/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    const { stdout } = await run([join('fixtures', 'documents', 'en-notice.pdf'), join('fixtures', 'documents', 'en-notice.docx'), '-f', 'sarif']);
    const sarif = JSON.parse(stdout);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const names = sarif.runs[0].results.flatMap((x: { locations: { logicalLocations?: { name: string }[] }[] }) => x.locations[0].logicalLocations?.map((l) => l.name) ?? []);
    expect(names).toContain('page 2, line 7');
    expect(names).toContain('paragraph 14');
  });
});

describe('the JSON report of a PDF', () => {
  it('validates against schemas/report.schema.json', async () => {
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    const report = JSON.parse((await run([join('fixtures', 'documents', 'sv-notice.pdf'), '-f', 'json'])).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.results[0].format).toBe('pdf');
  });
});

describe('bounded time', () => {
  it('a PDF that takes longer than the budget is given up with a message', async () => {
    const r = await readPdf(readFileSync(join(DIR, 'fi-notice.pdf')), 0);
    expect(r).toMatchObject({ ok: false, message: 'took over 0 s to read, more than a notice takes: noticelint gave it up', error: { messageId: 'pdf-budget' } });
    // and the reader still works afterwards
    expect((await readPdf(readFileSync(join(DIR, 'fi-notice.pdf')))).ok).toBe(true);
  });
});

describe('a bad PDF is a file error: one line, exit 2, the other files still linted', () => {
  it.each(Object.keys(BAD))('%s', async (name) => {
    const { bytes, message } = BAD[name];
    const dir = tempDir({ 'bad.pdf': bytes(), 'good.pdf': readFileSync(join(DIR, 'en-notice.pdf')) });
    const started = Date.now();
    const { code, stdout, stderr } = await run(['bad.pdf', 'good.pdf', '-f', 'json'], dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`noticelint: bad.pdf: ${message}`)).toBe(true);
    const results = JSON.parse(stdout).results;
    expect(results[0]).toMatchObject({ filePath: 'bad.pdf', format: 'pdf', fatal: { message: expect.stringContaining(message) } });
    expect(results[1].fatal).toBeUndefined();
    expect(results[1].messages.length).toBeGreaterThan(0);
  });
});

describe('a page set in two columns', () => {
  /** Words wrapped to a column of `width` characters. */
  const wrap = (text: string, width: number) => {
    const out: string[] = [];
    let line = '';
    for (const w of text.split(' ')) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    return line ? [...out, line] : out;
  };
  const LEFT = [
    'Rekisterinpitäjä on Pihlajaniemen Soutuseura ry, Rantatie 8, 20100 Turku, sähköposti tietosuoja@soutuseura.example, joka vastaa jäsenrekisteristä.',
    'Käsittelemme jäsenten nimiä, osoitteita, puhelinnumeroita ja sähköpostiosoitteita jäsenyyden hoitamiseksi. Käsittely perustuu sopimukseen.',
  ];
  const RIGHT = [
    'Tiedot säilytetään jäsenyyden ajan ja poistetaan kahden vuoden kuluessa jäsenyyden päättymisestä. Tietoja ei luovuteta eikä siirretä EU:n tai ETA:n ulkopuolelle.',
    'Sinulla on oikeus saada pääsy tietoihisi, oikaista ja poistaa ne sekä tehdä valitus tietosuojavaltuutetun toimistolle.',
  ];
  /** Courier 10 pt: 6 pt a character; columns of 38 characters at x 50 and 320, lines on the same baselines. */
  const column = (paragraphs: string[], x: number) => {
    const ops: string[] = [];
    let y = 760;
    for (const p of paragraphs) {
      for (const l of wrap(p, 38)) {
        ops.push(`BT /F1 10 Tf ${x} ${y} Td (${Buffer.from(l, 'latin1').toString('latin1')}) Tj ET`);
        y -= 13;
      }
      y -= 13;
    }
    return ops;
  };
  const latin1 = (s: string) => Buffer.from(s, 'latin1').toString('latin1');
  const page = [`BT /F2 14 Tf 50 800 Td (${latin1('Tietosuojaseloste')}) Tj ET`, ...column(LEFT, 50), ...column(RIGHT, 320)].join('\n');
  const pdf = () => pdfOfStreams([Buffer.from(page, 'latin1').toString('latin1')], '', { width: 595, height: 842 });

  it('is read column by column, each column\'s lines joined into its paragraphs', async () => {
    const r = await readPdf(pdf());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const paragraphs = r.text.split('\n').filter((l) => l.trim());
    expect(paragraphs).toEqual(['Tietosuojaseloste', ...LEFT, ...RIGHT]);
  });

  it('gives the item statuses of the same text read as plain text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-columns-'));
    writeFileSync(join(dir, 'seloste.pdf'), pdf());
    writeFileSync(join(dir, 'seloste.txt'), ['Tietosuojaseloste', ...LEFT, ...RIGHT].join('\n\n') + '\n');
    const [fromPdf, fromText] = await Promise.all([lintInput(join(dir, 'seloste.pdf'), { today: TODAY, noConfig: true }), lintInput(join(dir, 'seloste.txt'), { today: TODAY, noConfig: true })]);
    const statuses = (x: FileResult) => Object.fromEntries(Object.entries(x.items).map(([k, v]) => [k, v.status]));
    expect(statuses(fromPdf)).toEqual(statuses(fromText));
    expect(fromPdf.messages.map((m) => m.ruleId)).toEqual(fromText.messages.map((m) => m.ruleId));
  });
});
