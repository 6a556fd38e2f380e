/**
 * The linting kernel: runs the enabled rules over one parsed notice and stamps every report
 * with its rule id, severity, reference and docs URL, then runs the contributors registered
 * beside the rules for the rest of the file's result (items, rates). It knows no analysis by
 * name. No I/O; what it derives from a notice is kept with the notice (src/model/derived.ts).
 */
import type { Config, RuleSetting } from './config/types.js';
import { dataMismatch, fillTemplate } from './i18n/format.js';
import { CATALOGUES, type LocaleSetting, localizeMessages, resolveLocale } from './i18n/localize.js';
import { ruleDocsUrl } from './meta.js';
import { keepTextsOf } from './matching/phrase-regexp.js';
import { parseNotice } from './parse/notice.js';
import type { DetectedLang, Directive, Format, Notice, StrayBytes } from './model/types.js';
import type { FileResult, ItemResult, LintMessage, NoticeText } from './report.js';
import { noticeDateIso } from './rules/support/contributors.js';
import { contributors as allContributors, rules as allRules } from './rules/index.js';
import type { Contribution, Contributor, MessageRef, Report, Rule, RuleSettings, Severity, SeveritySetting } from './rules/types.js';

export interface LintSourceOptions {
  filePath: string;
  format: Format;
  /** Overrides language detection. */
  language?: DetectedLang;
  config?: Config;
  /** Reference date (yyyy-mm-dd) for date rules; defaults to today. */
  today?: string;
  encoding?: string;
  /** The encoding was a guess (a legacy single-byte code page). */
  legacyEncoding?: boolean;
  /** UTF-8 but for these bytes (read as Windows-1252). */
  strayBytes?: StrayBytes;
  /**
   * The language of the findings' text besides English (`auto`: the notice's own); overrides
   * the configuration's `locale`. `en` (the default) adds nothing.
   */
  locale?: LocaleSetting;
  /** Rules to run instead of the built-in set (tests). */
  rules?: readonly Rule<any>[];
  /** Contributors to run instead of the built-in set (tests). */
  contributors?: readonly Contributor[];
  /** Keep the notice's text, title and date in the result (`FileResult.text`), for a report that shows it (HTML). */
  keepText?: boolean;
}

function resolveSetting(rule: Rule<any>, setting: RuleSetting | undefined): { severity: SeveritySetting; options: Record<string, unknown> } {
  if (setting === undefined) return { severity: rule.meta.severity, options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { severity: setting[0], options: setting[1] ?? {} };
}

/** Lines on which each rule is silenced by inline comments (null key: every rule). */
export function silencer(directives: Directive[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  return (ruleId, line) => {
    let off = false;
    for (const d of sorted) {
      const applies = d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
      if (!applies) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line + 1 === line) return true;
        continue;
      }
      if (d.line > line) break;
      off = d.kind === 'disable';
    }
    return off;
  };
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A term's English words: a term the English catalogue lacks is a bug in the rule that names it. */
function englishTerm(id: string): string {
  const text = CATALOGUES.en.terms[id];
  if (text === undefined) throw new Error(`no term "${id}" in messages/en.yaml`);
  return text;
}

/**
 * A rule's message filled with its data. A message id the rule does not have, or data that does
 * not fit the template's placeholders, is a bug in the rule: it throws.
 */
export function ruleMessage(rule: Rule<any>, ref: MessageRef): string {
  const template = rule.meta.messages[ref.messageId];
  if (template === undefined) throw new Error(`${rule.meta.id} reported message "${ref.messageId}", which is not among its messages`);
  const wrong = dataMismatch(template, ref.data);
  if (wrong) throw new Error(`${rule.meta.id}, message "${ref.messageId}": ${wrong}`);
  return fillTemplate(template, ref.data, { locale: 'en', message: (nested) => ruleMessage(rule, nested), term: englishTerm });
}

/** The message id and data a finding carries (no `data` when the template has no placeholders). */
const refFields = (ref: MessageRef) => ({ messageId: ref.messageId, ...(ref.data && Object.keys(ref.data).length ? { data: { ...ref.data } } : {}) });

/** A finding without its message ids and data (the report at the default locale). */
function withoutIds(m: LintMessage): LintMessage {
  const { messageId: _id, data: _data, suggestionId: _sid, suggestionData: _sdata, ...rest } = m;
  if (rest.related) rest.related = rest.related.map(({ messageId: _rid, data: _rdata, ...r }) => r);
  return rest;
}

/** Runs the rules over a parsed notice; its findings carry their message ids and data. */
export function lintNotice(notice: Notice, options: Omit<LintSourceOptions, 'filePath' | 'format'> = {}): LintMessage[] {
  const config = options.config ?? {};
  const settings: RuleSettings = { today: options.today ?? todayIso(), dpoAppointed: config.settings?.dpoAppointed };
  const silenced = silencer(notice.directives);
  keepTextsOf(notice.source.length);
  const messages: LintMessage[] = [];
  for (const rule of options.rules ?? allRules) {
    const { severity, options: ruleOptions } = resolveSetting(rule, config.rules?.[rule.meta.id]);
    if (severity === 'off') continue;
    const report = (r: Report) => {
      const start = notice.lines.position(r.span.start);
      const end = notice.lines.position(Math.max(r.span.end, r.span.start));
      if (silenced(rule.meta.id, start.line)) return;
      // A configured severity wins; a rule's own per-finding severity applies at the default.
      const configured = config.rules?.[rule.meta.id] !== undefined;
      const finalSeverity: Severity = configured ? (severity as Severity) : (r.severity ?? (severity as Severity));
      const message: LintMessage = {
        ruleId: rule.meta.id,
        severity: finalSeverity,
        message: ruleMessage(rule, r),
        ...refFields(r),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        url: ruleDocsUrl(rule.meta.id),
      };
      if (rule.meta.reference) message.reference = rule.meta.reference;
      if (r.related?.length) {
        message.related = r.related.map((rel) => {
          const s = notice.lines.position(rel.span.start);
          const e = notice.lines.position(rel.span.end);
          return { message: ruleMessage(rule, rel), ...refFields(rel), line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
        });
      }
      if (r.fix) message.fix = { range: [r.fix.span.start, r.fix.span.end], text: r.fix.text };
      if (typeof r.suggestion === 'string') message.suggestion = r.suggestion;
      else if (r.suggestion) {
        message.suggestion = ruleMessage(rule, r.suggestion);
        const { messageId, data } = refFields(r.suggestion);
        message.suggestionId = messageId;
        if (data) message.suggestionData = data;
      }
      messages.push(message);
    };
    rule.check(notice, { options: ruleOptions, settings, report });
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  return messages;
}

/** What the contributors add to a file's result: the `items` map (always there) and the rates they give. */
export function contributionsOf(notice: Notice, contributors: readonly Contributor[] = allContributors): Contribution & { items: Record<string, ItemResult> } {
  const out: Contribution & { items: Record<string, ItemResult> } = { items: {} };
  for (const contributor of contributors) {
    const { items, ...rates } = contributor.contribute(notice);
    if (items) Object.assign(out.items, items);
    Object.assign(out, rates);
  }
  return out;
}

export function countSeverities(messages: LintMessage[]): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

/** Parses and lints one notice given as text. */
/**
 * What a report that shows the notice needs of it: its text (what the positions count in), its
 * title (the first heading, else what the document calls itself) and its own date.
 */
function noticeText(notice: Notice): NoticeText {
  const title = notice.sections[0]?.title.trim() || notice.titles[0];
  const date = noticeDateIso(notice);
  return { source: notice.source, ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

export function lintSource(source: string, options: LintSourceOptions): { result: FileResult; notice: Notice } {
  keepTextsOf(source.length);
  const notice = parseNotice(source, options.format, {
    language: options.language,
    fileName: options.filePath,
    encoding: options.encoding ? { name: options.encoding, legacy: !!options.legacyEncoding, ...(options.strayBytes ? { stray: options.strayBytes } : {}) } : undefined,
  });
  const english = lintNotice(notice, options);
  const setting = options.locale ?? options.config?.locale ?? 'en';
  const locale = setting === 'en' ? undefined : resolveLocale(setting, notice.language);
  // The default report is what it always was: the ids come with a locale.
  const messages = locale ? localizeMessages(english, locale) : english.map(withoutIds);
  const { items, ...rates } = contributionsOf(notice, options.contributors);
  const result: FileResult = {
    filePath: options.filePath,
    format: options.format,
    language: notice.language,
    ...(locale ? { locale } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    items,
    messages,
    ...countSeverities(messages),
    ...rates,
  };
  if (options.keepText) result.text = noticeText(notice);
  return { result, notice };
}
