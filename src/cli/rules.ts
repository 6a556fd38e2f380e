/** `noticelint rules`: the rule catalogue, from the rules' metadata (the comparison of language versions' rules too). */
import { readFileSync } from 'node:fs';
import { UsageError } from '../input/files.js';
import { type Locale, ruleTitle } from '../i18n/localize.js';
import { ruleDocsUrl } from '../meta.js';
import { escapeTerminalLines } from '../reporters/escape.js';
import { PARITY_RULES } from '../parity/meta.js';
import { rules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';

/** Every rule's metadata: the per-notice rules and those that compare language versions. */
export const ALL_RULE_METAS: readonly Omit<RuleMeta, 'messages'>[] = [...rules.map((r) => r.meta), ...PARITY_RULES];

export interface RuleCatalogueEntry {
  id: string;
  severity: string;
  languages: string[];
  reference: string | null;
  description: string;
  fixable: boolean;
  url: string;
}

/** The catalogue; with a locale, each description is the rule's title in that language. */
export function ruleCatalogue(list: readonly Omit<RuleMeta, 'messages'>[] = ALL_RULE_METAS, locale: Locale = 'en'): RuleCatalogueEntry[] {
  return [...list]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      severity: m.severity,
      languages: [...m.languages],
      reference: m.reference ?? null,
      description: ruleTitle(m.id, m.description, locale),
      fixable: !!m.fixable,
      url: ruleDocsUrl(m.id),
    }));
}

/** The catalogue as text (one rule per block: id, severity, languages; then reference and description) or JSON. */
export function formatRules(format: string, list: readonly Omit<RuleMeta, 'messages'>[] = ALL_RULE_METAS, locale: Locale = 'en'): string {
  const entries = ruleCatalogue(list, locale);
  if (format === 'json') return JSON.stringify(entries, null, 2) + '\n';
  const w0 = Math.max(4, ...entries.map((e) => e.id.length));
  const w1 = Math.max(8, ...entries.map((e) => e.severity.length));
  const w2 = Math.max(9, ...entries.map((e) => e.languages.join(',').length));
  const out = [`${'rule'.padEnd(w0)}  ${'severity'.padEnd(w1)}  ${'languages'.padEnd(w2)}  reference / description`];
  for (const e of entries) {
    out.push(`${e.id.padEnd(w0)}  ${e.severity.padEnd(w1)}  ${e.languages.join(',').padEnd(w2)}  ${e.reference ?? '-'}`);
    out.push(`${''.padEnd(w0 + w1 + w2 + 6)}${e.description}${e.fixable ? ' (fixable)' : ''}`);
  }
  out.push('', `${entries.length} rules. Documentation: ${ruleDocsUrl('README')}`);
  return out.join('\n') + '\n';
}

/** `noticelint rules ID`: the rule's documentation page (docs/rules/<id>.md, shipped in the package), as text. */
export function ruleDoc(id: string): string {
  if (!ALL_RULE_METAS.some((m) => m.id === id)) throw new UsageError(`unknown rule "${id.length > 40 ? `${id.slice(0, 40)}…` : id}" (\`noticelint rules\` lists them)`);
  try {
    return escapeTerminalLines(readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8'));
  } catch {
    throw new UsageError(`the documentation of ${id} is not installed: read it at ${ruleDocsUrl(id)}`);
  }
}
