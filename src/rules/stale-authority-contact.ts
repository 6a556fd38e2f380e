import {
  AUTHORITY_HOST,
  FINNISH_AUTHORITY,
  FINNISH_AUTHORITY_NAMES,
  FINNISH_AUTHORITY_POST_BOX,
  OLD_POSTAL_CODES,
  OLD_STREETS,
  OLD_URL_PATHS,
  OLD_VISITING_POSTAL_CODES,
  OTHER_OFFICES_AT_OLD_ADDRESS,
  STALE_FAX,
  STALE_PHONES,
  SWEDISH_AUTHORITY,
  WRONG_EMAILS,
} from '../facts/authority.js';
import { derivedKey, getCached } from '../model/derived.js';
import { LANGS, noticeLang, outdatedPhrases } from '../lang/index.js';
import { blockSpan, visibleText } from '../model/blocks.js';
import { sentences } from '../model/sentences.js';
import type { Block, Notice, Span } from '../model/types.js';
import { frontMatterDate, noticeDate } from '../analysis/dates.js';
import { noticeCountry } from '../analysis/notice-context.js';
import { LINE_SPACE } from '../matching/chars.js';
import { allMatches, escapeRegExp, hasPhrase, phrasePattern } from '../matching/patterns.js';
import type { Report, Rule } from './types.js';
import { countAtMost } from '../util/arrays.js';

/**
 * Findings: one per stale detail (an old street address with its floor and postal code counts
 * as one detail), each pointing at that detail and carrying the current value. Street
 * addresses, postal codes and phone numbers are checked only near the authority's name or its
 * post box; URLs and e-mail addresses on the authority's own domain are checked anywhere.
 */

const AUTHORITY = phrasePattern(FINNISH_AUTHORITY_NAMES);
const OTHER_OFFICE = phrasePattern(OTHER_OFFICES_AT_OLD_ADDRESS.filter((n) => n !== 'AVI'));
const AVI = /(?<![\p{L}\p{N}])AVI(?![\p{L}])/gu;
/** How far (in characters of the surrounding text) a detail may be from the authority's name. */
const NEAR = 250;

const SEP = `${LINE_SPACE}{0,2}[,.]?${LINE_SPACE}{0,2}`;
/** Address words of every language (lexicon/<lang>/outdated.yaml): the authority's address is the same whatever the notice's language. */
const addressWords = (pick: (p: (typeof outdatedPhrases)['fi']) => string[]) =>
  [...new Set(LANGS.flatMap((l) => pick(outdatedPhrases[l])))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /gu, '\\s?'))
    .join('|');
const FLOOR_WORD = addressWords((p) => p.floorWords);
/** "6. krs", "6 kerros", "6th floor", "krs 6", "våningen 6". */
const FLOOR = `(?:6(?:th|\\.)?${LINE_SPACE}?(?:${FLOOR_WORD})\\.?|(?:${FLOOR_WORD})\\.?${LINE_SPACE}?6)`;
const CITY = `(${[FINNISH_AUTHORITY.city.fi, FINNISH_AUTHORITY.city.sv].map(escapeRegExp).join('|')})`;
const OLD_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(${OLD_STREETS.map((s) => escapeRegExp(s.street).replace(/ /gu, `${LINE_SPACE}?`)).join('|')})(?![\\p{N}])(?:${SEP}${FLOOR})?(?:${SEP}(?:FI-)?(${OLD_VISITING_POSTAL_CODES.join('|')})(?![\\p{N}]))?(?:${LINE_SPACE}{1,2}${CITY}(?![\\p{L}]))?`,
  'giu',
);
const POSTAL_CODE = new RegExp(`(?<![\\p{N}])(?:FI-)?(${[...OLD_POSTAL_CODES.map((c) => c.code), ...OLD_VISITING_POSTAL_CODES].join('|')})(?![\\p{N}])`, 'gu');
/** Finnish numbers in the 029 range, national or international form, however grouped. */
const PHONE_SEP = `(?:${LINE_SPACE}|-)`;
const PHONE = new RegExp(`(?<![\\p{N}+])(?:\\+358${PHONE_SEP}?\\(?0?\\)?${PHONE_SEP}?|0)29(?:${PHONE_SEP}?\\d){7,8}(?![\\p{N}])`, 'gu');
const BOX_BEFORE = new RegExp(`(?:${addressWords((p) => p.postBoxWords)})\\s?800[\\s,]*$`, 'iu');
const CURRENT_STREET_BEFORE = new RegExp(`(?:${[FINNISH_AUTHORITY.street.fi, FINNISH_AUTHORITY.street.sv].map(escapeRegExp).join('|')})[\\s,]{0,3}$`, 'iu');
const FAX_LABEL = new RegExp(`(?:${addressWords((p) => p.faxWords)})\\p{L}*[\\s:.]*$`, 'iu');
/**
 * Any number given as a fax ("Faksi: + 358 9 56 66735", "Fax 029 566 6735"): the office lists no
 * fax any more, so a fax number under the authority is outdated whatever its digits. The number
 * is group 1.
 */
const FAX_LABEL_ANYWHERE = new RegExp(`(?:${addressWords((p) => p.faxWords)})`, 'iu');
const LABELLED_FAX = new RegExp(`(?:${addressWords((p) => p.faxWords)})\\p{L}*[\\s:.]{0,4}(\\+?\\s?\\(?\\d(?:[\\s()-]{0,2}\\d){5,13})(?![\\p{N}])`, 'giu');
const OLD_URL = new RegExp(
  `(https?:\\/\\/)?(www\\.)?${escapeRegExp(AUTHORITY_HOST)}\\/(?:${OLD_URL_PATHS.map(escapeRegExp).join('|')})[^\\s<>"'()\\[\\]]{0,300}`,
  'giu',
);
const WRONG_EMAIL = new RegExp(`(?<![\\p{L}\\p{N}._%+-])(?:${WRONG_EMAILS.map((e) => escapeRegExp(e.email)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const SWEDISH_OLD_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}./@])(?:${[...SWEDISH_AUTHORITY.oldNames].sort((a, b) => b.name.length - a.name.length).map((n) => escapeRegExp(n.name).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`,
  'giu',
);
const SWEDISH_OLD_URL = new RegExp(`(?<![\\p{L}\\p{N}.@-])(https?:\\/\\/)?(www\\.)?${escapeRegExp(SWEDISH_AUTHORITY.oldHost)}(?![\\p{L}\\p{N}-])[^\\s<>"'()\\[\\]]{0,300}`, 'giu');
const HISTORICAL = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].historical));
/** The new name, also broken as a compound is on a narrow page ("Integritetsskydds-myndigheten"). */
const SWEDISH_NEW_NAME = /Integritetsskydds(?:-\s?|\s)?myndighet|(?<![\p{L}])IMY(?![\p{L}])/u;

/**
 * Words one of which every match of a pattern contains (its first literal words, in lower case):
 * a text without any of them is not searched, and the pattern is never compiled for it. Most
 * notices name none of the old addresses, hosts or names.
 */
const firstWord = (text: string): string => text.toLowerCase().split(/\s+/u)[0];
const NEEDS = {
  url: [AUTHORITY_HOST.toLowerCase()],
  email: WRONG_EMAILS.map((e) => e.email.toLowerCase()),
  street: OLD_STREETS.map((s) => firstWord(s.street)),
  swedishHost: [SWEDISH_AUTHORITY.oldHost.toLowerCase()],
  swedishName: SWEDISH_AUTHORITY.oldNames.map((n) => firstWord(n.name)),
};
const mayContain = (lower: string, words: readonly string[]): boolean => words.some((w) => lower.includes(w));

/** The notice's source and its blocks' text in lower case, for the guards above (once per notice). */
const LOWERED = derivedKey<{ source: string; blocks: string }>('lower-cased source and blocks');
function lowerOf(notice: Notice): { source: string; blocks: string } {
  return getCached(notice, LOWERED, (n) => ({ source: n.source.toLowerCase(), blocks: n.blocks.map((b) => b.text).join('\n').toLowerCase() }));
}

/**
 * A block with its neighbours (up to three blocks before and one after, when close): an
 * address is often split over lines or paragraphs under the authority's name.
 */
function surroundings(notice: Notice, index: number): { text: string; offset: number } {
  const block = notice.blocks[index];
  let text = block.text;
  let offset = 0;
  for (let i = index - 1, gap = 0; i >= 0 && i >= index - 3; i--) {
    const prev = notice.blocks[i];
    gap += Math.max(0, notice.blocks[i + 1].span.start - prev.span.end) + prev.text.length;
    if (gap > NEAR) break;
    text = prev.text + '\n' + text;
    offset += prev.text.length + 1;
  }
  const next = notice.blocks[index + 1];
  if (next && next.span.start - block.span.end <= NEAR / 2) text = text + '\n' + next.text;
  return { text, offset };
}

/**
 * Match ranges of a pattern in the last text asked about. Scanning the whole text again for
 * every candidate address was quadratic (a block repeating an old address 4,000 times: 3.5 s,
 * 20,000 times: over a minute).
 */
const MATCH_RANGES = derivedKey<Map<RegExp, { text: string; starts: number[]; ends: number[] }>>('authority pattern match ranges');

function matchRanges(notice: Notice, pattern: RegExp, text: string): { starts: number[]; ends: number[] } {
  const rangeCache = getCached(notice, MATCH_RANGES, () => new Map());
  const cached = rangeCache.get(pattern);
  if (cached && cached.text === text) return cached;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of allMatches(pattern, text)) {
    starts.push(m.index ?? 0);
    ends.push((m.index ?? 0) + m[0].length);
  }
  const entry = { text, starts, ends };
  rangeCache.set(pattern, entry);
  return entry;
}

/** Whether the text at [start, end) is next to the Finnish authority and not nearer another office. */
function nearAuthority(notice: Notice, text: string, start: number, end: number): boolean {
  const distance = (pattern: RegExp): number => {
    // Matches are in order and do not overlap: the nearest is next to the first one ending after `start`.
    const { starts, ends } = matchRanges(notice, pattern, text);
    const lo = countAtMost(ends, start);
    if (lo < ends.length && starts[lo] < end) return 0;
    const before = lo > 0 ? start - ends[lo - 1] : Infinity;
    const after = lo < ends.length ? starts[lo] - end : Infinity;
    return Math.min(before, after);
  };
  const own = Math.min(distance(AUTHORITY), distance(FINNISH_AUTHORITY_POST_BOX));
  if (own > NEAR) return false;
  return Math.min(distance(OTHER_OFFICE), distance(AVI)) >= own;
}

/** Whether the authority's name or post box stands before `at` in the text (the fax is listed under it, not in the controller's details above). */
function authorityAbove(notice: Notice, text: string, at: number): boolean {
  return [AUTHORITY, FINNISH_AUTHORITY_POST_BOX].some((p) => {
    const { ends } = matchRanges(notice, p, text);
    return ends.length > 0 && ends[0] <= at;
  });
}

/**
 * A fix only where the source holds exactly the text the rule matched: in Markdown and HTML a
 * match may span markup or entities ("<b>Ratapihantie 9</b>", "&nbsp;"), which a replacement
 * would destroy. Elsewhere the finding stays, with the current value in its message.
 */
function literalFix(notice: Notice, span: Span, matched: string, text: string): { fix?: { span: Span; text: string } } {
  return notice.source.slice(span.start, span.end) === matched ? { fix: { span, text } } : {};
}

function digits(phone: string): string {
  const d = phone.replace(/\D/gu, '');
  return d.startsWith('358') ? '0' + d.slice(3).replace(/^0/u, '') : d;
}

export const staleAuthorityContact: Rule = {
  meta: {
    id: 'stale-authority-contact',
    severity: 'error',
    description: "The supervisory authority's old address, postal code, fax, URL or e-mail, or Sweden's authority under its old name.",
    reference: 'GDPR Art. 13(2)(d), 77: the right to lodge a complaint with a supervisory authority',
    languages: ['fi', 'sv', 'en'],
    fixable: true,
    messages: {
      'old-url': "{url} is a page of the Data Protection Ombudsman's old web site, gone since 2018: link to {web} instead.",
      'wrong-email': "{email} is not the Data Protection Ombudsman's e-mail address: it is {current}.",
      'old-street':
        '"{text}" is the Data Protection Ombudsman\'s old visiting address: the office is at {street}, {visitingCode} {visitingCity}; post goes to {postBox}, {postBoxCode} {postCity}.',
      'old-postal-code-post': "{code} is {what}: the Data Protection Ombudsman's postal address is {postBox}, {postBoxCode} {city}.",
      'old-postal-code-visit': "{code} is {what}: the Data Protection Ombudsman's visiting address is {street}, {visitingCode} {city}.",
      'old-postal-code': "{code} is {what}: the Data Protection Ombudsman's addresses are {postBox}, {postBoxCode} {city} (post) and {street}, {visitingCode} {city} (visits).",
      'old-fax': '{phone} is {what}: remove it with its label; the switchboard is {switchboard} and the e-mail {email}.',
      'old-phone': '{phone} is {what}, no longer listed: use the switchboard {switchboard} instead.',
      'swedish-authority-in-finland':
        "\"{name}\" was Sweden's supervisory authority (renamed Integritetsskyddsmyndigheten, IMY, on {since}), not Finland's: complaints in Finland go to {authority} ({web}).",
      'renamed-undated-sweden': '"{name}" has been called {current} since {since}. The notice carries no date: name the authority by its current name.',
      'renamed-undated': '"{name}" has been called {current} since {since}. The notice carries no date: name the authority by its current name (or, if the notice is about Finland, Dataombudsmannens byrå).',
      'renamed-dated-sweden': '"{name}" has been called {current} since {since}. The notice is dated {year}: name the authority by its current name.',
      'renamed-dated': '"{name}" has been called {current} since {since}. The notice is dated {year}: name the authority by its current name (or, if the notice is about Finland, Dataombudsmannens byrå).',
      'old-swedish-url': "{url} is the old web site of Sweden's supervisory authority, renamed on {since}: it is https://www.{host} now.",
    },
  },
  check(notice, context) {
    const reported: Span[] = [];
    const report = (r: Report) => {
      if (reported.some((s) => s.start < r.span.end && r.span.start < s.end)) return;
      reported.push(r.span);
      context.report(r);
    };
    const A = FINNISH_AUTHORITY;

    const lower = lowerOf(notice);
    // On the authority's own domain: anywhere in the source (link targets included).
    for (const m of mayContain(lower.source, NEEDS.url) ? allMatches(OLD_URL, notice.source) : []) {
      const url = m[0].replace(/[.,;:]+$/u, '');
      const start = m.index ?? 0;
      const text = m[1] ? A.web : m[2] ? A.web.replace(/^https:\/\//u, 'www.') : A.web.replace(/^https:\/\//u, '');
      report({
        messageId: 'old-url',
        data: { url: visibleText(url), web: A.web },
        span: { start, end: start + url.length },
        fix: { span: { start, end: start + url.length }, text },
      });
    }
    for (const m of mayContain(lower.source, NEEDS.email) ? allMatches(WRONG_EMAIL, notice.source) : []) {
      const start = m.index ?? 0;
      const right = WRONG_EMAILS.find((e) => e.email === m[0].toLowerCase())?.current ?? A.email;
      report({
        messageId: 'wrong-email',
        data: { email: m[0], current: right },
        span: { start, end: start + m[0].length },
        fix: { span: { start, end: start + m[0].length }, text: right },
      });
    }

    // Near the authority's name or post box: streets, postal codes, phone numbers.
    // (Whether the notice names an old street at all is asked once, not per block: that was
    // quadratic, 0.8 s of a page of 30,000 table rows.)
    const streets = mayContain(lower.blocks, NEEDS.street);
    notice.blocks.forEach((block, index) => {
      if (!/\d/u.test(block.text)) return;
      const around = surroundings(notice, index);
      const near = (from: number, to: number) => nearAuthority(notice, around.text, around.offset + from, around.offset + to);
      const streetSpans: [number, number][] = [];
      for (const m of streets ? allMatches(OLD_STREET, block.text) : []) {
        const i = m.index ?? 0;
        const end = i + m[0].length;
        if (!near(i, end)) continue;
        streetSpans.push([i, end]);
        const old = OLD_STREETS.find((s) => s.street.toLowerCase().replace(/\s/gu, '') === m[1].toLowerCase().replace(/\s/gu, ''));
        const street = old?.current ?? A.street.fi;
        const city = m[3] ? ` ${m[3]}` : '';
        const text = `${street}${m[2] ? `, ${A.visitingPostalCode}` : ''}${city}`;
        const cityName = m[1].toLowerCase().startsWith('bang') ? A.city.sv : A.city.fi;
        report({
          messageId: 'old-street',
          data: {
            text: m[0].trim(),
            street,
            visitingCode: A.visitingPostalCode,
            visitingCity: cityName,
            postBox: A.postBox[noticeLang(notice)],
            postBoxCode: A.postBoxPostalCode,
            postCity: A.city[noticeLang(notice)],
          },
          span: blockSpan(block, i, end),
          ...literalFix(notice, blockSpan(block, i, end), m[0], text),
        });
      }
      for (const m of allMatches(POSTAL_CODE, block.text)) {
        const i = m.index ?? 0;
        const end = i + m[0].length;
        if (streetSpans.some(([s, e]) => i >= s && i < e) || !near(i, end)) continue;
        const code = m[1];
        const known = OLD_POSTAL_CODES.find((c) => c.code === code);
        // The shape around the code decides which current code it becomes: after a street it is
        // the visiting address (00530) unless the post box comes first ("PL 800, <street>, 00521").
        const street = streetSpans.find(([, e]) => i >= e && i - e <= 3)?.[0] ?? CURRENT_STREET_BEFORE.exec(block.text.slice(Math.max(0, i - 30), i))?.index;
        const streetStart = streetSpans.find(([, e]) => i >= e && i - e <= 3)?.[0] ?? (street === undefined ? undefined : Math.max(0, i - 30) + street);
        const boxEnd = streetStart ?? i;
        const boxBefore = BOX_BEFORE.test(block.text.slice(Math.max(0, boxEnd - 25), boxEnd));
        const current = boxBefore ? A.postBoxPostalCode : streetStart !== undefined ? A.visitingPostalCode : (known?.current ?? null);
        const what = known?.what ?? 'the postal code of the old visiting address';
        const l = noticeLang(notice);
        report({
          ...(current === A.postBoxPostalCode
            ? { messageId: 'old-postal-code-post', data: { code, what, postBox: A.postBox[l], postBoxCode: A.postBoxPostalCode, city: A.city[l] } }
            : current
              ? { messageId: 'old-postal-code-visit', data: { code, what, street: A.street[l], visitingCode: A.visitingPostalCode, city: A.city[l] } }
              : { messageId: 'old-postal-code', data: { code, what, postBox: A.postBox[l], postBoxCode: A.postBoxPostalCode, city: A.city[l], street: A.street[l], visitingCode: A.visitingPostalCode } }),
          span: blockSpan(block, i, end),
          ...(current ? literalFix(notice, blockSpan(block, end - code.length, end), code, current) : {}),
        });
      }
      for (const m of allMatches(PHONE, block.text)) {
        const i = m.index ?? 0;
        const end = i + m[0].length;
        const stale = STALE_PHONES.find((p) => p.digits === digits(m[0]));
        if (!stale || !near(i, end)) continue;
        const fax = FAX_LABEL.test(block.text.slice(Math.max(0, i - 20), i)) || stale.what.includes('fax');
        report({
          ...(fax
            ? { messageId: 'old-fax', data: { phone: m[0], what: stale.what, switchboard: A.switchboard[noticeLang(notice)], email: A.email } }
            : { messageId: 'old-phone', data: { phone: m[0], what: stale.what, switchboard: A.switchboard[noticeLang(notice)] } }),
          span: blockSpan(block, i, end),
          ...(fax ? {} : { suggestion: A.switchboard[noticeLang(notice)] }),
        });
      }
      // A fax given under the authority (its name or post box above it, near): the office has none now.
      // (After the known numbers, whose own finding says which number it was.)
      for (const m of FAX_LABEL_ANYWHERE.test(block.text) ? allMatches(LABELLED_FAX, block.text) : []) {
        const end = (m.index ?? 0) + m[0].length;
        const i = end - m[1].length;
        if (!near(i, end) || !authorityAbove(notice, around.text, around.offset + i)) continue;
        report({
          messageId: 'old-fax',
          data: { phone: m[1], what: STALE_FAX, switchboard: A.switchboard[noticeLang(notice)], email: A.email },
          span: blockSpan(block, i, end),
        });
      }
    });

    checkSwedishAuthority(notice, report);
  },
};

/** Datainspektionen: Sweden's authority under its old name, or wrongly named as Finland's. */
function checkSwedishAuthority(notice: Notice, report: (r: Report) => void): void {
  const country = noticeCountry(notice);
  // A page with no date in its text may carry one in its front matter, which its site publishes with it.
  const date = noticeDate(notice) ?? frontMatterDate(notice);
  const year = date ? Number(date.iso.slice(0, 4)) : null;
  const renamedYear = Number(SWEDISH_AUTHORITY.renamedOn.slice(0, 4));
  const since = SWEDISH_AUTHORITY.renamedOnText;
  const lower = lowerOf(notice);
  const hosts = mayContain(lower.source, NEEDS.swedishHost) ? allMatches(SWEDISH_OLD_URL, notice.source) : [];
  const mentions: { block: Block; start: number; end: number; name: string; sentence: string }[] = [];
  for (const s of mayContain(lower.blocks, NEEDS.swedishName) ? sentences(notice) : []) {
    for (const m of allMatches(SWEDISH_OLD_NAME, s.text)) {
      const start = s.index + (m.index ?? 0);
      mentions.push({ block: s.block, start, end: start + m[0].length, name: m[0], sentence: s.text });
    }
  }
  if (mentions.length === 0 && hosts.length === 0) return;
  const current = SWEDISH_AUTHORITY.currentName[noticeLang(notice)];
  for (const m of mentions) {
    if (hasPhrase(HISTORICAL, m.sentence) || SWEDISH_NEW_NAME.test(m.sentence)) continue;
    const span = blockSpan(m.block, m.start, m.end);
    if (country === 'fi') {
      report({
        messageId: 'swedish-authority-in-finland',
        data: { name: m.name, since, authority: FINNISH_AUTHORITY.name[noticeLang(notice)], web: FINNISH_AUTHORITY.web.replace(/^https:\/\//u, '') },
        span,
        suggestion: FINNISH_AUTHORITY.name[noticeLang(notice)],
      });
      continue;
    }
    if (year !== null && year < renamedYear) continue;
    const form = SWEDISH_AUTHORITY.oldNames.find((n) => n.name.toLowerCase() === m.name.toLowerCase().replace(/\s+/gu, ' '));
    report({
      messageId: `${year === null ? 'renamed-undated' : 'renamed-dated'}${country === 'se' ? '-sweden' : ''}`,
      data: { name: m.name, current, since, ...(year === null ? {} : { year }) },
      span,
      ...(country === 'se' && form ? literalFix(notice, span, m.name, form.current) : { suggestion: current }),
    });
  }
  if (country === 'fi' || (year !== null && year < renamedYear)) return;
  for (const m of hosts) {
    const start = m.index ?? 0;
    const url = m[0].replace(/[.,;:]+$/u, '');
    const span = { start, end: start + url.length };
    const host = SWEDISH_AUTHORITY.currentHost;
    report({
      messageId: 'old-swedish-url',
      data: { url: visibleText(url), since, host },
      span,
      fix: { span, text: m[1] ? `https://www.${host}` : m[2] ? `www.${host}` : host },
    });
  }
}
