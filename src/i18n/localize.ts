/**
 * Findings in Finnish, Swedish or English (`--locale`, `locale` in the configuration). A
 * finding's `message` stays in English, what fingerprints and dashboards read; the localised
 * text is added beside it (`localizedMessage`, `localizedSuggestion`, each related location's
 * `localizedMessage`), made from the finding's message id and data with the catalogue's
 * template. A message the catalogue lacks falls back to English (test/messages.test.ts lists
 * any such gap and fails on it).
 */
import type { DetectedLang } from '../model/types.js';
import type { LintMessage } from '../report.js';
import type { Catalogue } from './catalogue.js';
import { en } from './catalogues/en.js';
import { fi } from './catalogues/fi.js';
import { sv } from './catalogues/sv.js';
import { fillTemplate, type MessageRef } from './format.js';

export type Locale = 'en' | 'fi' | 'sv';
/** `auto`: each notice's own language (English when it cannot be told). */
export type LocaleSetting = Locale | 'auto';
export const LOCALE_SETTINGS: readonly LocaleSetting[] = ['en', 'fi', 'sv', 'auto'];

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, fi, sv };

/** The locale a notice's findings are written in. */
export function resolveLocale(setting: LocaleSetting, noticeLanguage: DetectedLang): Locale {
  if (setting !== 'auto') return setting;
  return noticeLanguage === 'und' ? 'en' : noticeLanguage;
}

/**
 * A rule's message (and the messages it nests) in the catalogue's language, or undefined when
 * the catalogue lacks one of them.
 */
export function translate(catalogue: Catalogue, ruleId: string, ref: MessageRef): string | undefined {
  const template = catalogue.rules[ruleId]?.messages?.[ref.messageId];
  if (template === undefined) return undefined;
  let complete = true;
  const text = fillTemplate(template, ref.data, {
    locale: catalogue.locale,
    message: (nested) => {
      const t = translate(catalogue, nested.ruleId ?? ruleId, nested);
      if (t === undefined) complete = false;
      return t ?? '';
    },
    term: (id) => {
      const t = catalogue.terms[id];
      if (t === undefined) complete = false;
      return t ?? '';
    },
  });
  return complete ? text : undefined;
}

/** The findings with their text in `locale` added (English is the rules' own text). */
export function localizeMessages(messages: readonly LintMessage[], locale: Locale): LintMessage[] {
  const say = (ruleId: string, english: string, ref: MessageRef | undefined) =>
    locale === 'en' || !ref ? english : (translate(CATALOGUES[locale], ruleId, ref) ?? english);
  return messages.map((m) => {
    const out: LintMessage = { ...m, localizedMessage: say(m.ruleId, m.message, m.messageId ? { messageId: m.messageId, data: m.data } : undefined) };
    if (m.related) {
      out.related = m.related.map((r) => ({ ...r, localizedMessage: say(m.ruleId, r.message, r.messageId ? { messageId: r.messageId, data: r.data } : undefined) }));
    }
    // A suggestion that is the words to write into the notice is in the notice's language already.
    if (m.suggestion !== undefined) out.localizedSuggestion = say(m.ruleId, m.suggestion, m.suggestionId ? { messageId: m.suggestionId, data: m.suggestionData } : undefined);
    return out;
  });
}

/** A rule's title (its one-line description) in `locale`; `english` is the rule's own. */
export function ruleTitle(ruleId: string, english: string, locale: Locale): string {
  return locale === 'en' ? english : (CATALOGUES[locale].rules[ruleId]?.description ?? english);
}

/**
 * One of the report's own words (`report` in the catalogues), filled with `data`; with `count`,
 * the form for that number (`<key>-one` or `<key>-other`). English when the catalogue lacks it.
 */
export function reportWord(key: string, locale: Locale, data: Record<string, string | number> = {}): string {
  const count = data.count;
  const id = typeof count === 'number' ? `${key}-${count === 1 ? 'one' : 'other'}` : key;
  const template = CATALOGUES[locale].report[id] ?? CATALOGUES.en.report[id] ?? id;
  return fillTemplate(template, data, { locale, message: () => '', term: (t) => CATALOGUES[locale].terms[t] ?? CATALOGUES.en.terms[t] ?? t });
}

/** Why a file could not be read, in `locale` (English when the catalogue lacks it). */
export function fileErrorText(locale: Locale, ref: MessageRef): string {
  const template = CATALOGUES[locale].fileErrors[ref.messageId] ?? CATALOGUES.en.fileErrors[ref.messageId];
  if (template === undefined) throw new Error(`no file error "${ref.messageId}" in messages/en.yaml`);
  return fillTemplate(template, ref.data, { locale, message: (n) => fileErrorText(locale, n), term: (t) => CATALOGUES[locale].terms[t] ?? t });
}

/** Whether the catalogues have a term (every catalogue has the English one's terms: test/messages.test.ts). */
export function hasTerm(id: string): boolean {
  return CATALOGUES.en.terms[id] !== undefined;
}

/** A GDPR item's name in `locale` (its id when no catalogue names it). */
export function itemName(itemId: string, locale: Locale): string {
  return CATALOGUES[locale].items[itemId] ?? CATALOGUES.en.items[itemId] ?? itemId;
}
