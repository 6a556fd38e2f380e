/**
 * User docs (the README, the rule pages, the examples' README) never point at files a user of
 * the package does not have: ../shared (other people's data, beside the repository only) or
 * the TypeScript sources. A rule page names the public source of its facts instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const DOCS = ['README.md', join('examples', 'README.md'), ...readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => join('docs', 'rules', f))];

/** A path into ../shared, its facts file, or into src/ (not inside a URL of the repository). */
const PRIVATE = /\.\.\/shared|FACTS\.md|FACTS §|(?<![\w/.-])src\/[\w./*-]*/gu;

describe('user docs', () => {
  for (const doc of DOCS) {
    it(`${doc} points at no file a user does not have`, () => {
      expect(readFileSync(join(ROOT, doc), 'utf8').match(PRIVATE) ?? []).toEqual([]);
    });
  }
});
