import type { Block, HeadingKind, Section } from '../model/types.js';

/** What a format parser emits, in document order; the tree is built from it in one place. */
export type Event =
  | { type: 'heading'; level: number; kind: HeadingKind; block: Block }
  | { type: 'block'; block: Block };

const NUMBER_PREFIX = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})(?:(?:\.|\))?\s+(?=\S)|\.(?=\p{Lu}))/u;

/** Splits "7.2 Säilytysaika" into number "7.2" and title "Säilytysaika". */
export function splitNumber(text: string): { number: string | null; title: string } {
  const m = NUMBER_PREFIX.exec(text);
  if (!m) return { number: null, title: text.trim() };
  return { number: m[1], title: text.slice(m[0].length).trim() };
}

function newSection(level: number, heading: Block | null, kind: HeadingKind | null, start: number): Section {
  const parts = heading ? splitNumber(heading.text) : { number: null, title: '' };
  return {
    title: parts.title,
    titleSpan: heading ? { ...heading.span } : null,
    heading,
    headingKind: kind,
    level,
    number: parts.number,
    blocks: [],
    children: [],
    span: { start, end: heading ? heading.span.end : start },
    language: 'und',
  };
}

/** Builds the section tree: a heading opens a section under the nearest open one of lower level. */
export function buildTree(events: Event[], sourceLength: number): { root: Section; sections: Section[]; blocks: Block[] } {
  const root = newSection(0, null, null, 0);
  root.span = { start: 0, end: sourceLength };
  const stack: Section[] = [root];
  const sections: Section[] = [];
  const blocks: Block[] = [];
  for (const event of events) {
    blocks.push(event.block);
    if (event.type === 'heading') {
      const level = Math.max(1, event.level);
      while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
      const section = newSection(level, event.block, event.kind, event.block.span.start);
      stack[stack.length - 1].children.push(section);
      stack.push(section);
      sections.push(section);
    } else {
      const top = stack[stack.length - 1];
      top.blocks.push(event.block);
      top.span.end = Math.max(top.span.end, event.block.span.end);
    }
  }
  // A section's span reaches its last descendant's end.
  const close = (s: Section): number => {
    for (const c of s.children) s.span.end = Math.max(s.span.end, close(c));
    return s.span.end;
  };
  close(root);
  return { root, sections, blocks };
}
