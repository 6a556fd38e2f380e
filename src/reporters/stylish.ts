import { Chalk } from 'chalk';
import { type StreamReporter, wholeReport } from './types.js';
import { maxOf } from '../util/arrays.js';
import { escapeTerminal } from './escape.js';
import { reportWord } from '../i18n/localize.js';
import { fatalText } from './common.js';

/** One Chalk with colour and one without, not a new one for every file written. */
const COLOURED = new Chalk({ level: 1 });
const PLAIN = new Chalk({ level: 0 });
const chalkFor = (color: boolean) => (color ? COLOURED : PLAIN);

/** Below this many columns for the message, wrapping would help no one: lines are left whole. */
const MIN_MESSAGE_COLUMN = 30;

/** What starts the line of a finding's suggested fix. */
export const FIX_MARK = '→ ';

/** Columns a (escaped, uncoloured) text takes: its code points (wide East Asian characters count one). */
const width = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * A text broken into lines of at most `room` columns at spaces; a word longer than that is cut.
 * Linear in the text's length.
 */
export function wrapText(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    let w = word;
    let ww = width(w);
    if (used > 0 && used + 1 + ww > room) {
      lines.push(line);
      line = '';
      used = 0;
    }
    while (ww > room) {
      const cps = [...w];
      if (used > 0) {
        lines.push(line);
        line = '';
        used = 0;
      }
      lines.push(cps.slice(0, room).join(''));
      w = cps.slice(room).join('');
      ww -= room;
    }
    line += used > 0 ? ` ${w}` : w;
    used += (used > 0 ? 1 : 0) + ww;
  }
  lines.push(line);
  return lines;
}

/**
 * Grouped by file: `line:column  severity  message  rule-id`, the suggested fix under the
 * message (dimmed, after "→ "), then a summary line. With `options.width` (a terminal's
 * columns), messages and fixes wrap within their column; without it, each stays on one line.
 */
export const stylishStream: StreamReporter = (options) => ({
  begin: () => '',
  result: (r) => {
    const c = chalkFor(options.color);
    // The file's name and the messages (which quote the notice) are the notice author's text: escaped.
    const path = escapeTerminal(r.filePath);
    if (r.fatal) return `${c.underline(path)}\n  ${c.red('fatal')}  ${escapeTerminal(fatalText(r))}\n\n`;
    if (r.messages.length === 0) return '';
    const paint = { error: c.red, warning: c.yellow, info: c.blue };
    // A Word document's lines are its paragraphs (¶), a PDF's are lines of a page (p2:11); each
    // such finding ends with the first words of its paragraph or line. Notice text and file names
    // never reach the terminal unescaped.
    const rows = r.messages.map((m) => {
      const loc = m.location;
      const suggestion = m.localizedSuggestion ?? m.suggestion;
      const fix = suggestion ? escapeTerminal(suggestion) : '';
      if (!loc) return [`${m.line}:${m.column}`, m.severity, escapeTerminal(m.localizedMessage ?? m.message), escapeTerminal(m.ruleId), '', fix] as const;
      const pdf = loc.paragraph === undefined;
      const where = pdf ? `p${loc.page}:${m.line}:${m.column}` : `¶${m.line}:${m.column}`;
      const what = pdf ? `page ${loc.page}, line ${m.line}` : `¶${m.line}${loc.page !== undefined ? `, page ${loc.page}` : ''}`;
      return [where, m.severity, escapeTerminal(m.localizedMessage ?? m.message), escapeTerminal(m.ruleId), `(${what} “${escapeTerminal(loc.excerpt)}”)`, fix] as const;
    });
    const w0 = maxOf(rows.map((x) => x[0].length));
    const w1 = maxOf(rows.map((x) => x[1].length));
    const indent = ' '.repeat(2 + w0 + 2 + w1 + 2);
    // The message's column: what the terminal leaves after the place, the severity and the
    // longest rule id; no wrapping when there is no terminal width or too little of it.
    const room = options.width ? options.width - indent.length - 2 - maxOf(rows.map((x) => x[3].length)) : 0;
    const wrap = (text: string) => (room >= MIN_MESSAGE_COLUMN ? wrapText(text, room) : [text]);
    let out = `${c.underline(path)}\n`;
    if (r.fetched) out += `  ${c.dim(`fetched ${escapeTerminal(r.fetched.date)}${r.fetched.finalUrl !== r.filePath ? ` from ${escapeTerminal(r.fetched.finalUrl)}` : ''}`)}\n`;
    for (const [pos, sev, msg, id, note, fix] of rows) {
      const lines = wrap(msg);
      // The document place's note ("(¶22 “Dina rättigheter”)") goes on the last line, dimmed.
      const head = `  ${c.dim(pos.padEnd(w0))}  ${paint[sev](sev.padEnd(w1))}  `;
      if (note) {
        const last = lines.length - 1;
        if (room >= MIN_MESSAGE_COLUMN && width(lines[last]) + 1 + width(note) > room) lines.push(...wrap(note).map((l) => `\u0000${l}`));
        else lines[last] += ` \u0000${note}`;
      }
      const shown = lines.map((l) => l.replace(/\u0000(.*)$/su, (_m, rest: string) => c.dim(rest)));
      const pad = room >= MIN_MESSAGE_COLUMN ? ' '.repeat(Math.max(0, room - width(lines[0].replace('\u0000', '')))) : '';
      out += `${head}${shown[0]}${pad}  ${c.dim(id)}\n`;
      for (const l of shown.slice(1)) out += `${indent}${l}\n`;
      // The suggested fix, under the message, dimmed.
      if (fix) for (const l of wrap(`${FIX_MARK}${fix}`)) out += `${indent}${c.dim(l)}\n`;
    }
    return `${out}\n`;
  },
  end: (s, fatal) => {
    const c = chalkFor(options.color);
    const total = s.errorCount + s.warningCount + s.infoCount;
    // The summary's words in the report's locale (messages/<locale>.yaml, `report`).
    const locale = options.locale ?? 'en';
    const word = (key: string, count: number) => reportWord(key, locale, { count });
    const files = word('file', s.files);
    const counts = { problems: word('problem', total), errors: word('error', s.errorCount), warnings: word('warning', s.warningCount), infos: word('info', s.infoCount), files };
    const line = fatal ? reportWord('summary-not-linted', locale, { ...counts, fatal }) : reportWord('summary', locale, counts);
    const colour = s.errorCount || fatal ? c.red.bold : s.warningCount ? c.yellow.bold : c.green.bold;
    return `${colour(total === 0 && !fatal ? reportWord('no-problems', locale, { files }) : `\u2716 ${line}`)}\n`;
  },
});

export const stylish = wholeReport(stylishStream);
