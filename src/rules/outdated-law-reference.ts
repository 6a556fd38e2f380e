import { HETIL_SECTIONS, REPEALED_LAWS, type RepealedLaw, SWEDISH_PUL } from '../facts/laws.js';
import { LANGS, noticeLang, outdatedPhrases } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import type { Lang } from '../model/types.js';
import { sentences } from '../model/sentences.js';
import { noticeCountry } from '../analysis/notice-context.js';
import { allMatches, escapeRegExp, hasPhrase, nothing, phrasePattern } from '../matching/patterns.js';
import type { MessageData, Rule } from './types.js';

const HISTORICAL = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].historical));
/** The same English name is Norway's current act: a sentence about Norway is not a citation of a repealed law. */
const OTHER_COUNTRY = /(?<![\p{L}])(?:Norw\p{L}*|Norge|Noreg|Norja\p{L}*|Iceland\p{L}*|Islan\p{L}*)/iu;

function numberPattern(numbers: readonly string[]): RegExp {
  if (numbers.length === 0) return nothing();
  return new RegExp(`(?<![\\p{N}/:])(?:${numbers.map(escapeRegExp).join('|')})(?:\\/(?:EY|EC|EG|ETY|EEC|EEG))?(?![\\p{N}])`, 'gu');
}

/** Exact-case tokens between word boundaries. */
function exactPattern(tokens: readonly string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${tokens.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
}

interface LawPatterns {
  law: RepealedLaw;
  /** Names in Swedish and English that also fit Sweden's repealed Personal Data Act. */
  ambiguous: RegExp;
  names: RegExp;
  exact: RegExp;
  numbers: RegExp;
  /** Ends with words that make the name another law's (matched on the text just before it). */
  notAfter: RegExp;
}

const AMBIGUOUS_LAW = 'henkilotietolaki';
const LAWS: LawPatterns[] = REPEALED_LAWS.map((law) => {
  const ambiguousNames = law.id === AMBIGUOUS_LAW ? [...law.names.sv, ...law.names.en] : [];
  return {
    law,
    ambiguous: phrasePattern(ambiguousNames),
    names: phrasePattern(law.id === AMBIGUOUS_LAW ? law.names.fi : LANGS.flatMap((l) => law.names[l])),
    exact: law.caseSensitive.length ? exactPattern(law.caseSensitive, 'gu') : nothing(),
    numbers: numberPattern(law.numbers),
    notAfter: law.notAfter?.length ? new RegExp(`(?:${phrasePattern(law.notAfter).source})\\s*$`, 'iu') : nothing(),
  };
});
const PUL_ABBREVIATIONS = exactPattern(SWEDISH_PUL.abbreviations, 'gu');

/**
 * Whether a sentence can cite a repealed law at all: the union of every pattern the per-law
 * checks below use, tested once per sentence (most sentences cite none).
 */
const ANY_NAME = phrasePattern(REPEALED_LAWS.flatMap((law) => LANGS.flatMap((l) => law.names[l])), 'iu');
const ANY_EXACT = exactPattern([...REPEALED_LAWS.flatMap((law) => law.caseSensitive), ...SWEDISH_PUL.abbreviations], 'u');
const ANY_NUMBER = new RegExp(numberPattern([...REPEALED_LAWS.flatMap((law) => law.numbers), ...SWEDISH_PUL.numbers]).source, 'u');
const mayCite = (text: string): boolean => ANY_NAME.test(text) || ANY_EXACT.test(text) || ANY_NUMBER.test(text);
const FINNISH_NUMBERS = numberPattern(REPEALED_LAWS.find((l) => l.id === AMBIGUOUS_LAW)!.numbers);
const SWEDISH_NUMBERS = numberPattern(SWEDISH_PUL.numbers);

/** "10 ja 24", "26-28", "10, 24 och 26": a list of section numbers. */
const NUMLIST = '\\d{1,2}(?:\\s{0,2}(?:§\\s{0,2})?(?:,|-|–|ja|och|and|&)\\s{0,2}\\d{1,2}){0,5}';
/** Sections cited right after the law's name: "(10 ja 24 §)", "26§", "(523/1999) 10 §:n", ", sections 10 and 24". */
const SECTIONS_AFTER = new RegExp(`^[\\s(),]{0,4}(?:\\d{3}\\/\\d{2,4}\\)?[\\s,]{0,3})?(?:(${NUMLIST})\\s{0,2}§|§\\s{0,2}(${NUMLIST})|sections?\\s{1,2}(${NUMLIST}))`, 'iu');
/** Sections cited right before it: "10 § i personuppgiftslagen", "section 26 of the Personal Data Act". */
const SECTIONS_BEFORE = new RegExp(`(?:(${NUMLIST})\\s{0,2}§|§\\s{0,2}(${NUMLIST})|sections?\\s{1,2}(${NUMLIST}))[\\s:]{0,3}(?:(?:i|of|of the|in|in the|enligt)\\s{1,3})?$`, 'iu');

function sectionNumbers(list: string): number[] {
  const out: number[] = [];
  const re = /(\d{1,2})(?:\s{0,2}[-–]\s{0,2}(\d{1,2}))?/gu;
  for (const m of list.matchAll(re)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= Math.min(to, from + 10); n++) out.push(n);
  }
  return out;
}

function articleText(lang: Lang, articles: number[]): string {
  if (articles.length === 0) return '';
  const last = articles[articles.length - 1];
  const list = articles.length === 1 ? `${last}` : `${articles.slice(0, -1).join(', ')} ${lang === 'fi' ? 'ja' : lang === 'sv' ? 'och' : 'and'} ${last}`;
  if (lang === 'fi') return ` (${list} artikla)`;
  if (lang === 'sv') return ` (${articles.length === 1 ? 'artikel' : 'artiklarna'} ${list})`;
  return ` (${articles.length === 1 ? 'Article' : 'Articles'} ${list})`;
}

interface Hit {
  start: number;
  end: number;
}

function hitsOf(pattern: RegExp, text: string): Hit[] {
  return allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * One message per repealed law, its name, status and replacement written in from the facts
 * (src/facts/laws.ts); the quotation and what the cited sections are now are data.
 */
const MESSAGES: Record<string, string> = {
  ...Object.fromEntries(REPEALED_LAWS.map((l) => [l.id, `"{quote}" cites ${l.title}, ${l.status}.{detail} Cite ${l.replacement} instead.`])),
  'pul-se': `"{quote}" cites ${SWEDISH_PUL.title}, ${SWEDISH_PUL.status}: cite ${SWEDISH_PUL.replacement} instead.`,
  'pul-either':
    `"{quote}" cites a repealed Personal Data Act: Finland's (523/1999, repealed on 1.1.2019) or Sweden's (1998:204, repealed on 25.5.2018). Cite the GDPR (EU) 2016/679 and the national Data Protection Act instead (Finland: tietosuojalaki 1050/2018; Sweden: dataskyddslagen 2018:218).`,
  // A cited section of the Personal Data Act and where its matter is now, one after another ({next}).
  ...Object.fromEntries(Object.entries(HETIL_SECTIONS).map(([n, s]) => [`section-${n}`, ` Its § ${n} (${s.topic}) ${s.now}.{next}`])),
};

export const outdatedLawReference: Rule = {
  meta: {
    id: 'outdated-law-reference',
    severity: 'error',
    description: 'A repealed law (Henkilötietolaki 523/1999, personuppgiftslagen, Directive 95/46/EC, ...) cited as if in force.',
    reference: 'Tietosuojalaki 1050/2018 (repealed the Personal Data Act 523/1999 on 1.1.2019); GDPR Art. 94 (repealed Directive 95/46/EC)',
    languages: ['fi', 'sv', 'en'],
    messages: MESSAGES,
  },
  check(notice, context) {
    const notes = noticeLang(notice);
    for (const s of sentences(notice)) {
      const text = s.text;
      if (!mayCite(text)) continue;
      const found: { key: string; hits: Hit[]; law: RepealedLaw | null }[] = [];
      for (const p of LAWS) {
        const direct = [...hitsOf(p.names, text), ...hitsOf(p.exact, text), ...hitsOf(p.numbers, text)];
        const ambiguous = p.law.id === AMBIGUOUS_LAW ? [...hitsOf(p.ambiguous, text), ...hitsOf(PUL_ABBREVIATIONS, text)] : [];
        if (direct.length === 0 && ambiguous.length === 0) continue;
        if (p.law.id !== AMBIGUOUS_LAW) {
          // "sähköisen viestinnän tietosuojadirektiivi": another directive, one in force.
          const own = direct.filter((h) => !p.notAfter.test(text.slice(Math.max(0, h.start - 40), h.start)));
          if (own.length) found.push({ key: p.law.id, hits: own, law: p.law });
          continue;
        }
        // "personuppgiftslagen", "Personal Data Act", "PuL": Finland's 523/1999 or Sweden's 1998:204?
        const swedish = hitsOf(SWEDISH_NUMBERS, text).length > 0;
        const finnish = hitsOf(FINNISH_NUMBERS, text).length > 0 || hitsOf(p.names, text).length > 0;
        const country = finnish ? 'fi' : swedish ? 'se' : noticeCountry(notice);
        if (ambiguous.length && OTHER_COUNTRY.test(text) && direct.length === 0) continue;
        const key = country === 'fi' ? AMBIGUOUS_LAW : country === 'se' ? 'pul-se' : 'pul-either';
        found.push({ key, hits: [...direct, ...ambiguous], law: key === AMBIGUOUS_LAW ? p.law : null });
      }
      if (!found.length) {
        if (hitsOf(SWEDISH_NUMBERS, text).length === 0) continue;
        found.push({ key: 'pul-se', hits: hitsOf(SWEDISH_NUMBERS, text), law: null });
      }
      if (hasPhrase(HISTORICAL, text)) continue;
      for (const f of found) {
        const hits = f.hits.sort((a, b) => a.start - b.start);
        const first = hits[0];
        // One citation: the name with the number and sections right after it.
        let end = first.end;
        for (const h of hits.slice(1)) if (h.start - end <= 4) end = Math.max(end, h.end);
        let sections: number[] = [];
        if (f.key === AMBIGUOUS_LAW) {
          const after = SECTIONS_AFTER.exec(text.slice(end, end + 60));
          if (after) {
            sections = sectionNumbers(after[1] ?? after[2] ?? after[3] ?? '');
            end += after[0].length;
          } else {
            const before = SECTIONS_BEFORE.exec(text.slice(Math.max(0, first.start - 40), first.start));
            if (before) sections = sectionNumbers(before[1] ?? before[2] ?? before[3] ?? '');
          }
        }
        // Close a parenthesis the citation opened: "Henkilötietolain (523/99)".
        if (text[end] === ')' && text.slice(first.start, end).split('(').length > text.slice(first.start, end).split(')').length) end++;
        const quoted = text.slice(first.start, end).replace(/\s+/gu, ' ');
        const span = blockSpan(s.block, s.index + first.start, s.index + end);
        context.report({ ...describe(f.key, f.law, quoted, sections, notes), span });
      }
    }
  },
};

/** The finding for one citation; the suggestion is the words to write into the notice, in its language. */
function describe(key: string, law: RepealedLaw | null, quoted: string, sections: number[], notes: Lang): { messageId: string; data: MessageData; suggestion: string } {
  if (key === 'pul-se') {
    return { messageId: 'pul-se', data: { quote: quoted }, suggestion: SWEDISH_PUL.suggestion };
  }
  if (key === 'pul-either') {
    const fi = REPEALED_LAWS.find((l) => l.id === AMBIGUOUS_LAW)!;
    return {
      messageId: 'pul-either',
      data: { quote: quoted },
      suggestion: notes === 'sv' ? `${fi.suggestion.sv} (i Sverige: ${SWEDISH_PUL.suggestion})` : fi.suggestion[notes],
    };
  }
  const l = law!;
  const known = [...new Set(sections)].filter((n) => HETIL_SECTIONS[n]);
  // The sections' notes as a chain of nested messages, so that each is translated with the rule.
  const detail = known.reduceRight<MessageData[string]>((next, n) => ({ messageId: `section-${n}`, data: { next } }), '');
  const articles = [...new Set(known.flatMap((n) => HETIL_SECTIONS[n].articles))].sort((a, b) => a - b);
  return {
    messageId: l.id,
    data: { quote: quoted, detail },
    suggestion: l.suggestion[notes].replace('2016/679', `2016/679${articleText(notes, articles)}`),
  };
}
