/**
 * What `npm run new-rule -- <rule-id>` writes, in one file so that it can follow the rules'
 * style as that changes: the rule, its page and a fixture in each language, every one with its
 * inline expectation. The scaffolded rule reports a placeholder that its fixtures carry, so the
 * whole suite passes before the real check is written.
 */
import { markerOf } from '../rule-fixtures.js';
import { END_HEADER } from '../rule-pages.js';

/** The placeholder the scaffolded rule reports and its fixtures carry. */
export function placeholderOf(id: string): string {
  return `EXAMPLE:${id}`;
}

/** The rule's export name: consent-by-use → consentByUse. */
export function exportNameOf(id: string): string {
  return id.replace(/-([a-z0-9])/gu, (_, c: string) => c.toUpperCase());
}

export function ruleSource(id: string): string {
  return `import { blockSpan } from '../model/blocks.js';
import type { Rule } from './types.js';

/**
 * TODO: what ${id} reports and why, in a sentence or two.
 *
 * Scaffolded by \`npm run new-rule\`: the check reports the placeholder "${placeholderOf(id)}",
 * which the rule's fixtures carry. Replace it with the real check (words in
 * lexicon/<lang>/*.yaml, read through src/lang/index.ts; facts in src/facts/ with their public
 * source; the shared analyses in src/analysis/, src/items/ and sentences()), the fixtures in
 * fixtures/rules/${id}/ with real cases, and the page docs/rules/${id}.md; see CONTRIBUTING.md,
 * "Adding a rule".
 */
const PLACEHOLDER = '${placeholderOf(id)}';

export const ${exportNameOf(id)}: Rule = {
  meta: {
    id: '${id}',
    severity: 'warning',
    description: 'TODO: what the rule reports, in one line.',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
    messages: {
      placeholder: '"{text}" stands in the notice: TODO say what is wrong, what the law requires and what to write instead.',
    },
  },
  check(notice, context) {
    for (const block of notice.blocks) {
      const at = block.text.indexOf(PLACEHOLDER);
      if (at < 0) continue;
      context.report({
        messageId: 'placeholder',
        data: { text: PLACEHOLDER },
        span: blockSpan(block, at, at + PLACEHOLDER.length),
      });
    }
  },
};
`;
}

/** The page: the generated header's end marker, then the hand-written body (npm run generate adds the rest). */
export function pageSource(id: string): string {
  return `# ${id}

${END_HEADER}

## What it checks

TODO: what the rule reports, and what it does not report.

## Why

TODO: what the law requires, with its public source (the GDPR on EUR-Lex, the act's number,
the authority's page, the case).

## Examples

Bad:

\`\`\`text
TODO: a sentence the rule reports.
\`\`\`

Good:

\`\`\`text
TODO: the same sentence written so that it is not reported.
\`\`\`

## Options

None.
`;
}

/** A line ending in the placeholder and its marker: the column is where the placeholder starts. */
function flagged(id: string, before: string, after = ''): string {
  const line = `${before}${placeholderOf(id)}${after}`;
  return `${line} ${markerOf({ ruleId: id, severity: 'warning', column: before.length + 1 })}`;
}

/** A fixture in each language, each with one finding (invented organisations, as every fixture). */
export function fixtureSources(id: string): { file: string; text: string }[] {
  return [
    {
      file: 'fi-example.txt',
      text: ['Tietosuojaseloste', '', 'Päivitetty 1.12.2026', '', 'Rekisterinpitäjä', 'Esimerkkileipomo Oy, Myllykatu 1, 00100 Helsinki.', '', 'Käsittelyn tarkoitus', flagged(id, 'Käsittelemme tilaustietoja tilausten toimittamiseksi. ', ''), ''].join('\n'),
    },
    {
      file: 'sv-example.md',
      text: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 1.12.2026', '', '## Personuppgiftsansvarig', '', 'Exempelbageriet Ab, Kvarngatan 1, 00100 Helsingfors.', '', '## Ändamål', '', flagged(id, 'Vi behandlar beställningsuppgifter för att leverera beställningar. '), ''].join('\n'),
    },
    {
      file: 'en-example.html',
      text: [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head><meta charset="utf-8"><title>Privacy notice</title></head>',
        '<body>',
        '<h1>Privacy notice</h1>',
        '<p>Last updated 1 December 2026</p>',
        '<h2>Controller</h2>',
        '<p>Example Bakery Ltd, 1 Mill Street, 00100 Helsinki, Finland.</p>',
        '<h2>Why we process your data</h2>',
        flagged(id, '<p>We process order details to deliver your orders. ', '</p>'),
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    },
  ];
}

/**
 * The rule's entry in a catalogue (messages/fi.yaml, messages/sv.yaml): its description and
 * message with the same placeholders, to be translated with the rule.
 */
export function catalogueEntry(id: string, lang: 'fi' | 'sv'): string {
  const todo = lang === 'fi' ? 'TODO suomeksi' : 'TODO på svenska';
  return `  ${id}:\n    description: '${todo}: what the rule reports, in one line.'\n    messages:\n      placeholder: '"{text}": ${todo}.'\n\n`;
}
