// Tests run the TypeScript sources, where require(esm) cannot load parse-markup.ts: load the
// Markdown/HTML parsers the asynchronous way before any test calls parseNotice synchronously.
import { loadMarkupParsers } from '../../src/parse/markup.js';

await loadMarkupParsers();
