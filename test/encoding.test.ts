// Any file in, a clear answer out: legacy and UTF-16 encodings read to exactly the UTF-8 text
// with exactly the same findings; binary files, directories, unreadable and oversized files
// get one fatal line each while the other files are still linted (exit 2).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, lintFile } from '../src/api.js';
import { main } from '../src/cli/main.js';
import { decodeBytes, decodeMostlyUtf8, utf8SequenceAt } from '../src/input/decode.js';
import { windows1252Char } from '../src/parse/windows-1252.js';
import type { FileResult } from '../src/report.js';
import { withStrayBytes } from '../scripts/make-encoding-fixtures.js';
import { NO_SHARED, ROOT, SEEDS, SEEDS_DIR, TODAY } from './helpers.js';

const DIR = join(ROOT, 'fixtures', 'encoding');
const UTF8 = readFileSync(join(DIR, 'notice.utf-8.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'noticelint-enc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Findings without the legacy-encoding note, which is the one expected difference. */
const comparable = (r: FileResult) => r.messages.filter((m) => m.ruleId !== 'legacy-encoding');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {}, cwd: ROOT });
  return { code, stdout, stderr };
}

describe('encoding fixtures', () => {
  const cases = [
    { file: 'notice.windows-1252.txt', encoding: 'windows-1252', legacy: true },
    { file: 'notice.utf-16le-bom.txt', encoding: 'utf-16le', legacy: false },
  ];
  const reference = lintFile(join(DIR, 'notice.utf-8.txt'), { today: TODAY, noConfig: true });

  it('the UTF-8 notice has the characters Windows-1252 keeps in 0x80-0x9F', () => {
    for (const c of ['”', '–', '…', '€']) expect(UTF8).toContain(c);
    expect(reference.fatal).toBeUndefined();
    expect(reference.encoding).toBe('utf-8');
  });

  for (const c of cases) {
    it(`${c.file} decodes to exactly the UTF-8 text`, () => {
      const decoded = decodeBytes(readFileSync(join(DIR, c.file)));
      expect(decoded).toEqual({ ok: true, text: UTF8, encoding: c.encoding, legacy: c.legacy });
    });

    it(`${c.file} gives exactly the UTF-8 notice's findings`, () => {
      const r = lintFile(join(DIR, c.file), { today: TODAY, noConfig: true });
      expect(r.encoding).toBe(c.encoding);
      expect(comparable(r)).toEqual(comparable(reference));
      expect(r.items).toEqual(reference.items);
      expect(r.language).toBe(reference.language);
      const legacy = r.messages.filter((m) => m.ruleId === 'legacy-encoding');
      expect(legacy.map((m) => [m.severity, m.line])).toEqual(c.legacy ? [['info', 1]] : []);
    });
  }

  it('--encoding overrides detection', () => {
    const r = lintFile(join(DIR, 'notice.windows-1252.txt'), { today: TODAY, noConfig: true, encoding: 'windows-1252' });
    expect(r.encoding).toBe('windows-1252');
    expect(comparable(r)).toEqual(comparable(reference));
  });

  it('a binary file is refused with one line, and the other files are still linted (exit 2)', async () => {
    const binary = join('fixtures', 'encoding', 'image-saved-as.txt');
    const good = join('fixtures', 'encoding', 'notice.utf-8.txt');
    const { code, stdout, stderr } = await cli([binary, good, '--format', 'json', '--today', TODAY, '--no-config']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`noticelint: ${binary}: binary file (it contains NUL bytes), not a text notice`]);
    const report = JSON.parse(stdout);
    expect(report.results.map((r: FileResult) => [r.filePath, !!r.fatal])).toEqual([[binary, true], [good, false]]);
    expect(report.results[1].messages).toEqual(reference.messages);
  });

  it('a NUL after the first 8,000 bytes is not a binary file', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(8000)), Buffer.from([0]), Buffer.from('b')]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});

describe('UTF-8 with stray Windows-1252 bytes', () => {
  const file = join(DIR, 'notice.utf-8-stray-bytes.txt');
  const reference = lintFile(join(DIR, 'notice.utf-8.txt'), { today: TODAY, noConfig: true });
  /** The first character Windows-1252 has in 0x80-0x9F: the fixture wrote it as that byte. */
  const firstStray = [...UTF8].findIndex((c) => '”–…€'.includes(c));

  it('decodes to exactly the UTF-8 text: valid sequences as UTF-8, the other bytes as Windows-1252', () => {
    const bytes = readFileSync(file);
    const strays = [...UTF8].filter((c) => '”–…€'.includes(c)).length;
    expect(strays).toBeGreaterThanOrEqual(5);
    expect(bytes.toString('latin1')).not.toBe(UTF8); // not plain UTF-8
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: UTF8, encoding: 'utf-8+windows-1252', legacy: true, stray: { count: strays, first: UTF8.indexOf([...UTF8][firstStray]) } });
  });

  it('gives exactly the UTF-8 notice\'s findings, and says where the first stray byte is', () => {
    const r = lintFile(file, { today: TODAY, noConfig: true });
    expect(r.encoding).toBe('utf-8+windows-1252');
    expect(comparable(r)).toEqual(comparable(reference));
    expect(r.items).toEqual(reference.items);
    const at = UTF8.slice(0, UTF8.indexOf('–'));
    const legacy = r.messages.filter((m) => m.ruleId === 'legacy-encoding');
    expect(legacy.map((m) => [m.severity, m.line, m.column])).toEqual([['info', at.split('\n').length, at.length - at.lastIndexOf('\n')]]);
    expect(legacy[0].message).toContain('UTF-8 except for');
    expect(legacy[0].message).toContain('"–"');
  });

  it('--fix leaves such a file alone: its encoding was guessed', () => {
    const copy = join(tmp, 'stray-fix.txt');
    writeFileSync(copy, readFileSync(file));
    lintFile(copy, { today: TODAY, noConfig: true, fix: { mode: 'write' } });
    expect(readFileSync(copy).equals(readFileSync(file))).toBe(true);
  });

  it('a Windows-1252 file stays Windows-1252, even with an accented capital before a quote (a valid UTF-8 pair by accident)', () => {
    const text = 'ÄÄNESTYS ”Ö”: pyöräily, kävely, hiihto ja Älä unohda.';
    const bytes = iconv.encode(text, 'windows-1252');
    expect(utf8SequenceAt(bytes, text.indexOf('Ö'))).toBe(2); // Ö (0xD6) before ” (0x94)
    expect(decodeMostlyUtf8(bytes)).toBeNull();
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding: 'windows-1252', legacy: true });
  });

  it('a stray byte reads as iconv-lite reads it in a whole Windows-1252 file, for every byte 0x80-0xFF', () => {
    for (let b = 0x80; b <= 0xff; b++) expect(windows1252Char(b), b.toString(16)).toBe(iconv.decode(Buffer.from([b]), 'windows-1252'));
  });

  it('no more valid sequences than stray bytes reads as Windows-1252; more reads as UTF-8', () => {
    const pair = Buffer.concat([Buffer.from('ä', 'utf8'), Buffer.from([0x94])]);
    expect(decodeMostlyUtf8(pair)).toBeNull();
    const more = Buffer.concat([Buffer.from('ä ö', 'utf8'), Buffer.from([0x94])]);
    expect(decodeMostlyUtf8(more)).toEqual({ text: 'ä ö”', stray: { count: 1, first: 3 } });
  });

  it('a four-byte character counts as one, and its two UTF-16 units place the next stray byte', () => {
    const bytes = Buffer.concat([Buffer.from('😀 ä', 'utf8'), Buffer.from([0x96]), Buffer.from('x', 'utf8')]);
    expect(decodeMostlyUtf8(bytes)).toEqual({ text: '😀 ä–x', stray: { count: 1, first: 4 } });
  });

  it('only well-formed UTF-8 is a sequence: overlong forms, surrogates, past U+10FFFF and cut-off sequences are stray bytes', () => {
    const at = (...b: number[]) => utf8SequenceAt(Uint8Array.from(b), 0);
    expect([at(0x41), at(0xc3, 0xa4), at(0xe2, 0x80, 0x9d), at(0xf0, 0x9f, 0x98, 0x80)]).toEqual([1, 2, 3, 4]);
    expect([at(0xc0, 0x80), at(0xc1, 0xbf), at(0xe0, 0x80, 0x80), at(0xed, 0xa0, 0x80), at(0xf0, 0x80, 0x80, 0x80), at(0xf4, 0x90, 0x80, 0x80), at(0xf5, 0x80, 0x80, 0x80)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect([at(0x80), at(0xc3), at(0xe2, 0x80), at(0xf0, 0x9f, 0x98), at(0xc3, 0x41)]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('decoding, property-based (fixed seed, bounded runs)', () => {
  const params = { seed: 20261206, numRuns: 300 };
  const highByte = fc.integer({ min: 0x80, max: 0xff });

  it('any bytes decode without an exception, to text or a refusal', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodeBytes(bytes);
        if (d.ok) expect(typeof d.text).toBe('string');
        else expect(d.reason).toBe('binary');
      }),
      params,
    );
  });

  /** Bytes that never belong to a valid UTF-8 sequence between whole characters: continuation bytes and bytes no sequence has. */
  const loneByte = fc.oneof(fc.integer({ min: 0x80, max: 0xc1 }), fc.integer({ min: 0xf5, max: 0xff }));

  let mixedCases = 0;
  it('UTF-8 text with stray bytes between its characters reads back with each byte as Windows-1252, when it has more multi-byte characters than strays', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.option(loneByte, { nil: undefined })), { maxLength: 40 }), (pieces) => {
        const bytes = Buffer.concat(pieces.flatMap(([t, b]) => [Buffer.from(t, 'utf8'), Buffer.from(b === undefined ? [] : [b])]));
        const text = pieces.map(([t]) => t).join('');
        const multi = [...text].filter((c) => c.codePointAt(0)! >= 0x80).length;
        const strays = pieces.filter(([, b]) => b !== undefined).length;
        const mixed = decodeMostlyUtf8(bytes);
        if (strays === 0 || multi <= strays) {
          expect(mixed).toBeNull();
          return;
        }
        const expected = pieces.map(([t, b]) => t + (b === undefined ? '' : iconv.decode(Buffer.from([b]), 'windows-1252'))).join('');
        const firstPiece = pieces.findIndex(([, b]) => b !== undefined);
        const first = pieces.slice(0, firstPiece + 1).reduce((n, [t]) => n + t.length, 0);
        mixedCases++;
        expect(mixed).toEqual({ text: expected, stray: { count: strays, first } });
        expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: expected, encoding: 'utf-8+windows-1252', legacy: true });
      }),
      params,
    );
    expect(mixedCases).toBeGreaterThan(params.numRuns / 10);
  });
});

describe('invisible characters and no-break spaces inside the text', () => {
  /** A hyphenation hint (or another invisible character) in the middle of every word of 12 letters or more, as web pages carry them. */
  const hinted = (text: string, c: string) => text.replace(/\p{L}{12,}/gu, (w) => `${w.slice(0, w.length >> 1)}${c}${w.slice(w.length >> 1)}`);
  /** What a finding says and where, but the column: the hints before it on its line move it. */
  const said = (r: FileResult) => r.messages.map((m) => [m.ruleId, m.severity, m.line, m.message]);
  const names: Record<string, string> = { '\u00ad': 'soft hyphens', '\u200b': 'zero-width spaces', '\u2060': 'word joiners' };

  it('every HTML notice of the corpus with &shy; in its long words gives the same findings, at the same text, and items', () => {
    const dir = join(ROOT, 'fixtures', 'corpus');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      const copy = html.replace(/>([^<]+)</gu, (_, t: string) => `>${t.replace(/\p{L}{12,}/gu, (w) => `${w.slice(0, w.length >> 1)}&shy;${w.slice(w.length >> 1)}`)}<`);
      expect(copy.length, page).toBeGreaterThan(html.length);
      const file = join(tmp, `shy-${page}`);
      writeFileSync(file, copy);
      const reference = lintFile(join(dir, page), { today: TODAY, noConfig: true });
      const r = lintFile(file, { today: TODAY, noConfig: true });
      expect(said(r), page).toEqual(said(reference));
      expect(r.items, page).toEqual(reference.items);
      const lines = copy.split('\n');
      const refLines = html.split('\n');
      for (const [k, m] of r.messages.entries()) {
        const ref = reference.messages[k];
        if (ref.column === 1 && ref.line === 1) continue; // notice-wide findings
        expect(lines[m.line - 1].slice(m.column - 1).replaceAll('&shy;', '').slice(0, 20), `${page} ${m.ruleId}`).toBe(refLines[ref.line - 1].slice(ref.column - 1, ref.column + 19));
      }
    }
  });

  for (const seed of Object.values(SEEDS)) {
    it.skipIf(NO_SHARED)(`${seed}: soft hyphens, zero-width spaces or word joiners inside its long words change no finding`, () => {
      const reference = lintFile(join(SEEDS_DIR, seed), { today: TODAY, noConfig: true });
      const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
      for (const [c, name] of Object.entries(names)) {
        const file = join(tmp, `hinted-${name.replace(/ /gu, '-')}-${seed}`);
        const copy = hinted(text, c);
        expect(copy.length - text.length, name).toBeGreaterThan(50);
        writeFileSync(file, copy);
        const r = lintFile(file, { today: TODAY, noConfig: true });
        expect(said(r), name).toEqual(said(reference));
        expect(Object.fromEntries(Object.entries(r.items).map(([k, v]) => [k, v.status])), name).toEqual(Object.fromEntries(Object.entries(reference.items).map(([k, v]) => [k, v.status])));
        // Every finding still points at the same text of the source (the hints left out).
        for (const [k, m] of r.messages.entries()) {
          const line = copy.split(/\r?\n/u)[m.line - 1];
          const ref = reference.messages[k];
          const refLine = text.split(/\r?\n/u)[ref.line - 1];
          expect(line.slice(m.column - 1).replaceAll(c, ''), name).toBe(refLine.slice(ref.column - 1));
        }
      }
    });

    it.skipIf(NO_SHARED)(`${seed}: no-break spaces between its words (every other space, or all) change no finding`, () => {
      const reference = lintFile(join(SEEDS_DIR, seed), { today: TODAY, noConfig: true });
      const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
      let k = 0;
      const variants = {
        'every other space': text.replace(/(?<=\S) (?=\S)/gu, () => (k++ % 2 ? '\u00a0' : ' ')),
        'every space': text.replaceAll(' ', '\u00a0'),
      };
      /** Quoted text keeps its no-break spaces: compare messages as read. */
      const read = (r: FileResult) => r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message.replaceAll('\u00a0', ' ')]);
      for (const [name, copy] of Object.entries(variants)) {
        const file = join(tmp, `nbsp-${name.replace(/ /gu, '-')}-${seed}`);
        writeFileSync(file, copy);
        const r = lintFile(file, { today: TODAY, noConfig: true });
        expect(read(r), name).toEqual(read(reference));
      }
    });
  }
});

describe('files that cannot be linted', () => {
  it('a directory given as a file', () => {
    expect(lintFile(tmp).fatal?.message).toBe('is a directory, not a file');
  });

  it('a file that cannot be read', () => {
    expect(lintFile(join(tmp, 'gone.txt')).fatal?.message).toMatch(/^cannot read file \(ENOENT\)/u);
    const locked = join(tmp, 'locked.txt');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o000);
    // root reads whatever the mode says; the check only means something for other users.
    if (process.getuid?.() !== 0) expect(lintFile(locked).fatal?.message).toMatch(/^cannot read file \(EACCES\)/u);
  });

  it('a file over the size limit is refused without being read (a sparse 20 GB file)', () => {
    const big = join(tmp, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 20 * 1024 ** 3);
    closeSync(fd);
    const start = performance.now();
    expect(lintFile(big).fatal?.message).toMatch(/over the 10485760-byte limit/u);
    // Above Node's 2 GB buffer limit: still one clear error, no crash.
    expect(lintFile(big, { maxFileSize: 30 * 1024 ** 3 }).fatal?.message).toMatch(/^cannot read file/u);
    expect(performance.now() - start).toBeLessThan(2000);
    writeFileSync(join(tmp, 'small.txt'), 'x'.repeat(101));
    expect(lintFile(join(tmp, 'small.txt'), { maxFileSize: 100 }).fatal?.message).toMatch(/101 bytes, over the 100-byte limit/u);
    expect(lintFile(join(tmp, 'small.txt'), { config: { settings: { maxFileSize: 100 } } }).fatal?.message).toMatch(/over the 100-byte limit/u);
  });

  it('a device or a pipe, which has no size to check first, is read only up to the limit (/dev/zero never ends)', () => {
    if (!existsSync('/dev/zero')) return;
    const start = performance.now();
    expect(lintFile('/dev/zero').fatal?.message).toBe('input is over the 10485760-byte limit (settings.maxFileSize or --max-file-size)');
    expect(lintFile('/dev/zero', { maxFileSize: 1000 }).fatal?.message).toMatch(/^input is over the 1000-byte limit/u);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(lintFile('/dev/null').messages.map((m) => m.ruleId)).toEqual(['not-a-notice']);
  });

  it('an HTML file with more elements than a notice could have is refused, not parsed into gigabytes', () => {
    const row = '<tr><td>eväste</td><td>12 kk</td></tr>\n';
    writeFileSync(join(tmp, 'rows.html'), `<table>${row.repeat(66_667)}</table>`);
    const start = performance.now();
    expect(lintFile(join(tmp, 'rows.html')).fatal?.message).toBe('has over 200,000 HTML elements, more than noticelint reads from one file (a privacy notice has a few thousand)');
    expect(performance.now() - start).toBeLessThan(2000);
    // The limit is the HTML parser's: the same file read as plain text is linted.
    expect(lintFile(join(tmp, 'rows.html'), { format: 'text' }).fatal).toBeUndefined();
  });

  it('a file with more lines than a notice could have is read flat, not refused, in any format and line ending', () => {
    for (const [name, text] of [
      ['letters.txt', 'a\n'.repeat(250_001)],
      ['empty.md', '\r\n'.repeat(250_001)],
      // (No tags: 250,001 elements would be over the HTML element limit.)
      ['cr.html', 'a\r'.repeat(250_001)],
    ]) {
      writeFileSync(join(tmp, name), text);
      const r = lintFile(join(tmp, name));
      expect(r.fatal, name).toBeUndefined();
      expect(r.messages.map((m) => m.ruleId), name).toContain('read-as-plain-text');
    }
    // 250,000 lines exactly are read line by line (a text that does not read as a notice).
    writeFileSync(join(tmp, 'limit.txt'), 'a\n'.repeat(250_000));
    expect(lintFile(join(tmp, 'limit.txt')).messages.map((m) => m.ruleId)).toEqual(['not-a-notice']);
  }, 60_000);

  it('lint() of a folder with a bad file reports it and lints the rest', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
    writeFileSync(join(dir, 'b.txt'), UTF8);
    const report = await lint([dir], { today: TODAY, noConfig: true });
    expect(report.results.map((r) => !!r.fatal)).toEqual([true, false]);
  });
});

/**
 * Three spaces between words (a quarter, half and three quarters into the text) as no-break
 * spaces, which the stray-byte form writes as Windows-1252's 0xA0: a white-space character
 * like the space, so the findings must not change.
 */
function withNoBreakSpaces(text: string): string {
  let out = text;
  for (const share of [0.25, 0.5, 0.75]) {
    const from = Math.floor(out.length * share);
    const k = out.slice(from).search(/(?<=\p{L}) (?=\p{L})/u);
    if (k >= 0) out = `${out.slice(0, from + k)}\u00a0${out.slice(from + k + 1)}`;
  }
  return out;
}

describe.skipIf(NO_SHARED)('the seeds re-encoded', () => {
  const forms: { name: string; encode: (text: string) => Buffer | null }[] = [
    { name: 'windows-1252', encode: (t) => (iconv.decode(iconv.encode(t, 'windows-1252'), 'windows-1252') === t ? iconv.encode(t, 'windows-1252') : null) },
    { name: 'utf-16le+BOM', encode: (t) => iconv.encode(t, 'utf-16le', { addBOM: true }) },
    { name: 'utf-16be+BOM', encode: (t) => iconv.encode(t, 'utf-16be', { addBOM: true }) },
    { name: 'utf-8+BOM', encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]) },
    { name: 'utf-8 with stray bytes', encode: (t) => withStrayBytes(withNoBreakSpaces(t)) },
  ];
  for (const seed of Object.values(SEEDS)) {
    it.skipIf(NO_SHARED)(`${seed}: every re-encoded copy gives exactly the UTF-8 original's findings`, () => {
      const original = join(SEEDS_DIR, seed);
      const text = readFileSync(original, 'utf8');
      const reference = lintFile(original, { today: TODAY, noConfig: true });
      expect(reference.fatal).toBeUndefined();
      let tested = 0;
      for (const form of forms) {
        const bytes = form.encode(text);
        if (!bytes) continue;
        const file = join(tmp, `${form.name}-${seed}`);
        writeFileSync(file, bytes);
        const r = lintFile(file, { today: TODAY, noConfig: true });
        expect(r.fatal, form.name).toBeUndefined();
        expect(comparable(r), form.name).toEqual(comparable(reference));
        expect(r.items, form.name).toEqual(reference.items);
        if (form.name === 'utf-8 with stray bytes') expect(r.encoding).toBe('utf-8+windows-1252');
        tested++;
      }
      expect(tested).toBeGreaterThanOrEqual(3);
    });
  }
});
