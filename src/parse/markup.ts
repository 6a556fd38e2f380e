/**
 * The Markdown and HTML parsers (remark, rehype and their plugins) cost about 150 ms to load,
 * more than linting a plain-text notice: they are loaded only when a Markdown or HTML file
 * is read. `lint()` awaits `loadMarkupParsers()` first; a synchronous caller (lintSource,
 * parseNotice) that gets there first loads them with require(esm), which Node >= 20.19 has.
 */
import { createRequire } from 'node:module';

type MarkupParsers = typeof import('./parse-markup.js');

let loaded: MarkupParsers | undefined;

export async function loadMarkupParsers(): Promise<MarkupParsers> {
  loaded ??= await import('./parse-markup.js');
  return loaded;
}

export function markupParsers(): MarkupParsers {
  if (!loaded) {
    try {
      loaded = createRequire(import.meta.url)('./parse-markup.js') as MarkupParsers;
    } catch (e) {
      throw new Error(`cannot load the Markdown/HTML parsers synchronously (${(e as Error).message}); await loadMarkupParsers() first`);
    }
  }
  return loaded!;
}
