import type { Notice, Section } from '../model/types.js';

/** The section tree as indented text: how the notice was understood. */
export function formatTree(notice: Notice, filePath: string): string {
  const out: string[] = [`${filePath} (${notice.format}, ${notice.language})`];
  const pos = (offset: number) => {
    const p = notice.lines.position(offset);
    return `${p.line}:${p.column}`;
  };
  if (notice.root.blocks.length) out.push(`  (preamble: ${notice.root.blocks.length} block${notice.root.blocks.length === 1 ? '' : 's'})`);
  const visit = (s: Section, depth: number) => {
    const num = s.number ? `${s.number}. ` : '';
    const body = s.blocks.length === 0 ? ' [empty]' : ` [${s.blocks.length} block${s.blocks.length === 1 ? '' : 's'}]`;
    out.push(`${'  '.repeat(depth)}${pos(s.titleSpan?.start ?? 0)} ${num}${s.title}${body} ${s.headingKind}${s.language !== 'und' ? ` ${s.language}` : ''}`);
    for (const c of s.children) visit(c, depth + 1);
  };
  for (const c of notice.root.children) visit(c, 1);
  return out.join('\n') + '\n';
}
