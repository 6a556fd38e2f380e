import { isDateLine } from '../analysis/dates.js';
import { templateNoteIn } from '../analysis/template-notes.js';
import { headingTopics } from '../items/view.js';
import { vocabulary } from '../items/vocab.js';
import { noticeLanguages } from '../model/notice-languages.js';
import { isTemplateMarkup } from '../parse/template-markup.js';
import type { Block, HeadingKind, Notice } from '../model/types.js';
import type { Rule } from './types.js';

/**
 * Heading kinds whose end is certain. A short-line heading in plain text is recognised only
 * when text follows it, so it is never empty; a table row or a Markdown heading can be.
 */
const CERTAIN: ReadonlySet<HeadingKind> = new Set(['table-row', 'markup', 'numbered', 'bold-line']);

/** Text a reader sees: not blank, and not only site-generator syntax ("{{ highlight html }}"). */
const says = (b: Block) => b.text.trim() !== '' && !isTemplateMarkup(b.text);

/**
 * An image, a video, a map or a form embedded in or under the heading, or a control the reader
 * uses (a button whose label was read as a heading): the reader sees something there.
 */
const EMBEDDED = /<(?:iframe|img|video|audio|embed|object|form|canvas|svg|button|input|select|textarea)\b|!\[[^\]\n]{0,200}\]\(/iu;

/** Words a line needs to be the notice's text rather than a label over its title ("Integritet", "Privacy", "Etusivu"). */
const TEXT_MIN_WORDS = 4;

/**
 * Where the notice's first text below a heading starts: the headings above it are its title
 * lines. A line of a word or three with no sentence's end (a page's kicker "Integritet" over its
 * title) is no text yet.
 */
function firstText(notice: Notice): number {
  const b = notice.blocks.find((x) => x.kind !== 'heading' && says(x) && (x.text.trim().split(/\s+/u).length >= TEXT_MIN_WORDS || /[.!?:]\s*$/u.test(x.text)));
  return b ? b.span.start : Infinity;
}

/** The heading starts of a notice in order, and where the next one after a position starts (the source's end when none follows). */
function headingStarts(notice: Notice): (from: number) => number {
  const starts = notice.sections.flatMap((s) => (s.titleSpan ? [s.titleSpan.start] : [])).sort((a, b) => a - b);
  return (from) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : notice.source.length;
  };
}

/** Words from which a heading that ends as a sentence ends is read as one. */
const LEAD_MIN_WORDS = 12;
const isLeadSentence = (title: string): boolean => /[.!]\s*$/u.test(title) && title.trim().split(/\s+/u).length >= LEAD_MIN_WORDS;

/**
 * Numbered lines that label the heading right under them: a page that prints each section's
 * number and short name as a line of its own ("01. Rekisterinpitäjä") over the section's
 * heading ("Rekisterinpitäjän tiedot"). The pair is one heading in two lines, so the numbered
 * line is no empty section: only when the heading under it follows at once, is marked up as a
 * heading and has no number of its own ("3. Säilytys" over "4. Oikeudet" is an empty section 3).
 */
function labelledTitles(notice: Notice): Set<Notice['sections'][number]> {
  const ordered = notice.sections.filter((s) => s.titleSpan).sort((a, b) => a.titleSpan!.start - b.titleSpan!.start);
  const out = new Set<Notice['sections'][number]>();
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [label, title] = [ordered[i], ordered[i + 1]];
    if (label.headingKind !== 'numbered' || title.headingKind !== 'markup' || title.number !== null) continue;
    if (label.blocks.some(says)) continue;
    const between = notice.source.slice(label.titleSpan!.end, title.titleSpan!.start);
    // Nothing a reader sees between the two: white space and markup only.
    if (between.replace(/<[^<>]{0,400}>/gu, '').replace(/[#*_\s]/gu, '') === '') out.add(label);
  }
  return out;
}

/**
 * A site's menu read as a heading: three or more short names set side by side with bars or
 * bullets ("Home | Docs | Contact | Privacy"). It leads to other pages; no section is meant.
 */
const MENU_PART_MAX_WORDS = 5;
function isMenuLine(title: string): boolean {
  const parts = title.split(/\s*[|•·]\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length >= 3 && parts.every((p) => p.split(/\s+/u).length <= MENU_PART_MAX_WORDS && !/[.!?:]$/u.test(p));
}

/**
 * A definition list's term followed at once by another term: in HTML, consecutive terms share
 * the description after them, or are a list of items that need none ("<dt>Answering your
 * questions</dt><dt>Keeping attendance records</dt>"). Either way the term is no empty section.
 */
const OPENS_TERM = /<dt\b[^<>]{0,200}>\s*$/iu;
const TERM_START = /^\s*<dt\b/iu;
const ONLY_TERM_TAGS = /^\s*(?:<\/dt>)?\s*(?:<dt\b[^<>]{0,200}>)?\s*$/iu;
/** Whether the heading at `at` is a definition list's term (its span may start inside the tag or at it). */
const isTermAt = (source: string, at: number): boolean => OPENS_TERM.test(source.slice(Math.max(0, at - 200), at)) || TERM_START.test(source.slice(at, at + 10));
function isTermBeforeTerm(notice: Notice, titleStart: number, titleEnd: number, next: number): boolean {
  const { source } = notice;
  return next < source.length && isTermAt(source, titleStart) && ONLY_TERM_TAGS.test(source.slice(titleEnd, next)) && isTermAt(source, next);
}

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    severity: 'warning',
    description: 'A section heading with no text under it.',
    reference: 'GDPR Art. 12(1): information in a concise, transparent, intelligible form',
    languages: ['fi', 'sv', 'en'],
    messages: {
      empty: 'Section "{title}" is empty: state what applies under it (or that nothing does), or remove the heading.',
    },
  },
  check(notice, context) {
    // A page whose one heading has nothing under it ("Tulossa", "Coming soon") is an empty page,
    // not a notice with an empty section: not-a-notice speaks for it.
    if (notice.sections.filter((s) => s.titleSpan).length === 1) return;
    const start = firstText(notice);
    const nextHeading = headingStarts(notice);
    const labelled = labelledTitles(notice);
    for (const section of notice.sections) {
      if (!section.headingKind || !CERTAIN.has(section.headingKind)) continue;
      if (section.children.length > 0) continue;
      if (section.blocks.some(says)) continue;
      if (isTemplateMarkup(section.title)) continue;
      // A site's menu ("Etusivu | Palvelut | Yhteystiedot | Tietosuoja") is navigation, not a section.
      if (isMenuLine(section.title)) continue;
      // A bold or heading line that is only the notice's date ("**Päivitetty 26.7.2024**") is no section.
      if (isDateLine(section.title)) continue;
      // A whole sentence set as a heading ("We think it is important that you read this page, it explains ...") is a lead, not a section's title.
      if (isLeadSentence(section.title)) continue;
      // A section's number over its title ("02. Rekisterin nimi" over "## Mitä tietoja käsittelemme"): one heading in two lines.
      if (labelled.has(section)) continue;
      // A drafter's note set as a heading ("DEMO: Add the complete policy here") is a leftover (leftover-artifact), not a section.
      if (templateNoteIn(section.title)) continue;
      // A term over the next term of a definition list shares its description or needs none.
      if (isTermBeforeTerm(notice, section.titleSpan!.start, section.titleSpan!.end, nextHeading(section.titleSpan!.end))) continue;
      if (EMBEDDED.test(notice.source.slice(section.titleSpan!.start, nextHeading(section.titleSpan!.end)))) continue;
      // Title lines over the first text ("REKISTERISELOSTE", "Henkilötietolaki (523/99) 10 §",
      // "Päivitetty 6.4.2017") are no sections; a heading there that names a topic of the notice
      // ("Mitä tietoja keräämme") still is one.
      if (section.titleSpan!.start < start && headingTopics(section.title, vocabulary(noticeLanguages(notice))).size === 0) continue;
      context.report({
        messageId: 'empty',
        data: { title: section.title },
        span: section.titleSpan!,
      });
    }
  },
};
