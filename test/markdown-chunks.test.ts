// A long Markdown text is parsed piece by piece (src/parse/markdown-chunks.ts): the events must
// be exactly those of parsing it whole, text, kinds, levels and source positions alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownChunks } from '../src/parse/markdown-chunks.js';
import { loadMarkupParsers } from '../src/parse/markup.js';
import { parseNotice } from '../src/parse/notice.js';
import { parseMarkdown } from '../src/parse/parse-markup.js';
import type { Event } from '../src/parse/tree.js';
import { ROOT } from './helpers.js';

const WHOLE = { above: Infinity, size: 0, largest: Infinity };
/** Cut wherever a cut is allowed. */
const EVERYWHERE = { above: 0, size: 1, largest: Infinity };

function shown(events: Event[]) {
  return events.map((e) => {
    const b = e.block;
    const at = [0, 1, Math.floor(b.text.length / 2), b.text.length].map((i) => b.toSource(i));
    return { type: e.type, level: e.type === 'heading' ? e.level : 0, kind: e.type === 'heading' ? e.kind : '', block: b.kind, text: b.text, span: b.span, at };
  });
}

const notices = (readdirSync(join(ROOT, 'fixtures'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));

beforeAll(() => loadMarkupParsers());

describe('Markdown parsed in pieces', () => {
  it('cuts only before an unindented line after a blank line or a heading, and leaves short texts whole', () => {
    const text = '# A\n\ntext\nmore\n# B\n## C\n### D\ntext\n\n#hashtag\n\n    # code\n  indented\n\n- item\n\n**Bold**\n\n# E\n- one\n- two\n* three\n- - -\n- four\n';
    const starts = markdownChunks(text, EVERYWHERE).map((c) => c.start);
    expect(starts.map((s) => text.slice(s, s + 5))).toEqual(['# A\n\n', 'text\n', '## C\n', '### D', 'text\n', '**Bol', '# E\n-', '- two']);
    expect(markdownChunks(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('never cuts inside a fence or a raw HTML block, nor a text with link definitions', () => {
    const fenced = '# A\n\n```\n\n# not a heading\n\n```\n\n# B\n\n~~~~\n# x\n\n~~~\n\n# still code\n';
    expect(markdownChunks(fenced, EVERYWHERE).map((c) => fenced.slice(c.start, c.start + 3))).toEqual(['# A', '# B']);
    const html = '# A\n\n<!-- a comment\n\n# inside\n\n-->\n\n# B\n\n<script>\n\n# x\n\n</script>\n\n# C\n';
    expect(markdownChunks(html, EVERYWHERE).map((c) => html.slice(c.start, c.start + 3))).toEqual(['# A', '# B', '# C']);
    const defs = '# A\n\n[x]\n\n# B\n\n[x]: https://example.org\n';
    expect(markdownChunks(defs, EVERYWHERE)).toEqual([{ start: 0, end: defs.length }]);
    // A fence in a list item ends with the item: no more cuts after one.
    const nested = '# A\n\n- ```\n\n# B\n\n```\n\n# C\n';
    expect(markdownChunks(nested, EVERYWHERE).map((c) => nested.slice(c.start, c.start + 3))).toEqual(['# A']);
  });

  it('gives the events of the whole on every Markdown notice, alone and joined', () => {
    const texts = [...notices, notices.join('\n\n'), notices.join('\n'), notices.map((t) => t.replace(/\n/gu, '\r\n')).join('\r\n\r\n'), notices.join('\r')];
    let cuts = 0;
    for (const text of texts) {
      cuts += markdownChunks(text, EVERYWHERE).length - 1;
      expect(shown(parseMarkdown(text, EVERYWHERE))).toEqual(shown(parseMarkdown(text, WHOLE)));
    }
    expect(cuts).toBeGreaterThan(500);
  });

  it('gives the events of the whole on random Markdown', () => {
    const line = fc.oneof(
      fc.constantFrom('# Otsikko', '## Alaotsikko', '###### Syvä', '#', '#ei otsikko', '    # koodia', 'Tekstiä ja lisää tekstiä.', 'Otsikko', '===', '---', ''),
      fc.constantFrom('- kohta', '  - sisennetty', '    jatkoa', '1. numeroitu', '3) toinen', '> lainaus', '> # lainattu otsikko', '| a | b |', '| --- | --- |', '**Lihava rivi**', '*** ', '<p>', '</p>'),
      fc.constantFrom('```', '~~~', '````js', '<!--', '-->', '<!-- yhden rivin kommentti -->', '<script>', '</script>', '<pre>', '</pre>', '<div>', '</div>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>'),
      fc.constantFrom('[viite]', '[viite]: https://esimerkki.fi', 'Teksti[^1]', '[^1]: Alaviite', '\t# sarkain', '   # kolme välilyöntiä'),
      fc.constantFrom('- <!--', '- ```', '> ```', '  ```', '   ~~~', '``` js', '<span>', '<https://esimerkki.fi>', '<div>teksti</div>', '<!-- noticelint-disable -->', '</pre>teksti'),
      fc.constantFrom('- kohta', '- toinen kohta', '* tähti', '+ plus', '- - -', '* * *', '-', '- ', '-\tsarkain', '- - sisäkkäinen', '2. kaksi', '  jatkuu', '- **lihava**'),
    );
    const doc = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r')), { maxLength: 80 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(doc, (text) => {
        expect(shown(parseMarkdown(text, EVERYWHERE))).toEqual(shown(parseMarkdown(text, WHOLE)));
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it('reads Markdown with a part too long to parse in bounded memory (a table of 25,000 rows) as plain text', () => {
    const table = `# Evästeet\n\n| Eväste | Säilytysaika |\n| --- | --- |\n${Array.from({ length: 25_000 }, (_, i) => `| eväste${i} | 12 kk |\n`).join('')}`;
    expect(() => parseMarkdown(table)).toThrow(RangeError);
    const asMarkdown = parseNotice(table, 'markdown');
    const asText = parseNotice(table, 'text');
    expect(asMarkdown.blocks.map((b) => [b.text, b.span])).toEqual(asText.blocks.map((b) => [b.text, b.span]));
    // Cut into pieces, a long list is still read as Markdown.
    const list = `# Evästeet\n\n${Array.from({ length: 25_000 }, (_, i) => `- eväste${i}: 12 kk\n`).join('')}`;
    expect(markdownChunks(list).length).toBeGreaterThan(5);
    expect(parseNotice(list, 'markdown').blocks[1]).toMatchObject({ kind: 'list-item', text: 'eväste0: 12 kk' });
  });

  it('keeps a long document in pieces of about the chunk size', () => {
    const section = (i: number) => `## Kohta ${i}\n\n${'Käsittelemme henkilötietoja. '.repeat(40)}\n\n- kohta\n- toinen\n\n`;
    const text = Array.from({ length: 400 }, (_, i) => section(i)).join('');
    const chunks = markdownChunks(text);
    expect(text.length).toBeGreaterThan(400_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBe(chunks[i - 1].end);
  });
});
