/** A list written once in a lexicon file and used again by name (docs/lexicon.md). */
import { describe, expect, it } from 'vitest';
import { readLexicon } from '../scripts/lexicon-build.js';

describe('named lists in the lexicon', () => {
  it('stand for their phrases among other phrases, also through another named list', () => {
    const data = readLexicon(
      ['a:', '  - all: [ [ x ] ]', '    none: &abroad [ ulkopuol*, EU* ]', '  - all: [ [ y ] ]', '    none: &more [ *abroad, palvelime* ]', '  - all: [ [ z ] ]', '    none: [ *more, meillä ]'].join('\n'),
    );
    expect(data).toEqual({
      a: [
        { all: [['x']], none: ['ulkopuol*', 'EU*'] },
        { all: [['y']], none: ['ulkopuol*', 'EU*', 'palvelime*'] },
        { all: [['z']], none: ['ulkopuol*', 'EU*', 'palvelime*', 'meillä'] },
      ],
    });
  });

  it('may be a whole group of a cue, or part of one', () => {
    const data = readLexicon(['must: &must [ we must have, i must have ]', 'cues:', '  - all: [ *must, [ your name, *must ] ]'].join('\n'));
    expect(data).toEqual({
      must: ['we must have', 'i must have'],
      cues: [{ all: [['we must have', 'i must have'], ['your name', 'we must have', 'i must have']] }],
    });
  });

  it('leave keyed lists (a value and its words) as they are', () => {
    expect(readLexicon('units: [ [ 1, [ päivä*, vrk ] ], [ 7, [ viikko* ] ] ]')).toEqual({ units: [[1, ['päivä*', 'vrk']], [7, ['viikko*']]] });
  });
});
