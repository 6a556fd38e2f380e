/**
 * The rules of the language-version comparison (`noticelint parity`). They compare two or three
 * notices, not one, so they are not in the per-notice registry (src/rules/index.ts); their ids
 * are known to the configuration (src/config/load.ts) so that a `.noticelintrc.json` can switch
 * them off or change their severity like any rule. No imports beyond types: the configuration
 * loads this module.
 */
import type { RuleMeta } from '../rules/types.js';

/** Their messages are still written out in src/parity/compare.ts, not templates (issue 16, part 3). */
export const PARITY_RULES: readonly Omit<RuleMeta, 'messages'>[] = [
  {
    id: 'parity-item',
    severity: 'warning',
    description: 'One language version states a GDPR Art. 13/14 item that another leaves out',
    reference: 'GDPR Art. 12(1), Art. 13-14',
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: 'parity-fact',
    severity: 'warning',
    description: 'Language versions give different facts: periods, dates, e-mail addresses, phone numbers, postal codes, web addresses, business IDs, named services, countries, transfer mechanisms',
    reference: 'GDPR Art. 12(1), Art. 5(1)(a)',
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: 'parity-citation',
    severity: 'info',
    description: 'Language versions cite different laws or GDPR articles',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: 'parity-defect',
    severity: 'warning',
    description: 'A defect (repealed law, stale authority detail, invalidated transfer mechanism, contradiction) was fixed in one language version and not in another',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: 'parity-section',
    severity: 'info',
    description: 'One language version has a section (aligned by the items it states, not by its title) that another lacks',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
  },
  {
    id: 'parity-unchanged',
    severity: 'warning',
    description: 'A pull request (or push) changes one language version of a notice and not the others (GitHub Action)',
    reference: 'GDPR Art. 12(1)',
    languages: ['fi', 'sv', 'en'],
  },
];

export const PARITY_RULE_IDS: ReadonlySet<string> = new Set(PARITY_RULES.map((r) => r.id));
