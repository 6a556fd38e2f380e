import { Chalk } from 'chalk';
import { type StreamReporter, wholeReport } from './types.js';
import { maxOf } from '../util/arrays.js';
import { escapeTerminal } from './escape.js';
import { reportWord } from '../i18n/localize.js';

/** One Chalk with colour and one without, not a new one for every file written. */
const COLOURED = new Chalk({ level: 1 });
const PLAIN = new Chalk({ level: 0 });
const chalkFor = (color: boolean) => (color ? COLOURED : PLAIN);

/** Grouped by file: `line:column  severity  message  rule-id`, then a summary line. */
export const stylishStream: StreamReporter = (options) => ({
  begin: () => '',
  result: (r) => {
    const c = chalkFor(options.color);
    // The file's name and the messages (which quote the notice) are the notice author's text: escaped.
    const path = escapeTerminal(r.filePath);
    if (r.fatal) return `${c.underline(path)}\n  ${c.red('fatal')}  ${escapeTerminal(r.fatal.message)}\n\n`;
    if (r.messages.length === 0) return '';
    const paint = { error: c.red, warning: c.yellow, info: c.blue };
    // A Word document's lines are its paragraphs (¶), a PDF's are lines of a page (p2:11); each
    // such finding ends with the first words of its paragraph or line. Notice text and file names
    // never reach the terminal unescaped.
    const rows = r.messages.map((m) => {
      const loc = m.location;
      if (!loc) return [`${m.line}:${m.column}`, m.severity, escapeTerminal(m.localizedMessage ?? m.message), escapeTerminal(m.ruleId)] as const;
      const pdf = loc.paragraph === undefined;
      const where = pdf ? `p${loc.page}:${m.line}:${m.column}` : `¶${m.line}:${m.column}`;
      const what = pdf ? `page ${loc.page}, line ${m.line}` : `¶${m.line}${loc.page !== undefined ? `, page ${loc.page}` : ''}`;
      return [where, m.severity, `${escapeTerminal(m.localizedMessage ?? m.message)} ${c.dim(`(${what} “${escapeTerminal(loc.excerpt)}”)`)}`, escapeTerminal(m.ruleId)] as const;
    });
    const w0 = maxOf(rows.map((x) => x[0].length));
    const w1 = maxOf(rows.map((x) => x[1].length));
    let out = `${c.underline(path)}\n`;
    if (r.fetched) out += `  ${c.dim(`fetched ${escapeTerminal(r.fetched.date)}${r.fetched.finalUrl !== r.filePath ? ` from ${escapeTerminal(r.fetched.finalUrl)}` : ''}`)}\n`;
    for (const [pos, sev, msg, id] of rows) out += `  ${c.dim(pos.padEnd(w0))}  ${paint[sev](sev.padEnd(w1))}  ${msg}  ${c.dim(id)}\n`;
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
