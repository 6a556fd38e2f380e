import { isFurniture } from '../analysis/furniture.js';
import { dummyNumberKind, mayHoldDummyNumber, NUMBER_RUN, PLACEHOLDER_ADDRESS } from '../analysis/placeholders.js';
import { templateNoteIn } from '../analysis/template-notes.js';
import { commonPhrases, datePhrases, LANGS } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { splitLines } from '../parse/parse-text.js';
import { caseless, escapePhrase, escapeRegExp, phrasePattern } from '../matching/patterns.js';
import type { Rule } from './types.js';

const placeholderWords = LANGS.flatMap((l) => commonPhrases[l].placeholderWords);
const BRACKET_WORDS = new Set(LANGS.flatMap((l) => commonPhrases[l].bracketWords));
/**
 * A choice left in brackets in running text ("sekä uutiskirjeet että [tarjoukset]"): one
 * to three lower-case words in square brackets, not a link's text, not "[at]" or "[sic]".
 */
const BRACKETED_CHOICE = /(?<![\]\p{L}\p{N}])\[(\p{Ll}[\p{L}-]{2,40}(?: \p{Ll}[\p{L}-]{1,40}){0,2})\](?![(\[:])/gu;
/**
 * A field's value left in brackets: the bracket is all that follows a label's colon, on its line or
 * the next ("Controller: [See Imprint]", "Yhteyshenkilö:\n[Nimi tähän]"). Capitalised words of
 * letters only: the text of a link whose target was lost, or a template's field, where the
 * name or address should stand. Not a link (a link's target follows it, or its definition).
 */
const BRACKETED_VALUE = /(?:^|:)[ \t]*(\[\p{Lu}[\p{L}-]{1,30}(?: [\p{L}-]{1,30}){0,3}\])[ \t]*$/u;
/**
 * A work marker left in: "TODO", "TODO:", "FIXME", "TBD" (capitals: a word of its own). Joined
 * by a hyphen to a word ("TODO-App", "Fix-Lista", "app-TODO") it is part of a name, not a note.
 */
const WORK_MARKER = /(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)(?:TODO|FIXME|FIX|TBD)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/** Cloudflare's e-mail obfuscation: the address itself is gone from the text. */
const PROTECTED_EMAIL = /\[email(?:\u00a0|\s)protected\]/giu;
const words = placeholderWords.map(escapePhrase).join('|');
/** A drafter's verb before the field's word, "[Insert your email]" (lexicon common.placeholderLeads), longest first. */
const leads = LANGS.flatMap((l) => commonPhrases[l].placeholderLeads).sort((a, b) => b.length - a.length);
const lead = `(?:(?:${leads.map(escapePhrase).join('|')})\\s)?`;
/**
 * A template field left unfilled: "[yrityksen nimi]", "(s-postiosoite)", "<company name>",
 * "{date}", "{{date}}". The brackets must pair (checked in code: the word list written once
 * instead of once per bracket kind compiles four times faster).
 */
const PLACEHOLDER_FIELD = caseless(`(?:\\[|\\(|\\{\\{?|<)\\s?${lead}(?:${words})\\s?(?:\\]|\\)|\\}\\}?|>)`, 'gu');
const CLOSING: Record<string, string> = { '[': ']', '(': ')', '{': '}', '<': '>' };
const PLACEHOLDER_FIELD_WHOLE = caseless(`^\\[\\s?${lead}(?:${words})\\s?\\]$`, 'u');
const isPlaceholderField = (text: string): boolean => PLACEHOLDER_FIELD_WHOLE.test(text);
/**
 * A template field in capitals: two or more words of capitals in square brackets, apart by a
 * space or a slash ("[APP NAME]", "[EMAIL/PHONE NUMBER]", "[YRITYKSEN NIMI]"), not a link's text.
 * One capital word ("[EU]", "[PDF]") is an abbreviation, not a field.
 */
const CAPITALS_FIELD = /(?<![\]\p{L}\p{N}])\[\p{Lu}{2,20}(?:[ /&_-]{1,3}\p{Lu}{2,20}){1,5}\](?![(\[:])/gu;
/**
 * A link to the writer's own computer, "http://localhost:1313/contact/", "http://127.0.0.1:8000":
 * the page was written against a local preview server, and readers cannot open the link. In an
 * HTML page only a link's target counts (a script may name its development server).
 */
const LOCAL_ADDRESS = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?![\p{L}\p{N}.-])(?::\d{1,5})?[^\s"'<>()[\]]{0,80}/giu;
const HREF_BEFORE = /\bhref\s*=\s*["']?$/iu;
/** A bracket whose content opens with a link, in the source: "[<a href=...>ref</a>]", "[[ref](...)]". */
const LINK_IN_BRACKETS = /^\[\s*(?:<a\s|\[)/iu;
/** A <button>'s opening tag right before a place in the source. */
const BUTTON_BEFORE = /<button\b[^<>]*>\s*$/iu;
/** Whether the text at `start` of an HTML source is a button's label. */
function isButtonLabel(source: string, start: number): boolean {
  return BUTTON_BEFORE.test(source.slice(Math.max(0, start - 300), start));
}
const PROTECTED_EMAIL_WHOLE = /^\[email(?:\u00a0|\s)protected\]$/iu;
const paired = (field: string): boolean => CLOSING[field[0]] === field[field.length - 1];
/**
 * A word in round brackets right after a name says what the named thing is: "Google/Gmail
 * (sähköposti)", "Mailchimp (e-mail)", "Teams (telefon)". The name is a capitalised word that
 * is not the first of its sentence, one written as a product is ("Google/Gmail", "WhatsApp"), or
 * one first in its sentence or list item that is not a field's label. A field stands alone, or
 * after a label ("Yhteyshenkilö (nimi)") or an ordinary word ("sähköpostitse (s-postiosoite)").
 */
const FIELD_LABELS = new Set(placeholderWords.map((w) => w.toLowerCase()));
const NAME_BEFORE = /(?:^|(?<=\s))(\p{Lu}[\p{L}\p{N}&./+-]*)\s?$/u;
function isGloss(text: string, at: number): boolean {
  if (text[at] !== '(') return false;
  const before = text.slice(Math.max(0, at - 60), at);
  const name = NAME_BEFORE.exec(before)?.[1];
  if (!name) return false;
  if (/[/\p{N}&+]|\p{Ll}\p{Lu}/u.test(name)) return true;
  const rest = before.slice(0, before.length - name.length - (before.endsWith(' ') ? 1 : 0)).trimEnd();
  if (rest !== '' && !/[.!?:]$/u.test(rest)) return true;
  // First in its sentence or list item: a name unless it is a field's label ("Yhteyshenkilö (nimi)").
  return !FIELD_LABELS.has(name.toLowerCase());
}
/**
 * A name set in bold right before the brackets, in the source: "**Din optiker** (personuppgiftsansvarig)",
 * "<strong>Example Ltd</strong> (controller)". The bold text is the filled-in value and the word
 * in brackets its role; a bold field label before them ("**Yhteyshenkilö** (nimi)") still leaves the field unfilled.
 */
const BOLD_BEFORE = /(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)\s?$|<(strong|b)\b[^<>]{0,100}>([^<>\n]{1,60})<\/\2>\s?$/iu;
function isBoldNameBefore(source: string, at: number): boolean {
  const m = BOLD_BEFORE.exec(source.slice(Math.max(0, at - 200), at));
  const name = (m?.[1] ?? m?.[3] ?? '').trim().replace(/[:.]$/u, '').trim();
  return name !== '' && /^\p{Lu}/u.test(name) && !FIELD_LABELS.has(name.toLowerCase());
}
/**
 * Filler that no finished text contains: "XXX", "xx.xx.20xx" (case matters for XXX), and the
 * first day of 1970, the date a program shows for a date never set ("version 01.01.1970").
 */
const PLACEHOLDER_FILLER = /(?<![\p{L}\p{N}])(?:XXX+|xx\.xx\.(?:20)?xx|0?1\.0?1\.1970|1970-01-01|01\/01\/1970)(?![\p{L}\p{N}])/gu;
/**
 * "XXX" joined by hyphens to a code's own letters, "ABCD-XXX-XXX", shows the form of a number
 * (each X a character of it), not a field left unfilled. A two-letter country code does not
 * count ("FI-XXXXXXXX" is an unfilled VAT number), nor a run of X's alone ("XXXXXXX-X").
 */
function isNumberMask(text: string, at: number, end: number): boolean {
  let a = at;
  let b = end;
  // A code is short: 40 characters on either side at most (bounded work per match).
  while (a > 0 && at - a < 40 && /[\p{L}\p{N}-]/u.test(text[a - 1])) a--;
  while (b < text.length && b - end < 40 && /[\p{L}\p{N}-]/u.test(text[b])) b++;
  const parts = text.slice(a, b).split('-');
  return parts.length >= 2 && parts.some((p) => /^\p{Lu}{3,}$/u.test(p) && !/^X+$/u.test(p));
}
/** Sample text of a template: "Lorem ipsum", "Matti Meikäläinen", "pp.kk.vvvv" (lexicon: sampleText). */
const SAMPLE_TEXT = phrasePattern(LANGS.flatMap((l) => commonPhrases[l].sampleText), 'giu');
/**
 * Encoded text in the visible text: a run of 40 or more characters with no space, at least
 * three percent-escapes ("%3C", "%22") and no slash, so no web address: the output of a page's
 * obfuscation script, or a string of its code, that the reader sees as garbage.
 */
const LONG_RUN = /(?<!\S)\S{40,}/gu;
const PERCENT_ESCAPE = /%[0-9A-F]{2}/gu;
const isEncoded = (run: string): boolean => !run.includes('/') && (run.match(PERCENT_ESCAPE)?.length ?? 0) >= 3;
/**
 * Words that introduce an example (lexicon common.exampleLeads, a space allowed after an inner
 * full stop, "e. g."): an address after them illustrates, it is not the controller's.
 */
const exampleLeads = LANGS.flatMap((l) => commonPhrases[l].exampleLeads).map((w) => escapeRegExp(w).replace(/\\\.(?=.)/gu, '\\.\\s?'));
const EXAMPLE_BEFORE = new RegExp(`(?:${exampleLeads.join('|')})\\s*[("'\`]?\\s*$`, 'iu');
/** A page builder's text where it hid an e-mail address from spam robots (lexicon common.hiddenEmailNotes). */
const HIDDEN_EMAIL_NOTE = phrasePattern(LANGS.flatMap((l) => commonPhrases[l].hiddenEmailNotes), 'giu');
/** A tool's credit line pasted with the text: a machine translator's watermark (lexicon common.toolCredits). */
const TOOL_CREDIT = phrasePattern(LANGS.flatMap((l) => commonPhrases[l].toolCredits), 'giu');
/**
 * A date still in the template's square brackets, "Last updated: [November 2023]",
 * "[1.3.2024]", "[2024-03-01]": filled in, but the field's brackets were left. Not a link's text.
 */
const MONTHS = LANGS.flatMap((l) => datePhrases[l].months.flatMap(([, names]) => names)).map((n) => `${escapePhrase(n.replace(/\*$/u, ''))}\\p{L}*`).join('|');
const BRACKETED_DATE = new RegExp(
  `\\[\\s?(?:(?:\\d{1,2}\\.?\\s)?(?:${MONTHS})\\.?(?:\\s\\d{1,2},?)?\\s\\d{4}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s?\\](?![(\\[:])`,
  'giu',
);
/**
 * A template's name for the organisation never replaced, written as a name mid-sentence:
 * "The Our Company website", "questions about Our Company's policy". Case matters: "our
 * company" in lower case is ordinary prose; a capital after a lower-case word or after "the" is
 * a name. Headings are left out (title case capitalises every word).
 */
const TEMPLATE_NAME = /(?:Our|Your) (?:Company|Business|Organi[sz]ation)(?![\p{L}])(?! [\p{Lu}])/gu;
/** Before the name: a lower-case word or "the" (read in a short slice: bounded work per match). */
const NAME_CONTEXT = /(?:^|[^\p{L}])(?:\p{Ll}+|[Tt]he) $/u;

/**
 * A site builder's shortcode that was never rendered: a name and attributes in square brackets,
 * `[output id="dsb"]`, `[contact-form id=3]` (any quote marks). Not a Markdown link's text
 * (`[text](url)`), which has no `name=value`.
 */
const SHORTCODE = /\[[a-z][\w-]{1,30}(?:\s+[a-z][\w-]{0,30}\s*=\s*(?:"[^"\]\n]{0,80}"|[“”][^“”\]\n]{0,80}[“”]|'[^'\]\n]{0,80}'|[^\s\]"'“”]{1,80}))+\s*\/?\](?!\()/giu;

/**
 * A Markdown link whose target is itself a link's markup, "[Link]([Link](https://...))": a
 * generator's link field filled in twice, so readers see a broken link.
 */
const NESTED_LINK = /\[[^\]\n]{1,60}\]\(\[[^\]\n]{1,60}\]\([^)\s]{1,300}\)\)/gu;

/**
 * A style sheet rule shown as text, ".back-link:hover { gap: 0.75rem; }": a selector, then a
 * property and its value in braces. The page's CSS was pasted into the text (a botched merge of
 * a page's source), and readers see it. Placeholders in braces ("{date}") have no "name: value;".
 */
const STYLE_RULE = /(?<![\p{L}\p{N}_-])[.#]?\p{Ll}[\p{Ll}\p{N}_-]{0,40}(?:::?\p{Ll}[\p{Ll}-]{1,20})?\s?\{\s?[a-z-]{2,40}\s?:\s?[^;{}\n]{1,80};\s?(?:[a-z-]{2,40}\s?:\s?[^;{}\n]{1,80};?\s?){0,10}\}/gu;

/**
 * A field's label with the field's own name as its value, "Telephone: Telephone number",
 * "Puhelin: puhelinnumero", "E-post: e-postadress": a form's sample left unfilled. The label
 * and the value are both field words (lexicon common.placeholderWords), and the value starts
 * with the label; the line says nothing else.
 */
const FIELD_LINE = /^\s*(\p{L}[\p{L} .-]{0,30}?)\s?:\s?(\p{L}[\p{L} .-]{0,40}?)\s*$/u;
function isFieldNamedAsValue(line: string): boolean {
  const m = FIELD_LINE.exec(line);
  if (!m) return false;
  const label = m[1].toLowerCase();
  const value = m[2].toLowerCase();
  return FIELD_LABELS.has(label) && FIELD_LABELS.has(value) && value.startsWith(label);
}

/** Raw HTML tags in plain text (scraped table cells keep `<p>`, `<ul style=...>`). */
const HTML_TAG = caseless('<\\/?(?:p|ul|ol|li|div|span|br|strong|em|b|i|u|a|h[1-6]|table|tr|td|th|tbody|thead|img|font|section|article)(?:\\s[^<>]{0,400})?\\/?>', 'gu');

export const leftoverArtifact: Rule = {
  meta: {
    id: 'leftover-artifact',
    severity: 'warning',
    description: 'Page furniture, hidden e-mail addresses, raw HTML, unfilled template fields, template notes or work markers (TODO) left in the notice.',
    reference: 'GDPR Art. 12(1): information in a concise, transparent, intelligible and easily accessible form',
    languages: ['fi', 'sv', 'en'],
    messages: {
      navigation: '"{text}" is page navigation copied with the notice: remove it.',
      'protected-email': '"{text}" stands where an e-mail address was: the hosting service hid it, so readers cannot see how to contact you. Write the address out in the notice\'s source.',
      'bracketed-choice': '"{text}" in brackets looks like a choice from a template that was left in: keep the words that apply, without brackets, or remove them.',
      'work-marker': '"{text}" is a note to the writer left in the notice: write what it stands for, or remove it.',
      'template-note': '"{text}": the notice still carries the template\'s note to whoever fills it in. Adapt the text and remove the note.',
      'template-field': '"{text}" looks like a template field that was never filled in: replace it with the real information.',
      'dummy-number': '"{text}" is a made-up number (its digits run 1234567), the kind a template fills its fields with: write the real number.',
      'zero-number': '"{text}" is a number of zeros only, the kind a template fills its fields with: write the real number.',
      'local-address': '"{text}" is an address on the writer\'s own computer (a local preview server), left in the notice: readers cannot open it. Link the published page instead.',
      'encoded-text': '"{text}" is encoded text, not words: a page\'s script or its obfuscated data was copied into the notice, and readers see it as garbage. Remove it, or write out what it stands for.',
      'placeholder-address': '"{text}" is an address on a placeholder domain, a template\'s sample: write the real address.',
      'tool-credit': '"{text}" is a tool\'s credit line (a machine translator\'s mark) pasted with the notice: remove it.',
      'bracketed-date': '"{text}": the date still stands in the template\'s brackets. Check the date and remove the brackets.',
      'style-rule': '"{text}" is a style sheet rule shown as text: the page\'s code was copied into the notice. Remove it.',
      'raw-html-one-line': 'Raw HTML tags ({tags}) on 1 line of this plain-text notice, the first here: the markup was copied as text. Remove the tags.',
      'raw-html': 'Raw HTML tags ({tags}) on {lines} lines of this plain-text notice, the first here: the markup was copied as text. Remove the tags.',
    },
  },
  check(notice, context) {
    let namedTemplate = false;
    for (const block of notice.blocks) {
      const text = block.text;
      /** A finding quoting what was found at `i` (`shown`: the quote, when shorter than the match). */
      // One finding per place: "TODO@example.org" is a work marker, not a second finding as a sample address.
      const places = new Set<number>();
      const found = (messageId: string, i: number, matched: string, shown = matched) => {
        if (places.has(i)) return;
        places.add(i);
        context.report({ messageId, data: { text: shown }, span: blockSpan(block, i, i + matched.length) });
      };
      // The block's lines, split once: furniture, fields named as their values and bracketed values are read by line.
      const lines = splitLines(text);
      for (const line of lines) {
        if (line.text === '' || !isFurniture(line.text)) continue;
        // In a web page, a button labelled "Return to top" or "Menu" is the page's own control, as
        // its <nav> is: not text copied into the notice. (Copied into Markdown or text, it is.)
        // (An accordion's button over its panel is read as a heading: its words are the notice's.)
        if (notice.format === 'html' && block.kind !== 'heading' && isButtonLabel(notice.source, blockSpan(block, line.start + line.text.search(/\S/u), line.start + line.text.length).start)) continue;
        found('navigation', line.start, line.text, line.text.trim());
      }
      for (const line of text.includes(':') ? lines : []) {
        if (isFieldNamedAsValue(line.text)) found('template-field', line.start + line.text.search(/\S/u), line.text.trim());
      }
      for (const m of text.includes('{') ? text.matchAll(STYLE_RULE) : []) found('style-rule', m.index ?? 0, m[0], m[0].length <= 40 ? m[0] : `${m[0].slice(0, 37)}...`);
      for (const m of text.matchAll(PROTECTED_EMAIL)) found('protected-email', m.index ?? 0, m[0]);
      // One finding per hidden address: its note's second sentence ("You need JavaScript enabled to view it") adds none.
      let noteEnd = -1;
      for (const m of text.matchAll(HIDDEN_EMAIL_NOTE)) {
        if ((m.index ?? 0) > noteEnd) found('protected-email', m.index ?? 0, m[0]);
        noteEnd = (m.index ?? 0) + m[0].length + 20;
      }
      for (const m of text.matchAll(TOOL_CREDIT)) found('tool-credit', m.index ?? 0, m[0]);
      for (const m of text.includes('.') ? text.matchAll(PLACEHOLDER_ADDRESS) : []) {
        if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) continue;
        found('placeholder-address', m.index ?? 0, m[0]);
      }
      for (const m of text.includes('[') ? text.matchAll(BRACKETED_DATE) : []) found('bracketed-date', m.index ?? 0, m[0]);
      // The template's name stands wherever the organisation is named: said once, for its first place.
      if (!namedTemplate && block.kind !== 'heading') {
        const m = text.includes('Our ') || text.includes('Your ')
          ? [...text.matchAll(TEMPLATE_NAME)].find((x) => NAME_CONTEXT.test(text.slice(Math.max(0, x.index - 30), x.index)))
          : undefined;
        if (m) {
          namedTemplate = true;
          found('template-field', m.index, m[0]);
        }
      }
      for (const m of text.includes('[') ? text.matchAll(BRACKETED_CHOICE) : []) {
        // "[email protected]" and "[yrityksen nimi]" get their own, more telling findings below.
        if (BRACKET_WORDS.has(m[1].toLowerCase()) || PROTECTED_EMAIL_WHOLE.test(m[0]) || isPlaceholderField(m[0])) continue;
        // "[<a href=...>ref</a>]", "[[source](https://...)]": a link in brackets is a reference, not a choice.
        const at = blockSpan(block, m.index ?? 0, (m.index ?? 0) + 1).start;
        if (notice.format !== 'text' && LINK_IN_BRACKETS.test(notice.source.slice(at, at + 12))) continue;
        found('bracketed-choice', m.index ?? 0, m[0]);
      }
      // A value left in brackets after a label's colon: in Markdown or plain text, where no link hides behind it.
      for (const [k, line] of notice.format !== 'html' && text.includes('[') ? lines.entries() : []) {
        const prev = k > 0 ? lines[k - 1].text : '';
        const m = BRACKETED_VALUE.exec(line.text);
        if (!m || !(/:\s*\[/u.test(line.text) || (/^\s*\[/u.test(line.text) && /:\s*$/u.test(prev)))) continue;
        const i = line.start + line.text.lastIndexOf(m[1]);
        if (BRACKET_WORDS.has(m[1].slice(1, -1).toLowerCase()) || isPlaceholderField(m[1]) || PROTECTED_EMAIL_WHOLE.test(m[1])) continue;
        const at = blockSpan(block, i, i + m[1].length);
        if (notice.format === 'markdown' && (/^[([:]/u.test(notice.source.slice(at.end, at.end + 1)) || notice.source.includes(`${m[1]}:`))) continue;
        found('template-field', i, m[1]);
      }
      for (const m of /TODO|FIX|TBD/u.test(text) ? text.matchAll(WORK_MARKER) : []) found('work-marker', m.index ?? 0, m[0]);
      for (const m of text.includes('=') ? text.matchAll(SHORTCODE) : []) found('template-field', m.index ?? 0, m[0]);
      const note = templateNoteIn(text);
      if (note) found('template-note', note.index, note.text);
      // A made-up number: its digits run 1234567, or seven or more are all zeros ("Y-tunnus 0000000-0", "org.nr 000000-0000").
      for (const m of mayHoldDummyNumber(text) ? text.matchAll(NUMBER_RUN) : []) {
        const kind = dummyNumberKind(m[0]);
        if (kind) found(kind, m.index ?? 0, m[0]);
      }
      for (const m of text.includes('%') ? text.matchAll(LONG_RUN) : []) {
        if (isEncoded(m[0])) found('encoded-text', m.index ?? 0, m[0], m[0].length <= 40 ? m[0] : `${m[0].slice(0, 37)}...`);
      }
      for (const pattern of placeholdersIn(text)) {
        for (const m of text.matchAll(pattern)) {
          if (pattern === PLACEHOLDER_FIELD && (!paired(m[0]) || isGloss(text, m.index ?? 0))) continue;
          if (pattern === PLACEHOLDER_FIELD && notice.format !== 'text' && isBoldNameBefore(notice.source, blockSpan(block, m.index ?? 0, (m.index ?? 0) + 1).start)) continue;
          if (pattern === CAPITALS_FIELD && isPlaceholderField(m[0])) continue; // "[COMPANY NAME]": found once, above
          if (pattern === PLACEHOLDER_FILLER && m[0].startsWith('X') && isNumberMask(text, m.index ?? 0, (m.index ?? 0) + m[0].length)) continue;
          found('template-field', m.index ?? 0, m[0]);
        }
      }
    }
    // A link to a local preview server: in the source, where links' targets are (one finding, the first).
    if (notice.source.includes('://')) {
      for (const m of notice.source.matchAll(LOCAL_ADDRESS)) {
        const start = m.index ?? 0;
        if (notice.format === 'html' && !HREF_BEFORE.test(notice.source.slice(Math.max(0, start - 12), start))) continue;
        context.report({ messageId: 'local-address', data: { text: m[0] }, span: { start, end: start + m[0].length } });
        break;
      }
    }
    if (notice.format === 'markdown' && notice.source.includes('](['))
      for (const m of notice.source.matchAll(NESTED_LINK)) {
        const start = m.index ?? 0;
        context.report({ messageId: 'template-field', data: { text: m[0].length <= 40 ? m[0] : `${m[0].slice(0, 37)}...` }, span: { start, end: start + m[0].length } });
        break;
      }
    if (notice.format !== 'text') return;
    // Raw HTML: one finding for the file, at the first tag, saying how far it goes.
    const tags = [...notice.source.matchAll(HTML_TAG)];
    if (tags.length === 0) return;
    const first = tags[0];
    const start = first.index ?? 0;
    const lineCount = new Set(tags.map((m) => notice.lines.position(m.index ?? 0).line)).size;
    const names = [...new Set(tags.map((m) => `<${/^<\/?([a-z0-9]+)/iu.exec(m[0])![1].toLowerCase()}>`))].slice(0, 5).join(', ');
    context.report({
      ...(lineCount === 1 ? { messageId: 'raw-html-one-line', data: { tags: names } } : { messageId: 'raw-html', data: { tags: names, lines: lineCount } }),
      span: { start, end: start + first[0].length },
    });
  },
};

/**
 * The placeholder patterns that can match in the text: each needs a bracket or a filler's
 * letters (cheap to look for; the patterns try every position, the filler's behind a lookbehind).
 */
function placeholdersIn(text: string): RegExp[] {
  const out: RegExp[] = [];
  if (/[[({<]/u.test(text)) out.push(PLACEHOLDER_FIELD);
  if (text.includes('[')) out.push(CAPITALS_FIELD);
  if (text.includes('XXX') || text.includes('xx.xx.') || text.includes('1970')) out.push(PLACEHOLDER_FILLER);
  out.push(SAMPLE_TEXT);
  return out;
}
