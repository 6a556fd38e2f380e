/**
 * Reads two or three language versions of a notice and compares them: the files' results carry
 * the differences as findings (so every reporter shows them), and the report's `parity`
 * section lists them with the line in each version.
 */
import { resolve } from 'node:path';
import { isUrl } from '../input/fetch-url.js';
import { inDocumentTerms, type LintOptions, readDocumentText } from '../api.js';
import { ConfigFinder, loadConfigFile, type LoadedConfig } from '../config/load.js';
import type { Config, RuleSetting } from '../config/types.js';
import { formatOf } from '../input/files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../input/limits.js';
import { readNotice } from '../input/read-notice.js';
import { contributionsOf, countSeverities, silencer } from '../linter.js';
import { ruleDocsUrl } from '../meta.js';
import { loadMarkupParsers } from '../parse/markup.js';
import { parseNotice } from '../parse/notice.js';
import { CATALOGUES, type LocaleSetting, resolveLocale, translate } from '../i18n/localize.js';
import type { FileResult, LintMessage, ParityGroup } from '../report.js';
import type { MessageData, Severity, SeveritySetting } from '../rules/types.js';
import type { DetectedLang } from '../model/types.js';
import { compareVersions, type ParityVersion } from './compare.js';
import { PARITY_RULES } from './meta.js';

const META = new Map(PARITY_RULES.map((r) => [r.id, r]));

function settingOf(setting: RuleSetting | undefined): SeveritySetting | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting[0];
}

/** Findings of one version as LintMessages, with the configured severities (a rule "off" gives none). */
export function parityMessages(group: ParityGroup): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>(group.versions.map((v) => [v.filePath, []]));
  for (const d of group.differences) {
    const meta = META.get(d.ruleId)!;
    out.get(d.filePath)!.push({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      ...(d.messageId ? { messageId: d.messageId, data: d.data, localizedMessage: d.localizedMessage } : {}),
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      ...(d.location ? { location: d.location } : {}),
      ...(meta.reference ? { reference: meta.reference } : {}),
      url: ruleDocsUrl(d.ruleId),
    });
  }
  return out;
}

/**
 * Compares parsed versions into a report group, applying each version's configuration. With a
 * locale other than `en` (`auto`: each version's own language), each difference also carries its
 * message id, data and text in that language, as the per-notice findings do.
 */
export function parityGroup(versions: readonly ParityVersion[], locale: LocaleSetting = 'en'): ParityGroup {
  const silenced = versions.map((v) => silencer(v.notice.directives));
  const differences = compareVersions(versions).flatMap((d) => {
    // <!-- noticelint-disable parity-fact --> in the version the finding is on.
    if (silenced[d.at.version](d.ruleId, d.at.line)) return [];
    const config: Config = versions[d.at.version].config ?? {};
    const configured = settingOf(config.rules?.[d.ruleId]);
    if (configured === 'off') return [];
    const severity: Severity = configured ?? d.severity ?? META.get(d.ruleId)!.severity;
    return [
      {
        ruleId: d.ruleId,
        severity,
        kind: d.kind,
        subject: d.subject,
        message: d.message,
        ...localized(d.ruleId, d.message, { messageId: d.messageId, data: d.data }, locale, versions[d.at.version].notice.language),
        filePath: versions[d.at.version].filePath,
        line: d.at.line,
        column: d.at.column,
        endLine: d.at.endLine,
        endColumn: d.at.endColumn,
        ...(d.at.location ? { location: d.at.location } : {}),
        others: d.others.map((o) => ({ filePath: versions[o.version].filePath, line: o.line, ...(o.location?.page !== undefined ? { page: o.location.page } : {}), ...(o.text !== undefined ? { text: o.text } : {}) })),
      },
    ];
  });
  return { versions: versions.map((v) => ({ filePath: v.filePath, language: v.notice.language })), differences };
}

function localized(ruleId: string, english: string, ref: { messageId: string; data: MessageData }, setting: LocaleSetting, language: DetectedLang) {
  if (setting === 'en') return {};
  const locale = resolveLocale(setting, language);
  return { messageId: ref.messageId, data: ref.data, localizedMessage: locale === 'en' ? english : (translate(CATALOGUES[locale], ruleId, ref) ?? english) };
}

/** Reads the files of one notice's versions; a file that cannot be read gets a fatal result. */
export async function readVersions(files: string[], options: LintOptions): Promise<{ versions: ParityVersion[]; fatal: FileResult[] }> {
  if (files.some((f) => (options.format ?? formatOf(f)) !== 'text')) await loadMarkupParsers();
  const cwd = options.cwd ?? process.cwd();
  const fixed = options.configFile ? loadConfigFile(resolve(cwd, options.configFile), options.configFile) : null;
  // --config's file applies with its overrides, as when linting.
  const finder = new ConfigFinder(cwd, undefined, fixed);
  const versions: ParityVersion[] = [];
  const fatal: FileResult[] = [];
  for (const file of files) {
    const inputFormat = options.format ?? formatOf(file);
    const absolute = resolve(cwd, file);
    const loaded: LoadedConfig | null = options.noConfig || isUrl(file) ? null : finder.find(absolute);
    const config: Config = { ...loaded?.config, ...options.config, rules: { ...loaded?.config.rules, ...options.config?.rules } };
    const maxSize = options.maxFileSize ?? config.settings?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (inputFormat === 'docx' || inputFormat === 'pdf' || isUrl(file)) {
      // A Word document, a PDF or a page: compared as the text it is linted as, its places in the document's terms.
      const doc = await readDocumentText(file, options, maxSize);
      if (!doc.ok) {
        fatal.push({ filePath: file, format: doc.format, language: 'und', items: {}, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatal: { message: doc.message } });
        continue;
      }
      const notice = parseNotice(doc.text, doc.format, { language: options.language, fileName: file });
      versions.push({ filePath: file, notice, config, today: options.today, ...(doc.placer ? { placer: doc.placer } : {}), ...(doc.documentFormat ? { documentFormat: doc.documentFormat } : {}) });
      continue;
    }
    const format = inputFormat;
    const input = readNotice(file, { absolute, format, maxSize, encoding: options.encoding });
    if (!input.ok) {
      fatal.push({ filePath: file, format, language: 'und', items: {}, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatal: { message: input.message } });
      continue;
    }
    const notice = parseNotice(input.text, format, { language: options.language, fileName: file });
    versions.push({ filePath: file, notice, config, today: options.today });
  }
  return { versions, fatal };
}

/**
 * `noticelint parity A B [C]`: each version's result holds only the differences (the files are
 * not linted otherwise), then the comparison as a report group.
 */
export async function runParity(files: string[], options: LintOptions): Promise<{ results: FileResult[]; group: ParityGroup | null }> {
  const { versions, fatal } = await readVersions(files, options);
  if (versions.length < 2) return { results: [...versions.map((v) => emptyResult(v)), ...fatal], group: null };
  const group = parityGroup(versions, options.locale);
  const messages = parityMessages(group);
  const results = versions.map((v) => {
    const m = messages.get(v.filePath) ?? [];
    return { ...emptyResult(v), messages: m, ...countSeverities(m) };
  });
  return { results: [...results, ...fatal], group };
}

/** A version's result without findings: its language and items (in a document's terms for a DOCX or PDF). */
function emptyResult(v: ParityVersion): FileResult {
  const result: FileResult = { filePath: v.filePath, format: v.notice.format, language: v.notice.language, items: contributionsOf(v.notice).items, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 };
  return v.placer && v.documentFormat ? inDocumentTerms(result, v.placer, v.documentFormat) : result;
}
