/**
 * Untrusted text on its way out (issue 15, item 1): file names and notice text controlled by a
 * pull request must never become a workflow command, a terminal escape sequence, raw HTML in the
 * step summary, or a broken JSON report. Every output is fed the same hostile names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/api.js';
import { main, type CliIo } from '../src/cli/main.js';
import type { FileResult } from '../src/report.js';
import { escapeLogLine, escapeTerminal } from '../src/reporters/escape.js';
import { reporters } from '../src/reporters/index.js';
import { markdownReport } from '../src/reporters/markdown.js';
import { ROOT } from './helpers.js';

const ESC = '\u001b';
/** Names a pull request can give its files (and text it can put in a notice). */
export const HOSTILE_NAMES = [
  '::error file=README.md,line=1,title=Security::Your token leaked privacy.txt',
  'a\n::stop-commands::pwned\nprivacy.txt',
  'b\n::error::forged\nprivacy.txt',
  '##[error]forged privacy.txt',
  `${ESC}]0;pwned\u0007${ESC}[2J${ESC}[H privacy.txt`,
  'c\n\n<img src=x onerror=alert(1)>\n\n[click](https://evil.example) privacy.txt',
  'd\u009b2J \u202eexe.txt privacy.txt',
];

/** No line of it is, or starts, a workflow command, old or new, and it holds no control character. */
function expectNoWorkflowCommandFrom(out: string, allowed: RegExp) {
  for (const line of out.split('\n')) {
    // The runner reads a line as a new-style command first: "##[" inside one of ours is its data.
    if (/^\s*::/u.test(line)) expect(line, 'a workflow command noticelint did not write').toMatch(allowed);
    else expect(line).not.toMatch(/##\[|::stop-commands::/u);
  }
  expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
}

function result(filePath: string, fatal?: string): FileResult {
  const base = { filePath, format: 'text' as const, language: 'fi' as const, items: {}, errorCount: 0, warningCount: 0, infoCount: 0 };
  if (fatal) return { ...base, messages: [], fatal: { message: fatal } };
  const message = { ruleId: 'leftover-artifact', severity: 'warning' as const, message: `leftover text "${filePath}"`, line: 1, column: 1, endLine: 1, endColumn: 2, url: 'https://example.org/rule' };
  return { ...base, warningCount: 1, messages: [message] };
}

const report = buildReport(HOSTILE_NAMES.flatMap((n) => [result(n), result(n, `cannot read ${n}`)]));
const options = { color: false, cwd: '/' };

describe('each output escapes hostile file names and text', () => {
  it('stylish: no control character reaches the terminal, coloured or not', () => {
    for (const color of [false, true]) {
      const out = reporters.stylish(report, { ...options, color }).replace(/\u001b\[\d+(?:;\d+)*m/gu, '');
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
      expect(out).toContain(escapeTerminal(HOSTILE_NAMES[4]));
      for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::|##\[/u);
    }
    // Every file is one underlined line: as many lines as without a line break in any name.
    const lines = reporters.stylish(report, options).split('\n').filter((l) => l && !l.startsWith(' '));
    expect(lines).toHaveLength(HOSTILE_NAMES.length * 2 + 1);
  });

  it('github: every line is one of its own annotations, with the names percent-encoded', () => {
    const out = reporters.github(report, options);
    expectNoWorkflowCommandFrom(out, /^::(error|warning|notice) (file=|title=noticelint)/u);
    for (const line of out.trim().split('\n')) {
      expect(line).toMatch(/^::(error|warning|notice) /u);
      // The properties end at the first "::": the file property is the whole name, encoded.
      const props = line.slice(2, line.indexOf('::', 2)).replace(/^\w+ /u, '').split(',');
      for (const p of props) expect(p).toMatch(/^(file|line|endLine|col|endColumn)=[^:,]*$|^title=noticelint/u);
    }
  });

  it('markdown: no raw HTML, link or line break from a name in the step summary', () => {
    const out = markdownReport(report, options);
    // Inside a code span (no backtick, no line break in it) nothing is rendered.
    const rendered = out.replace(/`[^`\n]*`/gu, '');
    expect(rendered).not.toMatch(/(?<!\\)<img/u);
    expect(rendered).not.toMatch(/(?<!\\)\[click\]/u);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    for (const line of out.split('\n')) expect(line).not.toMatch(/^::/u);
    // A heading per file, its name on that one line.
    expect(out.split('\n').filter((l) => l.startsWith('### '))).toHaveLength(HOSTILE_NAMES.length * 2);
  });

  it('json, sarif, codeclimate: valid JSON that gives the names back exactly', () => {
    for (const format of ['json', 'sarif', 'codeclimate'] as const) {
      const out = reporters[format](report, options);
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
      expect(out).not.toContain('##[');
      const text = JSON.stringify(JSON.parse(out));
      for (const name of HOSTILE_NAMES) expect(text).toContain(JSON.stringify(name).slice(1, -1));
    }
  });

  it('escapeLogLine makes one plain log line of any name', () => {
    for (const name of HOSTILE_NAMES) {
      const line = escapeLogLine(name);
      expect(line).not.toMatch(/[\n\r]|::|##\[/u);
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
    }
  });
});

describe('the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-escape-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints no control character of a file name or a notice to the terminal (stylish, errors, tree, --fix-dry-run)', async () => {
    mkdirSync(join(dir, '.git'), { recursive: true });
    const names = HOSTILE_NAMES.map((n) => n.replace(/\//gu, '_'));
    for (const n of names) writeFileSync(join(dir, n), `TIETOSUOJASELOSTE\n\n${ESC}]0;title${ESC}\\ Rekisterinpitäjä ${ESC}[2J\n\nScroll to Top\n`);
    for (const args of [['.'], ['tree', '.'], ['--fix-dry-run', '.'], ['missing\n::error::x.txt'], ['--config', `${ESC}[2J.json`, '.']]) {
      let stdout = '';
      let stderr = '';
      const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: true, env: {}, cwd: dir };
      await main(['--today', '2026-11-21', '--no-color', ...args], io);
      for (const out of [stdout, stderr]) {
        expect(out, args.join(' ')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
        for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::|##\[/u);
      }
    }
  });
});

describe('the GitHub Action (dist/action/index.js)', () => {
  it('lists the files it lints without a forged workflow command, and writes no raw HTML to the summary', () => {
    const repo = mkdtempSync(join(tmpdir(), 'noticelint-escape-action-'));
    const work = mkdtempSync(join(tmpdir(), 'noticelint-escape-runner-'));
    try {
      mkdirSync(join(repo, 'privacy'));
      for (const n of HOSTILE_NAMES) writeFileSync(join(repo, 'privacy', n.replace(/\//gu, '_')), 'TIETOSUOJASELOSTE\n\nRekisterinpitäjä\n\nScroll to Top\n');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: join(work, 'output'),
        GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
        INPUT_FILES: 'privacy/**',
      };
      writeFileSync(env.GITHUB_OUTPUT!, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'action', 'index.js')], { cwd: repo, env, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expectNoWorkflowCommandFrom(r.stdout, /^::(group|endgroup|error|warning|notice)(::| file=| title=noticelint)/u);
      for (const line of r.stdout.split('\n')) expect(line).not.toMatch(/^::[^:]*,title=Security/u);
      const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
      expect(summary).not.toMatch(/<img/u);
      expect(summary).toContain('privacy/');
    } finally {
      rmSync(repo, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  });
});
