import { RENAMED_AGENCIES, type RenamedAgency } from '../facts/agencies.js';
import { LANGS, outdatedPhrases } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { sentences } from '../model/sentences.js';
import type { Lang } from '../model/types.js';
import { LINE_SPACE } from '../matching/chars.js';
import { noticeCountry } from '../analysis/notice-context.js';
import { allMatches, escapeRegExp, hasPhrase, nothing, phrasePattern } from '../matching/patterns.js';
import type { Rule } from './types.js';
import { pushAll } from '../util/arrays.js';

const HISTORICAL = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].historical));

/** Exact-case tokens, a Finnish ending after a colon allowed ("VRK:n"); never after a number ("3 VRK", "3&nbsp;VRK": days). */
function exactSource(tokens: readonly string[]): string {
  if (tokens.length === 0) return '(?!)';
  return `(?<![\\p{L}\\p{N}])(?<!\\p{N}${LINE_SPACE}?)(?:${tokens.map(escapeRegExp).join('|')})(?::\\p{Ll}{1,5})?(?![\\p{L}\\p{N}])`;
}

interface AgencyPatterns {
  agency: RenamedAgency;
  names: RegExp;
  /** Exact-case tokens, a Finnish ending after a colon allowed ("VRK:n"); never after a number ("3 VRK", days). */
  exact: RegExp;
  finlandOnly: RegExp;
  successor: RegExp;
}

const AGENCIES: AgencyPatterns[] = RENAMED_AGENCIES.map((agency) => ({
  agency,
  names: phrasePattern(LANGS.flatMap((l) => agency.names[l])),
  exact: agency.caseSensitive.length ? new RegExp(exactSource(agency.caseSensitive), 'gu') : nothing(),
  finlandOnly: phrasePattern(LANGS.flatMap((l) => agency.finlandOnly?.[l] ?? [])),
  successor: phrasePattern(agency.successorNames),
}));

/** Whether a sentence can name any of the agencies: the union of the patterns below, tested once per sentence. */
const ANY_NAME = phrasePattern(RENAMED_AGENCIES.flatMap((a) => LANGS.flatMap((l) => [...a.names[l], ...(a.finlandOnly?.[l] ?? [])])), 'iu');
const ANY_EXACT = new RegExp(exactSource(RENAMED_AGENCIES.flatMap((a) => a.caseSensitive)), 'u');
const mayName = (text: string): boolean => ANY_NAME.test(text) || ANY_EXACT.test(text);

/**
 * Whether the sentence names the body's successor on its own. A successor name that follows an
 * old name with only white space or a hyphen between is part of that old name: "Itella Posti
 * Oy" was Posti's name until 2015, not a mention of Posti beside Itella.
 */
function namesSuccessor(successor: RegExp, text: string, hits: readonly RegExpExecArray[]): boolean {
  if (!hasPhrase(successor, text)) return false;
  const partOfOldName = (m: RegExpExecArray) =>
    hits.some((h) => {
      const end = (h.index ?? 0) + h[0].length;
      return (m.index ?? 0) >= end && /^[\s-]*$/u.test(text.slice(end, m.index));
    });
  return allMatches(successor, text).some((m) => !partOfOldName(m));
}

export const staleAgencyName: Rule = {
  meta: {
    id: 'stale-agency-name',
    severity: 'warning',
    description: 'A Finnish public body under a name it no longer has (Väestörekisterikeskus, maistraatti, Viestintävirasto, Trafi, Liikennevirasto, Itella).',
    reference: 'GDPR Art. 14(2)(f), 13(1)(e): sources and recipients must be identifiable',
    languages: ['fi', 'sv', 'en'],
    messages: {
      renamed: '"{quote}" names {was}, which became {now} on {since}: name the current body.',
      'renamed-local': '"{quote}" names {was}, which became {now} on {since}: name the current body ({local}).',
    },
  },
  check(notice, context) {
    const lang: Lang = notice.language === 'und' ? 'fi' : notice.language;
    let finland: boolean | null = null;
    for (const s of sentences(notice)) {
      if (!mayName(s.text)) continue;
      for (const p of AGENCIES) {
        const hits = [...allMatches(p.names, s.text), ...allMatches(p.exact, s.text)];
        if (p.agency.finlandOnly) {
          const local = allMatches(p.finlandOnly, s.text);
          if (local.length) {
            finland ??= noticeCountry(notice) === 'fi';
            if (finland) pushAll(hits, local);
          }
        }
        if (hits.length === 0) continue;
        // "Digi- ja väestötietovirasto (ent. Väestörekisterikeskus)": a historical mention.
        if (hasPhrase(HISTORICAL, s.text) || namesSuccessor(p.successor, s.text, hits)) continue;
        hits.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
        const m = hits[0];
        const start = s.index + (m.index ?? 0);
        const a = p.agency;
        context.report({
          ...(a.now.en === a.now[lang]
            ? { messageId: 'renamed', data: { quote: m[0], was: a.was, now: a.now.en, since: a.since } }
            : { messageId: 'renamed-local', data: { quote: m[0], was: a.was, now: a.now.en, since: a.since, local: a.now[lang] } }),
          span: blockSpan(s.block, start, start + m[0].length),
          suggestion: a.now[lang],
        });
      }
    }
  },
};
