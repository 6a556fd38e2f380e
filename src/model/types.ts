/**
 * The document model: a privacy notice read into a section tree.
 *
 * Every node keeps offsets into `Notice.source` (the decoded text), so a rule can point at
 * the text that caused a finding. Offsets are half-open ranges: [start, end).
 */

export type Format = 'text' | 'markdown' | 'html';
/** What a file is: one of the readers' formats, a Word document (read as the HTML it converts to) or a PDF (read as plain text). */
export type InputFormat = Format | 'docx' | 'pdf';
export type Lang = 'fi' | 'sv' | 'en';
export type DetectedLang = Lang | 'und';

export interface Span {
  start: number;
  end: number;
}

/** Where a heading came from, which tells how sure the parser is that it is one. */
export type HeadingKind =
  | 'markup' // Markdown or HTML heading
  | 'numbered' // "1. Rekisterinpitäjä", "7.2 Säilytysaika"
  | 'table-row' // "heading<TAB>text" rows of a flattened two-column table
  | 'caps' // an ALL-CAPS line
  | 'bold-line' // a Markdown paragraph that is only strong text
  | 'short-line' // a short line without a closing full stop that introduces body text
  | 'question'; // a question used as a heading ("Mistä saamme tietosi?")

/**
 * A run of prose: a paragraph, a list item, a table cell, a heading's own text.
 * `text` is what rules match against; `toSource` maps an index in `text` back to an
 * offset in the notice's source (identity plus a constant for plain text).
 */
export interface Block {
  kind: 'paragraph' | 'list-item' | 'table-cell' | 'heading' | 'other';
  text: string;
  span: Span;
  toSource(index: number): number;
}

export interface Section {
  /** Heading text, without its number; '' for the root. */
  title: string;
  /** The heading's source range; null for the root. */
  titleSpan: Span | null;
  /** The heading block (its text is the title with the number), null for the root. */
  heading: Block | null;
  headingKind: HeadingKind | null;
  /** 0 for the root, 1 for top-level sections, deeper for sub-sections. */
  level: number;
  /** "10", "7.2" for numbered headings, otherwise null. */
  number: string | null;
  /** Body blocks that stand directly under this heading, before any sub-section. */
  blocks: Block[];
  children: Section[];
  /** From the heading to the end of the last descendant. */
  span: Span;
  /** Language of the section's own text (title and blocks); 'und' when too short to tell. */
  language: DetectedLang;
}

/** An inline control comment: <!-- noticelint-disable rule-a rule-b --> and friends. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  /** 1-based line of the comment. */
  line: number;
}

export interface Notice {
  source: string;
  format: Format;
  language: DetectedLang;
  /** The root section: blocks before the first heading, and the top-level sections. */
  root: Section;
  /** Every section but the root, in document order. */
  sections: Section[];
  /** Every block (headings included), in document order. */
  blocks: Block[];
  lines: import('./positions.js').LineIndex;
  directives: Directive[];
  /**
   * What the document calls itself, outside its text: a Markdown page's front-matter title, an
   * HTML page's <title>, and the file's name when it came from a file (without folders).
   */
  titles: string[];
  /** How the file's bytes were decoded; `legacy` when the encoding was a guess (Windows-1252). */
  encoding?: { name: string; legacy: boolean; stray?: StrayBytes };
  /** Why a Markdown or HTML file was read as plain text (hostile or too costly markup), when it was. */
  readPlainly?: string;
}

/** The bytes of a UTF-8 file that were not UTF-8 (read as Windows-1252). */
export interface StrayBytes {
  count: number;
  /** Where the first one is in the decoded text (an offset). */
  first: number;
}
