import type { ParityPhrases } from '../parity-types.js';

export const parity: ParityPhrases = {
  lang: 'sv',
  numbers: [
    [2, ['två']], [3, ['tre']], [4, ['fyra']], [5, ['fem']], [6, ['sex']], [7, ['sju']], [8, ['åtta']], [9, ['nio']],
    [10, ['tio']], [11, ['elva']], [12, ['tolv']], [13, ['tretton']], [14, ['fjorton']], [15, ['femton']], [16, ['sexton']],
    [18, ['arton', 'aderton']], [20, ['tjugo']], [30, ['trettio']], [60, ['sextio']], [90, ['nittio']],
  ],
  units: [
    ['hour', ['timme', 'timmar', 'timmars']],
    ['day', ['dag', 'dagar*', 'dygn*']],
    ['week', ['vecka', 'veckor', 'veckors']],
    ['month', ['månad*']],
    ['year', ['år', 'års', 'åring*', 'årig*']],
  ],
  agesBefore: ['åldern'],
  articlesBefore: ['artikel', 'artiklarna', 'artikeln', 'art.'],
  articlesAfter: [],
  articleParts: [],
  mechanisms: [
    ['adequacy', ['Data Privacy Framework', 'ramverk* för dataskydd', 'adekvat skyddsnivå', 'beslut om adekvat*', 'adekvansbeslut*']],
    ['standard-contractual-clauses', ['standardavtalsklausul*', 'standardklausul*', 'modellklausul*', 'standardiserade avtalsklausul*']],
    ['binding-corporate-rules', ['bindande företagsbestämmelse*', 'bindande företagsregl*']],
  ],
};
