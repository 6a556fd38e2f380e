import { Chalk } from 'chalk';
import type { Reporter } from './types.js';

/** Grouped by file: `line:column  severity  message  rule-id`, then a summary line. */
export const stylish: Reporter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  for (const r of report.results) {
    if (r.fatal) {
      out.push(`${c.underline(r.filePath)}\n  ${c.red('fatal')}  ${r.fatal.message}\n`);
      continue;
    }
    if (r.messages.length === 0) continue;
    out.push(c.underline(r.filePath));
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, m.severity, m.message, m.ruleId] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, id] of rows) {
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${paint[sev](sev.padEnd(w1))}  ${msg}  ${c.dim(id)}`);
    }
    out.push('');
  }
  const s = report.summary;
  const fatal = report.results.filter((r) => r.fatal).length;
  const total = s.errorCount + s.warningCount + s.infoCount;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const line = `${plural(total, 'problem')} (${plural(s.errorCount, 'error')}, ${plural(s.warningCount, 'warning')}, ${s.infoCount} info) in ${plural(s.files, 'file')}${fatal ? `, ${fatal} not linted` : ''}`;
  const colour = s.errorCount || fatal ? c.red.bold : s.warningCount ? c.yellow.bold : c.green.bold;
  out.push(colour(total === 0 && !fatal ? `No problems in ${plural(s.files, 'file')}` : `\u2716 ${line}`));
  return out.join('\n') + '\n';
};
