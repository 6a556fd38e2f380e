/**
 * The overview of many notices: one row per notice (its file, title, language, date, counts,
 * and one column per GDPR item), the findings counted per rule, and the language versions
 * compared (parity). Built row by row as results come (each row a few hundred bytes, nothing
 * else of a result kept): linear in the number of notices. Sorting and filtering are the page's
 * small script (page.ts), a progressive enhancement: the tables are whole without it.
 */
import { ITEM_IDS } from '../../items/index.js';
import type { FileResult, LintReport, ParityGroup } from '../../report.js';
import { escapeHtml as h } from '../escape.js';
import { itemLabel, languageName, noticeTitle, SEVERITY_CLASS, STATUS_CLASS, STATUS_SYMBOL } from './notice.js';
import type { Say } from './words.js';
import { fatalText } from '../common.js';

export interface Overview {
  /** One notice's row; `href`: where its part or page is. */
  add(r: FileResult, href: string): void;
  /** The overview's sections (an <section> of <h2>s), with the report's summary and the parity section. */
  html(summary: LintReport['summary'], fatal: number, parity: ParityGroup[] | undefined): string;
}

export function overview(say: Say): Overview {
  const rows: string[] = [];
  const rules = new Map<string, { findings: number; notices: number; url: string; severity: string }>();
  const hrefOf = new Map<string, string>();
  return {
    add(r, href) {
      hrefOf.set(r.filePath, href);
      const seen = new Set<string>();
      for (const m of r.messages) {
        const rule = rules.get(m.ruleId) ?? { findings: 0, notices: 0, url: m.url, severity: m.severity };
        rule.findings++;
        if (!seen.has(m.ruleId)) rule.notices++;
        seen.add(m.ruleId);
        rules.set(m.ruleId, rule);
      }
      let row = `<tr data-e="${r.fatal ? 1 : r.errorCount}" data-r="${h([...seen].join(' '))}"><td><a href="${h(href)}">${h(r.filePath)}</a></td>`;
      if (r.fatal) {
        rows.push(`${row}<td colspan="${6 + ITEM_IDS.length}">${h(say('notLinted'))}: ${h(fatalText(r))}</td></tr>\n`);
        return;
      }
      row += `<td>${h(noticeTitle(r))}</td><td>${h(r.language)}</td><td>${h(r.text?.date ?? '')}</td>`;
      row += `<td class="num">${r.errorCount}</td><td class="num">${r.warningCount}</td><td class="num">${r.infoCount}</td>`;
      for (const id of ITEM_IDS) {
        const status = r.items[id]?.status;
        row += status ? `<td class="c ${STATUS_CLASS[status]}">${STATUS_SYMBOL[status]}</td>` : '<td class="c"></td>';
      }
      rows.push(`${row}</tr>\n`);
    },
    html(summary, fatal, parity) {
      const total = rows.length;
      let out = `<section id="overview" aria-labelledby="ov-h"><h2 id="ov-h">${h(say('overview'))}</h2>\n`;
      out += `<p>${h(say('notices'))}: ${summary.files}${fatal ? ` (${h(say('notLinted'))}: ${fatal})` : ''}. ${h(say('counts', { errors: summary.errorCount, warnings: summary.warningCount, info: summary.infoCount }))}.</p>\n`;
      out += `<h3>${h(say('legend'))}</h3>\n<ul class="legend">${(['present', 'vague', 'missing', 'not-applicable'] as const)
        .map((s) => `<li><span class="st st-${s}">${STATUS_SYMBOL[s]}</span> ${h(say(s))}</li>`)
        .join('')}</ul>\n<ol class="legend">${ITEM_IDS.map((id, i) => `<li>${i + 1}. ${h(itemLabel(id, say))}</li>`).join('')}</ol>\n`;
      out += `<div class="controls" id="ov-controls" hidden><label>${h(say('filter'))} <input type="search" id="ov-q" placeholder="${h(say('filterHint'))}"></label>`;
      out += `<label>${h(say('statusFilter'))} <select id="ov-s"><option value="all">${h(say('all'))}</option><option value="e">${h(say('withErrors'))}</option><option value="m">${h(say('withMissing'))}</option></select></label>`;
      out += `<p id="ov-n" role="status" data-t="${h(say('shownOf', { shown: '{shown}', total }))}"></p></div>\n`;
      // A column's heading: its label as text, and a sort button that only the script shows.
      const th = (label: string, cls = '', full?: string) =>
        `<th scope="col"${cls ? ` class="${cls}"` : ''}${full ? ` title="${h(full)}"` : ''}><button type="button" hidden aria-label="${h(say('sortBy', { column: full ?? label }))}">${h(label)}</button><span class="lab">${h(label)}</span></th>`;
      // Fixed column widths: the browser lays out 2,000 rows without measuring every cell (and again after each sort).
      const cols = `<colgroup><col style="width:17rem"><col style="width:15rem"><col style="width:5.5rem"><col style="width:6.5rem"><col span="3" style="width:5.5rem"><col span="${ITEM_IDS.length}" style="width:2.1rem"></colgroup>`;
      out += `<div class="scroll"><table class="ov" id="ov"><caption class="vh">${h(say('overview'))}</caption>${cols}<thead><tr>`;
      out += th(say('file')) + th(say('title')) + th(say('language')) + th(say('date')) + th(say('errors'), 'num') + th(say('warnings'), 'num') + th(say('infos'), 'num');
      out += ITEM_IDS.map((id, i) => th(String(i + 1), '', itemLabel(id, say))).join('');
      out += `</tr></thead>\n<tbody>\n${rows.join('')}</tbody></table></div>\n`;
      out += ruleTable(rules, say);
      out += paritySection(parity, hrefOf, say);
      return `${out}</section>\n`;
    },
  };
}

function ruleTable(rules: Map<string, { findings: number; notices: number; url: string; severity: string }>, say: Say): string {
  let out = `<h3 id="ov-rules">${h(say('perRule'))}</h3>\n`;
  if (rules.size === 0) return `${out}<p>${h(say('noFindings'))}</p>\n`;
  out += `<table><thead><tr><th scope="col">${h(say('rule'))}</th><th scope="col" class="num">${h(say('ruleCount'))}</th><th scope="col" class="num">${h(say('ruleNotices'))}</th></tr></thead><tbody>\n`;
  const sorted = [...rules].sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1));
  for (const [id, r] of sorted) out += `<tr data-rule="${h(id)}"><td><a href="${h(r.url)}">${h(id)}</a></td><td class="num">${r.findings}</td><td class="num">${r.notices}</td></tr>\n`;
  return `${out}</tbody></table>\n`;
}

/** The language versions compared: each group's versions and what they say differently. */
function paritySection(parity: ParityGroup[] | undefined, hrefOf: Map<string, string>, say: Say): string {
  if (!parity) return '';
  let out = `<h3 id="ov-parity">${h(say('parity'))}</h3>\n`;
  if (parity.length === 0) return `${out}<p>${h(say('parityNone'))}</p>\n`;
  const link = (file: string, line?: number) => {
    const href = hrefOf.get(file);
    const label = line ? `${file}:${line}` : file;
    return href ? `<a href="${h(line ? `${href.replace(/#.*$/u, '')}#${anchorOf(href)}-L${line}` : href)}">${h(label)}</a>` : h(label);
  };
  parity.forEach((g, i) => {
    out += `<h4>${h(say('versions'))}: ${g.versions.map((v) => `${link(v.filePath)} (${h(languageName(v.language, say))})`).join(', ')}</h4>\n`;
    if (g.differences.length === 0) {
      out += `<p>${h(say('parityNone'))}</p>\n`;
      return;
    }
    out += `<table class="parity" id="ov-parity-${i + 1}"><thead><tr><th scope="col">${h(say('rule'))}</th><th scope="col">${h(say('kind'))}</th><th scope="col">${h(say('subject'))}</th><th scope="col">${h(say('findings'))}</th><th scope="col">${h(say('where'))}</th><th scope="col">${h(say('others'))}</th></tr></thead><tbody>\n`;
    for (const d of g.differences) {
      const others = d.others.map((o) => (o.line > 0 ? `${link(o.filePath, o.line)}${o.text ? `: ${h(o.text)}` : ''}` : `${link(o.filePath)}: ${h(say('saysNothing'))}`)).join('<br>');
      out += `<tr><td><span class="sev ${SEVERITY_CLASS[d.severity]}">${h(say(d.severity))}</span> <code>${h(d.ruleId)}</code></td><td>${h(d.kind)}</td><td>${h(d.subject)}</td><td>${h(d.message)}</td><td>${link(d.filePath, d.line)}</td><td>${others}</td></tr>\n`;
    }
    out += '</tbody></table>\n';
  });
  return out;
}

/** The id prefix of a notice's part from its href ("#n3" → "n3", "notices/0003-x.html" → "n1"). */
function anchorOf(href: string): string {
  return href.startsWith('#') ? href.slice(1) : 'n1';
}
