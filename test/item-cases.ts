/**
 * Item cases for the phrasing tests: a small Markdown notice made of a title and the given
 * paragraphs (a `## ` line is a heading), and one test per case asserting the item's status.
 */
import { expect, it } from 'vitest';
import type { ItemId } from '../src/items/index.js';
import { lintSource } from '../src/linter.js';

const TITLE = { fi: 'Tietosuojaseloste', sv: 'Integritetspolicy', en: 'Privacy notice' } as const;
type Lang = keyof typeof TITLE;

/** The item's status in a small notice: the title and the paragraphs. */
function itemStatus(title: string, item: ItemId, ...paragraphs: string[]): string | undefined {
  const text = `# ${title}\n\n${paragraphs.join('\n\n')}\n`;
  return lintSource(text, { filePath: 'n.md', format: 'markdown' }).result.items[item]?.status;
}

/** A case in one of the three languages, under a title in that language: [lang, item, ...paragraphs]. */
export type Case = [Lang, ItemId, string, ...string[]];
export const expectEach = (want: string, cases: Case[]) => {
  for (const [lang, item, ...text] of cases) it(`${item} ${want}: ${text.join(' / ')}`, () => expect(itemStatus(TITLE[lang], item, ...text)).toBe(want));
};

/** An English case under the title "Privacy policy": [item, ...paragraphs]. */
export type EnglishCase = [ItemId, string, ...string[]];
export const expectEachEnglish = (want: string, cases: EnglishCase[]) => {
  for (const [item, ...text] of cases) it(`${item} ${want}: ${text.join(' / ')}`, () => expect(itemStatus('Privacy policy', item, ...text)).toBe(want));
};
