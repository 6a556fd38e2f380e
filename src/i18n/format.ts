/**
 * Message templates: text with `{name}` placeholders filled from a finding's data. The kernel
 * fills a rule's English template when it stamps a report; the catalogues under `messages/`
 * hold the same templates in Finnish and Swedish, with the same placeholders.
 */

/**
 * A finding's data: the values its message template's placeholders take. A value may itself be
 * another message of the same rule (a clause that some findings have and others not), so that a
 * translation translates it too.
 */
export type MessageData = { [name: string]: MessageValue };

/**
 * A placeholder's value: text and numbers as they are; a message of the same rule; a term of the
 * catalogues (`terms`: a country's name, a legal note), written in the reader's language; or a
 * list of names or terms, joined as the reader's language joins them ("A, B and C", "A, B ja C").
 */
export type MessageValue = string | number | MessageRef | TermRef | ListRef;

/** A word of the catalogues' `terms` (`country-russia`), in the language the message is read in. */
export interface TermRef {
  term: string;
}

/**
 * Names or terms joined as a list ("Google Analytics, Mailchimp and Russia"); `open`: the first
 * of more, with no conjunction ("Google Analytics, Mailchimp, Russia, ...").
 */
export interface ListRef {
  list: (string | MessageRef | TermRef)[];
  open?: boolean;
}

/** A message by its id among its rule's messages, and the values of its placeholders. */
export interface MessageRef {
  messageId: string;
  data?: MessageData;
  /** A message of another rule than the one whose message holds it (a finding the comparison of language versions quotes). */
  ruleId?: string;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/gu;

/** Each template's placeholders, read once: templates are a fixed set (the rules' and the catalogues'). */
const placeholdersOf = new Map<string, readonly string[]>();

/** The placeholder names of a template, sorted, each once. */
export function placeholders(template: string): string[] {
  let names = placeholdersOf.get(template);
  if (!names) {
    names = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
    placeholdersOf.set(template, names);
  }
  return [...names];
}

/**
 * Why `data` does not fit `template` (a placeholder without a value, or a value no placeholder
 * takes), or undefined when it fits.
 */
export function dataMismatch(template: string, data: MessageData | undefined): string | undefined {
  const wanted = placeholders(template);
  const given = Object.keys(data ?? {}).sort();
  const missing = wanted.filter((p) => !given.includes(p));
  const extra = given.filter((p) => !wanted.includes(p));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return [missing.length ? `no value for ${missing.map((p) => `{${p}}`).join(', ')}` : '', extra.length ? `no placeholder for ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** How a template's values are written in one language: its nested messages and its terms. */
export interface Wording {
  /** 'en', 'fi' or 'sv': how lists are joined. */
  locale: string;
  message(ref: MessageRef): string;
  term(id: string): string;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Names joined as the language joins a list: "A, B and C", "A, B ja C", "A, B och C". */
export function joinList(items: readonly string[], locale: string): string {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f.format(items);
}

/** A value as text in the wording's language. */
export function valueText(v: MessageValue, wording: Wording): string {
  if (typeof v !== 'object') return String(v);
  if ('messageId' in v) return wording.message(v);
  if ('term' in v) return wording.term(v.term);
  const items = v.list.map((x) => valueText(x, wording));
  return v.open ? `${items.join(', ')}, ...` : joinList(items, wording.locale);
}

/**
 * The template with each placeholder replaced by its value, in one pass (a value is never read
 * as a template); messages, terms and lists are written by `wording`.
 */
export function fillTemplate(template: string, data: MessageData | undefined, wording: Wording): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = data?.[name];
    if (v === undefined) return whole;
    return valueText(v, wording);
  });
}
