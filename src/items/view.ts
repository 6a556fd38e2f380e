/**
 * The notice as the completeness analysis reads it: units of text (sentences; a table cell is one
 * unit), each with its line, its section and the topics of the headings above it. A heading is a
 * unit only when something stands under it: an empty "Automaattinen päätöksenteko" cell states
 * nothing, and neither does a template's note to whoever fills it in ("Recipients: to be added
 * later", "Lisätään myöhemmin") nor the text under a template's own label ("Headings to fill in").
 * Built once per notice.
 */
import type { HeadingTopic } from '../lang/items-types.js';
import { isDraftingNote } from '../model/blocks.js';
import { noticeLanguages } from '../model/notice-languages.js';
import { sentences, type Sentence } from '../model/sentences.js';
import type { Block, Notice, Section, Span } from '../model/types.js';
import { TOPICS, vocabulary, type Vocabulary } from './vocab.js';
import { isFurniture } from '../analysis/furniture.js';
import { isTemplateLabel, isTemplateNoteOnly } from '../analysis/template-notes.js';

/** A table cell up to this long is one unit ("Art. 6(1)(b) contract"); a longer one is read by sentence. */
const MAX_CELL_UNIT = 200;


export interface Unit {
  text: string;
  line: number;
  span: Span;
  block: Block;
  section: Section;
  /** True for a heading (a heading with nothing under it is not a unit at all). */
  heading: boolean;
  /** Topics of the unit's section heading and of the headings above it. */
  topics: ReadonlySet<HeadingTopic>;
  /** For a table cell: the header row and the cell's own row, which say what the cell is about. */
  row: string;
  /** For a cell below a table's first row: that header row alone ("Data | Why | Retention"). */
  header: string;
  /** The unit's place in `NoticeView.units`: its neighbours without a search. */
  index: number;
}

export interface NoticeView {
  notice: Notice;
  /** The phrases of the languages the notice is written in (model/notice-languages.ts). */
  vocab: Vocabulary;
  units: Unit[];
  /** Topics of each section's own heading. */
  ownTopics: Map<Section, Set<HeadingTopic>>;
  /** Sections with text under them (in their own blocks or their sub-sections). */
  hasBody(section: Section): boolean;
}

/** The topics a heading names, in the vocabulary's languages (all three unless given). */
export function headingTopics(title: string, vocab: Vocabulary = vocabulary()): Set<HeadingTopic> {
  const out = new Set<HeadingTopic>();
  if (!title) return out;
  // A section number glued to the title by the page's markup ("<span>06</span>Retention periods"
  // reads "06Retention periods") is no part of the title's first word.
  const words = title.replace(/^(\s*)\d{1,3}(?=\p{Lu})/u, '$1');
  for (const t of TOPICS) if (vocab.headings.get(t)!.test(words)) out.add(t);
  return out;
}

export function buildView(notice: Notice): NoticeView {
  const vocab = vocabulary(noticeLanguages(notice));
  const ownTopics = new Map<Section, Set<HeadingTopic>>();
  const inherited = new Map<Section, Set<HeadingTopic>>();
  const body = new Map<Section, boolean>();
  // A template's own label ("Headings to fill in") is no heading of the notice: what stands under it is the drafter's list.
  const templateLabel = new Map<Section, boolean>();
  // The sentences that are only a note to the drafter, and the blocks with at least one sentence that states something.
  const notes = new Set<Sentence>();
  const stating = new Set<Block>();
  for (const s of sentences(notice)) {
    if (s.section.heading === s.block) continue;
    if (isTemplateNoteOnly(s.text)) notes.add(s);
    else if (s.text.trim() !== '' && !isDraftingNote(s.block.text)) stating.add(s.block);
  }
  const visit = (s: Section, above: Set<HeadingTopic>, underLabel: boolean): boolean => {
    const own = headingTopics(s.heading ? s.title : '', vocab);
    ownTopics.set(s, own);
    const topics = new Set([...above, ...own]);
    inherited.set(s, topics);
    const label = underLabel || (s.heading !== null && isTemplateLabel(s.title));
    templateLabel.set(s, label);
    let has = !label && s.blocks.some((b) => stating.has(b));
    for (const c of s.children) has = visit(c, topics, label) || has;
    body.set(s, has);
    return has;
  };
  visit(notice.root, new Set(), false);

  const rows = tableRows(notice);
  const units: Unit[] = [];
  const seenCells = new Set<Block>();
  for (const s of sentences(notice)) {
    const heading = s.section.heading === s.block;
    if (heading && !body.get(s.section)) continue;
    if (!heading && (!stating.has(s.block) || templateLabel.get(s.section) || notes.has(s))) continue;
    let text = s.text;
    let index = s.index;
    const wholeCell = s.block.kind === 'table-cell' && s.block.text.length <= MAX_CELL_UNIT;
    if (wholeCell) {
      if (seenCells.has(s.block)) continue;
      seenCells.add(s.block);
      text = s.block.text.trim();
      index = s.block.text.indexOf(text);
    }
    // A long sentence strung together with semicolons (a notice in one paragraph) is read clause by clause.
    const clauses = text.length > MAX_CELL_UNIT ? splitClauses(text) : [{ text, at: 0 }];
    for (const c of clauses) {
      if (isFurniture(c.text)) continue;
      const start = s.block.toSource(index + c.at);
      const end = Math.max(start, s.block.toSource(index + c.at + c.text.length));
      units.push({
        text: c.text,
        line: notice.lines.position(start).line,
        span: { start, end },
        block: s.block,
        section: s.section,
        heading,
        topics: inherited.get(s.section) ?? new Set(),
        row: wholeCell ? (rows.get(s.block)?.row ?? '') : '',
        header: wholeCell ? (rows.get(s.block)?.header ?? '') : '',
        index: units.length,
      });
    }
  }
  return { notice, vocab, units, ownTopics, hasBody: (s) => body.get(s) ?? false };
}

function splitClauses(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(/;\s+/gu)) {
    const end = m.index ?? 0;
    if (end > at) out.push({ text: text.slice(at, end), at });
    at = end + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), at });
  return out;
}

const HTML_CELL = /^<t[dh](?![\p{L}\p{N}])/iu;
const ROW_TAG = /<\/?tr(?![\p{L}\p{N}])/iu;

/** Table cells grouped into rows by source line (an HTML table by its row tags); each cell maps to "header row | its row", and a body cell to its header row. */
function tableRows(notice: Notice): Map<Block, { row: string; header: string }> {
  const out = new Map<Block, { row: string; header: string }>();
  const visit = (s: Section) => {
    let header: string | null = null;
    let row: Block[] = [];
    let rowLine = -1;
    const flush = () => {
      if (row.length === 0) return;
      const text = row.map((b) => b.text.trim()).join(' | ');
      if (header === null) header = text;
      for (const b of row) out.set(b, header === text ? { row: text, header: '' } : { row: `${header} | ${text}`, header });
      row = [];
    };
    let prev: Block | null = null;
    for (const b of s.blocks) {
      if (b.kind !== 'table-cell') {
        flush();
        header = null;
        prev = null;
        continue;
      }
      const line = notice.lines.position(b.span.start).line;
      // An HTML cell (its span starts at its tag) starts a row after a row tag, whatever the lines:
      // pretty-printed HTML puts each cell on a line of its own.
      const html = HTML_CELL.test(notice.source.slice(b.span.start, b.span.start + 4));
      const newRow = html && prev ? ROW_TAG.test(notice.source.slice(prev.span.end, b.span.start)) : line !== rowLine;
      if (newRow) flush();
      rowLine = line;
      prev = b;
      row.push(b);
    }
    flush();
    for (const c of s.children) visit(c);
  };
  visit(notice.root);
  return out;
}
