/**
 * One notice in the HTML report: its title, language and date; the twenty GDPR items as a
 * checklist, each linked to its evidence in the text; the notice's own text with each finding
 * highlighted where it is and its note (message, legal source, suggested fix) beside it; and
 * the findings grouped by severity. Everything that comes from the notice or the results is
 * escaped (escapeHtml).
 */
import { basename } from 'node:path';
import { ITEM_IDS } from '../../items/index.js';
import { LineIndex } from '../../model/positions.js';
import type { FileResult, ItemStatus, LintMessage } from '../../report.js';
import { escapeHtml as h } from '../escape.js';
import { isWordId, type Say } from './words.js';
import { fatalText } from '../common.js';

export const SEVERITY_CLASS = { error: 'e', warning: 'w', info: 'i' } as const;
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
export const STATUS_SYMBOL: Record<ItemStatus, string> = { present: '✓', vague: '~', missing: '✗', 'not-applicable': '–' };
export const STATUS_CLASS: Record<ItemStatus, string> = { present: 'p', vague: 'v', missing: 'm', 'not-applicable': 'n' };
const STATUSES: readonly ItemStatus[] = ['present', 'vague', 'missing', 'not-applicable'];

/** The notice's title as the report shows it: its first heading, else its file's name. */
export function noticeTitle(r: FileResult): string {
  return r.text?.title || basename(r.filePath) || r.filePath;
}

/** The item ids of a result: the twenty in their order, then any other, by name. */
export function itemIds(r: FileResult): string[] {
  const known: readonly string[] = ITEM_IDS;
  return [...known.filter((id) => r.items[id]), ...Object.keys(r.items).filter((id) => !known.includes(id)).sort()];
}

export function itemLabel(id: string, say: Say): string {
  return isWordId(id) ? say(id) : id;
}

export function languageName(lang: string, say: Say): string {
  return isWordId(lang) ? `${say(lang)} (${lang})` : lang;
}

/** How many items have each status. */
export function statusCounts(r: FileResult): Record<ItemStatus, number> {
  const counts: Record<ItemStatus, number> = { present: 0, vague: 0, missing: 0, 'not-applicable': 0 };
  for (const id of itemIds(r)) counts[r.items[id].status]++;
  return counts;
}

/** A finding that points at nothing in particular: the whole notice (offset 0, empty). */
const isWholeNotice = (m: LintMessage) => m.line === 1 && m.column === 1 && m.endLine === 1 && m.endColumn === 1;

/** The lines of a text as the report's positions count them (model/positions.ts: CRLF, CR and LF each end a line). */
export function splitLines(source: string): string[] {
  const index = new LineIndex(source);
  const lines: string[] = [];
  for (let line = 1; line <= index.lineCount; line++) lines.push(source.slice(index.lineStart(line), index.lineEnd(line, source)));
  return lines;
}

interface Piece {
  k: number;
  start: number;
  end: number;
  first: boolean;
}

/**
 * Where one finding is on a document's (DOCX, PDF) or a text's line, in words:
 * "line 12:3", "paragraph 14", "page 2, line 7".
 */
function placeOf(m: LintMessage, say: Say): string {
  if (m.location?.paragraph !== undefined) return say('paragraph', { n: m.location.paragraph });
  if (m.location?.page !== undefined) return say('pageLine', { page: m.location.page, n: m.line });
  return `${say('line', { n: m.line })}:${m.column}`;
}

export interface NoticeOptions {
  /** Prefix of every id in the notice's part, unique in the document ("n3"). */
  id: string;
  say: Say;
  /** The language of `say` when it is not the page's (`--locale auto` in a report of several languages). */
  lang?: string;
}

/** The notice's part: an <article> with everything about it. */
export function noticeArticle(r: FileResult, { id, say, lang }: NoticeOptions): string {
  const title = noticeTitle(r);
  let out = `<article class="notice" id="${id}"${lang ? ` lang="${lang}"` : ''} aria-labelledby="${id}-h">\n<h2 id="${id}-h">${h(title)}</h2>\n`;
  out += `<dl class="facts"><dt>${h(say('file'))}</dt><dd><code>${h(r.filePath)}</code></dd>`;
  if (r.fetched) out += `<dt>${h(say('fetchedFrom'))}</dt><dd><code>${h(r.fetched.finalUrl)}</code>, ${h(r.fetched.date)}</dd>`;
  if (r.fatal) return `${out}<dt>${h(say('notLinted'))}</dt><dd>${h(fatalText(r))}</dd></dl>\n</article>\n`;
  out += `<dt>${h(say('language'))}</dt><dd>${h(languageName(r.language, say))}</dd>`;
  out += `<dt>${h(say('date'))}</dt><dd>${r.text?.date ? `<time datetime="${h(r.text.date)}">${h(r.text.date)}</time>` : h(say('noDate'))}</dd>`;
  out += `<dt>${h(say('format'))}</dt><dd>${h(r.format)}${r.encoding ? `, ${h(r.encoding)}` : ''}</dd>`;
  out += `<dt>${h(say('findings'))}</dt><dd>${h(say('counts', { errors: r.errorCount, warnings: r.warningCount, info: r.infoCount }))}</dd></dl>\n`;

  const source = r.text?.source;
  const lines = source !== undefined ? splitLines(source) : null;
  // Findings numbered from 1 in the result's order (by place).
  const messages = r.messages;
  out += checklist(r, id, say, lines !== null);
  out += bySeverity(messages, id, say);
  out += `<section aria-labelledby="${id}-t"><h3 id="${id}-t">${h(say('text'))}</h3>\n`;
  const whole = messages.map((m, k) => ({ m, k })).filter(({ m }) => lines === null || isWholeNotice(m));
  if (lines === null) out += `<p>${h(say(r.format === 'docx' || r.format === 'pdf' ? 'textNone' : 'textNotKept'))}</p>\n`;
  if (whole.length > 0) {
    if (lines !== null) out += `<h4>${h(say('wholeNotice'))}</h4>\n`;
    out += `<div class="ns">${whole.map(({ m, k }) => note(m, k, id, say, false)).join('')}</div>\n`;
  }
  if (lines !== null) out += textRows(lines, messages, id, say, r.language);
  return `${out}</section>\n</article>\n`;
}

/** The twenty items as a table: status in words (and a symbol), evidence linked to its line. */
function checklist(r: FileResult, id: string, say: Say, linked: boolean): string {
  const ids = itemIds(r);
  let out = `<section aria-labelledby="${id}-i"><h3 id="${id}-i">${h(say('items'))}</h3>\n`;
  if (ids.length === 0) return `${out}<p>${h(say('itemsNone'))}</p>\n</section>\n`;
  const c = statusCounts(r);
  out += `<p class="counts" data-present="${c.present}" data-vague="${c.vague}" data-missing="${c.missing}" data-not-applicable="${c['not-applicable']}">${h(say('countsItems', { present: c.present, vague: c.vague, missing: c.missing, na: c['not-applicable'] }))}</p>\n`;
  // A missing or vague item's finding, to link to.
  const findingOf = new Map<string, number>();
  r.messages.forEach((m, k) => {
    if (m.ruleId.startsWith('missing-') && !findingOf.has(m.ruleId.slice(8))) findingOf.set(m.ruleId.slice(8), k);
  });
  out += `<table class="checklist"><thead><tr><th scope="col">${h(say('item'))}</th><th scope="col">${h(say('status'))}</th><th scope="col">${h(say('evidence'))}</th></tr></thead><tbody>\n`;
  for (const item of ids) {
    const { status, line, page } = r.items[item];
    const known = STATUSES.includes(status);
    let evidence = '';
    if (line !== undefined) {
      const where = r.format === 'docx' ? say('paragraph', { n: line }) : page !== undefined ? say('pageLine', { page, n: line }) : say('line', { n: line });
      evidence = linked ? `<a href="#${id}-L${line}">${h(where)}</a>` : h(where);
    }
    const k = findingOf.get(item);
    if (k !== undefined) evidence += `${evidence ? '; ' : ''}<a href="#${id}-n${k + 1}">${h(say('seeFinding', { n: k + 1 }))}</a>`;
    out += `<tr data-item="${h(item)}" data-status="${h(status)}"><th scope="row">${h(itemLabel(item, say))}</th>`;
    out += `<td><span class="st st-${known ? status : 'x'}"><span aria-hidden="true">${known ? STATUS_SYMBOL[status] : ''}</span> ${h(known ? say(status) : status)}</span></td>`;
    out += `<td>${evidence || h(say('noEvidence'))}</td></tr>\n`;
  }
  return `${out}</tbody></table>\n</section>\n`;
}

/** The findings grouped by severity, each linked to its note beside the text. */
function bySeverity(messages: readonly LintMessage[], id: string, say: Say): string {
  let out = `<section aria-labelledby="${id}-d"><h3 id="${id}-d">${h(say('defects'))}</h3>\n`;
  if (messages.length === 0) return `${out}<p>${h(say('noFindings'))}</p>\n</section>\n`;
  const groups = [['error', 'errors'], ['warning', 'warnings'], ['info', 'infos']] as const;
  for (const [severity, heading] of groups) {
    const these = messages.map((m, k) => ({ m, k })).filter(({ m }) => m.severity === severity);
    if (these.length === 0) continue;
    out += `<h4 id="${id}-d${SEVERITY_CLASS[severity]}">${h(say(heading))} (${these.length})</h4>\n<ol class="fl">\n`;
    for (const { m, k } of these) {
      out += `<li data-rule="${h(m.ruleId)}"><a href="#${id}-n${k + 1}">${h(say('finding', { n: k + 1 }))}</a>, ${h(placeOf(m, say))}: <code>${h(m.ruleId)}</code>: ${h(m.localizedMessage ?? m.message)}</li>\n`;
    }
    out += '</ol>\n';
  }
  return `${out}</section>\n`;
}

/**
 * A finding's note: its number (linked to its pin in the text when it has one), severity,
 * rule, place, message, legal source, fix.
 */
function note(m: LintMessage, k: number, id: string, say: Say, pinned: boolean): string {
  const n = k + 1;
  const cls = SEVERITY_CLASS[m.severity];
  const pin = pinned ? `<a class="pin ${cls}" href="#${id}-m${n}" aria-label="${h(say('inText'))}">${n}</a>` : `<span class="pin ${cls}">${n}</span>`;
  // A note, not an <aside>: a notice with hundreds of findings would flood a screen reader's list of landmarks.
  let out = `<div class="note ${cls}" role="note" id="${id}-n${n}" data-rule="${h(m.ruleId)}" data-severity="${m.severity}" aria-label="${h(say('finding', { n }))}">`;
  out += `<p>${pin} <span class="sev ${cls}">${h(say(m.severity))}</span> <a href="${h(m.url)}">${h(m.ruleId)}</a> · ${h(placeOf(m, say))}</p>`;
  out += `<p class="msg">${h(m.localizedMessage ?? m.message)}${m.location ? ` <span class="mono">“${h(m.location.excerpt)}”</span>` : ''}</p>`;
  if (m.reference) out += `<p class="ref"><b>${h(say('legalSource'))}:</b> ${h(m.reference)}</p>`;
  const suggestion = m.localizedSuggestion ?? m.suggestion;
  if (suggestion) out += `<p class="fix"><b>${h(say('suggestedFix'))}:</b> ${h(suggestion)}</p>`;
  return `${out}</div>`;
}

/**
 * The text, one row per line (id `<id>-L<n>`), each finding's span marked (<mark>, in the
 * colour of the most severe finding over it), a numbered pin where it starts linking to its
 * note, which stands beside the line where the finding starts. Linear in the text's length
 * plus the findings' lines.
 */
function textRows(lines: readonly string[], messages: readonly LintMessage[], id: string, say: Say, language: string): string {
  const pieces = new Map<number, Piece[]>();
  const notes = new Map<number, number[]>();
  const last = lines.length;
  messages.forEach((m, k) => {
    if (isWholeNotice(m)) return;
    const first = Math.min(Math.max(m.line, 1), last);
    const end = Math.min(Math.max(m.endLine, first), last);
    for (let L = first; L <= end; L++) {
      const len = lines[L - 1].length;
      const s = L === first ? Math.min(Math.max(m.column - 1, 0), len) : 0;
      const e = L === end ? Math.min(Math.max(m.endColumn - 1, s), len) : len;
      const list = pieces.get(L) ?? [];
      list.push({ k, start: s, end: e, first: L === first });
      pieces.set(L, list);
    }
    const list = notes.get(first) ?? [];
    list.push(k);
    notes.set(first, list);
  });
  const lang = language === 'fi' || language === 'sv' || language === 'en' ? ` lang="${language}"` : '';
  let out = `<div class="text"${lang}>\n`;
  for (let L = 1; L <= last; L++) {
    const line = lines[L - 1];
    const here = pieces.get(L);
    const text = here ? marked(line, here, messages, id, say) : h(line);
    out += `<div class="r" id="${id}-L${L}"><span class="ln">${L}</span><div class="s">${text}</div>`;
    const ks = notes.get(L);
    if (ks) out += `<div class="ns">${ks.map((k) => note(messages[k], k, id, say, true)).join('')}</div>`;
    out += '</div>\n';
  }
  return `${out}</div>\n`;
}

/** One line with its findings' spans marked and their pins placed. */
function marked(line: string, here: readonly Piece[], messages: readonly LintMessage[], id: string, say: Say): string {
  const cuts = new Set<number>([0, line.length]);
  for (const p of here) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    for (const p of here) {
      if (p.first && p.start === at) {
        const m = messages[p.k];
        out += `<a class="pin ${SEVERITY_CLASS[m.severity]}" id="${id}-m${p.k + 1}" href="#${id}-n${p.k + 1}" aria-label="${h(say('finding', { n: p.k + 1 }))}">${p.k + 1}</a>`;
      }
    }
    if (i === points.length - 1) break;
    const next = points[i + 1];
    const over = here.filter((p) => p.start <= at && p.end >= next);
    const segment = h(line.slice(at, next));
    if (over.length === 0) {
      out += segment;
      continue;
    }
    const worst = over.reduce((a, p) => Math.min(a, SEVERITY_RANK[messages[p.k].severity]), 2);
    out += `<mark class="${['e', 'w', 'i'][worst]}">${segment}</mark>`;
  }
  return out;
}
