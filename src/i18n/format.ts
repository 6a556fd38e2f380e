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
export type MessageData = { [name: string]: string | number | MessageRef };

/** A message by its id among its rule's messages, and the values of its placeholders. */
export interface MessageRef {
  messageId: string;
  data?: MessageData;
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

/**
 * The template with each placeholder replaced by its value, in one pass (a value is never read
 * as a template); a value that is a message is filled by `nested`.
 */
export function fillTemplate(template: string, data: MessageData | undefined, nested: (ref: MessageRef) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = data?.[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? nested(v) : String(v);
  });
}
