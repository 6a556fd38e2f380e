/**
 * The rule fixtures, fixtures/rules/<rule-id>/<lang>-<case>.<txt|md|html>, and the expectations
 * they carry inline: a marker at the end of each line where the folder's rule must report,
 *
 *     Käyttämällä sivustoa hyväksyt evästeiden käytön. <!-- expect: consent-by-use warning col 1 -->
 *
 * one marker per finding (two findings on a line: two markers, one after the other). A fixture
 * without markers must get no finding of its rule.
 *
 * The markers are taken out before the fixture is linted: what the linter reads is the fixture's
 * bytes without them, exactly (a marker and the one space before it are cut from the end of its
 * line, so no other line or column moves). A marker the linter read could change what it marks:
 * plain text has no comments, so a marker would be words of its line. Measured when the
 * fixtures were converted (December 2026): read with their markers, 40 of the plain-text
 * fixtures got other findings (a heading line grown long is no heading, a sentence read as
 * vague, a notice taken for no notice at all), and none of the Markdown or HTML fixtures, where
 * a comment is no text. One syntax for all three formats, an HTML comment, keeps a Markdown or
 * HTML fixture a valid page as it is shown; cutting the markers out in every format makes the
 * guarantee one sentence long.
 *
 * Used by test/rule-fixtures.test.ts, test/messages-snapshot.test.ts and scripts/generate.ts
 * (the rule pages' examples).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeNotice } from '../src/input/read-notice.js';
import { lintSource } from '../src/linter.js';
import type { Format } from '../src/model/types.js';
import type { LintMessage } from '../src/report.js';

/** The date the fixtures are linted on (their expectations, the message snapshot, the rule pages' examples). */
export const FIXTURE_TODAY = '2026-11-21';

export const NOTICE_FILE = /^(fi|sv|en)-[\w-]+\.(txt|md|html)$/u;

const FORMATS: Record<string, Format> = { txt: 'text', md: 'markdown', html: 'html' };

/** A fixture's format, from its extension (as `formatOf` gives it for these three). */
export function formatOf(path: string): Format {
  return FORMATS[path.slice(path.lastIndexOf('.') + 1)] ?? 'text';
}

/** One expectation: the folder's rule reports on this line, at this column, with this severity. */
export interface Mark {
  ruleId: string;
  line: number;
  column: number;
  severity: string;
}

export interface RuleFixture {
  ruleId: string;
  /** The file's name, e.g. "fi-kayttamalla.txt". */
  file: string;
  path: string;
}

export interface MarkedFixture {
  /** The fixture's bytes with every marker cut out: what the linter reads. */
  bytes: Buffer;
  marks: Mark[];
  /** Markers that could not be read (a typo must not pass as "no finding expected"). */
  problems: string[];
}

/** A marker at the end of a line, with the one space before it (none on an otherwise empty line). */
const MARKERS_AT_END = /(?: ?<!-- expect:[^\n>]*-->)+$/u;
const MARKER = /<!-- expect:([^\n>]*)-->/gu;
const MARKER_BODY = /^ ([a-z][a-z0-9-]*) (error|warning|info) col ([1-9]\d*) $/u;

export function ruleFixtures(root: string): RuleFixture[] {
  const dir = join(root, 'fixtures', 'rules');
  if (!existsSync(dir)) return [];
  const out: RuleFixture[] = [];
  for (const ruleId of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, ruleId)).filter((f) => NOTICE_FILE.test(f)).sort()) {
      out.push({ ruleId, file, path: join(dir, ruleId, file) });
    }
  }
  return out;
}

/**
 * The bytes as text one byte or one UTF-16 unit a character, and back: the markers are ASCII,
 * so they read the same in UTF-8 and the single-byte encodings; a UTF-16 file (byte-order mark)
 * is read as UTF-16.
 */
function codec(bytes: Buffer): { text: string; encode: (s: string) => Buffer } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.toString('utf16le'), encode: (s) => Buffer.from(s, 'utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: Buffer.from(bytes).swap16().toString('utf16le'), encode: (s) => Buffer.from(s, 'utf16le').swap16() };
  }
  return { text: bytes.toString('latin1'), encode: (s) => Buffer.from(s, 'latin1') };
}

/** Reads a fixture's markers and cuts them out. Lines are counted as the linter counts them (LF; the fixtures have no CR). */
export function readMarkedFixture(path: string): MarkedFixture {
  const { text, encode } = codec(readFileSync(path));
  const marks: Mark[] = [];
  const problems: string[] = [];
  const lines = text.split('\n').map((lineText, i) => {
    const end = MARKERS_AT_END.exec(lineText);
    const kept = end ? lineText.slice(0, end.index) : lineText;
    for (const m of (end?.[0] ?? '').matchAll(MARKER)) {
      const body = MARKER_BODY.exec(m[1]);
      if (body) marks.push({ ruleId: body[1], line: i + 1, column: Number(body[3]), severity: body[2] });
      else problems.push(`line ${i + 1}: "${m[0]}" is not "<!-- expect: <rule-id> <error|warning|info> col <n> -->"`);
    }
    if (kept.includes('<!-- expect:')) problems.push(`line ${i + 1}: a marker must end its line`);
    return kept;
  });
  return { bytes: encode(lines.join('\n')), marks, problems };
}

/**
 * Writes a fixture's markers anew: its bytes without markers (from `readMarkedFixture`), a
 * marker at the end of each marked line, in the file's own encoding.
 */
export function writeMarkedFixture(path: string, bytes: Buffer, marks: Mark[]): void {
  const { text, encode } = codec(bytes);
  const lines = text.split('\n');
  for (const m of marks) {
    if (m.line > lines.length) throw new Error(`${path}: a finding on line ${m.line}, past the end`);
    const l = lines[m.line - 1];
    lines[m.line - 1] = l + (l.length > 0 ? ' ' : '') + markerOf(m);
  }
  writeFileSync(path, encode(lines.join('\n')));
}

/** A fixture linted: its markers, its text without them, every finding, and those of the folder's rule. */
export interface FixtureRun extends RuleFixture {
  marked: MarkedFixture;
  /** The decoded text the linter read (no markers); fixes' ranges are offsets into it. */
  text: string;
  /** That text split into lines as the linter counts them. */
  lines: string[];
  /** Every finding, of every rule. */
  messages: LintMessage[];
  /** The findings of the folder's rule. */
  findings: LintMessage[];
}

/**
 * Lints a fixture from its bytes without the markers, as `lintFile` lints a file: decoded as
 * files are (legacy encodings included), the file's name among the notice's titles.
 */
export function runFixture(fixture: RuleFixture, today: string): FixtureRun {
  const marked = readMarkedFixture(fixture.path);
  const input = decodeNotice(marked.bytes, formatOf(fixture.path));
  if (!input.ok) throw new Error(`${fixture.path}: ${input.message}`);
  const { messages } = lintSource(input.text, {
    filePath: fixture.path,
    format: formatOf(fixture.path),
    today,
    encoding: input.encoding,
    legacyEncoding: input.legacy,
    strayBytes: input.stray,
  }).result;
  const lines = input.text.split(/\r\n|\r|\n/u);
  return { ...fixture, marked, text: input.text, lines, messages, findings: messages.filter((m) => m.ruleId === fixture.ruleId) };
}

/** A fixture's text without its markers, for code that reads fixtures as sample notices (the bench's corpus). */
export function withoutMarkers(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(MARKERS_AT_END, ''))
    .join('\n');
}

/** The marker for a finding, as the fixtures carry it. */
export function markerOf(m: Pick<Mark, 'ruleId' | 'severity' | 'column'>): string {
  return `<!-- expect: ${m.ruleId} ${m.severity} col ${m.column} -->`;
}
