/**
 * The rules of the language-version comparison (`noticelint parity`). They compare two or three
 * notices, not one, so they are not in the per-notice registry (src/rules/index.ts); their ids
 * are known to the configuration (src/config/load.ts) so that a `.noticelintrc.json` can switch
 * them off or change their severity like any rule. No imports beyond types: the configuration
 * loads this module.
 */
import type { RuleMeta } from '../rules/types.js';

/**
 * Their messages are templates, as the per-notice rules' are (src/parity/compare.ts fills them;
 * messages/<locale>.yaml translates them). A place in another version is part of the text
 * ("privacy-en.md:12"): a finding's related places are in its own file.
 */
const PLACE_MESSAGES = {
  'at-line': '{file}:{line}',
  'at-page': '{file}, page {page}, line {line}',
  'at-paragraph': '{file}, paragraph {paragraph}',
  'said-at': '{text} ({where})',
} as const;

const FACT_MESSAGES = {
  ...PLACE_MESSAGES,
  'differs-one': 'The {name} {value} differs from the other version: {said}.',
  'differs-many': 'The {name} {value} differs from the other versions: {said}.',
  'only-here': 'The {name} {value} is only in this version, not in {lacking}.',
  'not-here': 'The {name} {said} is not in this version.',
  'kind-time': 'period',
  'kind-date': 'date',
  'kind-email': 'e-mail address',
  'kind-phone': 'phone number',
  'kind-postal-code': 'postal code',
  'kind-web-address': 'web address',
  'kind-business-id': 'business ID',
  'kind-service': 'named service',
  'kind-country': 'country',
  'kind-mechanism': 'transfer mechanism',
  'kind-law': 'cited law',
  'kind-article': 'cited article',
};

export const PARITY_RULES: readonly RuleMeta[] = [
  {
    id: 'parity-item',
    severity: 'warning',
    description: 'One language version states a GDPR Art. 13/14 item that another leaves out',
    reference: 'GDPR Art. 12(1), Art. 13-14',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'not-stated': '{item}: not stated in this version, but stated in {where}{quoted}.',
      quoted: ' ({text})',
      'not-a-notice-one': 'This version does not read as a full privacy notice (it states fewer than {min} of the GDPR items), while {full} does: the versions were not compared.',
      'not-a-notice-many': 'This version does not read as a full privacy notice (it states fewer than {min} of the GDPR items), while {full} do: the versions were not compared.',
      ...PLACE_MESSAGES,
    },
  },
  {
    id: 'parity-fact',
    severity: 'warning',
    description: 'Language versions give different facts: periods, dates, e-mail addresses, phone numbers, postal codes, web addresses, business IDs, named services, countries, transfer mechanisms',
    reference: 'GDPR Art. 12(1), Art. 5(1)(a)',
    languages: ['fi', 'sv', 'en'],
    messages: FACT_MESSAGES,
  },
  {
    id: 'parity-citation',
    severity: 'info',
    description: 'Language versions cite different laws or GDPR articles',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
    messages: FACT_MESSAGES,
  },
  {
    id: 'parity-defect',
    severity: 'warning',
    description: 'A defect (repealed law, stale authority detail, invalidated transfer mechanism, contradiction) was fixed in one language version and not in another',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'not-fixed': '{rule} is fixed in {fixedIn} but not in this version: {message}',
    },
  },
  {
    id: 'parity-section',
    severity: 'info',
    description: 'One language version has a section (aligned by the items it states and by its place among them, not by its title) that another lacks',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'no-section': 'This version has no section {title} ({where}: {items}){before}.',
      'no-section-between': 'This version has no section {title} ({where}), nor anything between the sections around it{before}.',
      before: ' (it would come before this section)',
      ...PLACE_MESSAGES,
    },
  },
  {
    id: 'parity-unchanged',
    severity: 'warning',
    description: 'A pull request (or push) changes one language version of a notice and not the others (GitHub Action)',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'unchanged-one': '{what} changes this language version but not {untouched}: update it too, or check that the versions still say the same.',
      'unchanged-many': '{what} changes this language version but not {untouched}: update them too, or check that the versions still say the same.',
    },
  },
];

export const PARITY_RULE_IDS: ReadonlySet<string> = new Set(PARITY_RULES.map((r) => r.id));
