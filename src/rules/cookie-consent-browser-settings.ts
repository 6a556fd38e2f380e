import { allLangs, clauseAt } from '../analysis/patterns.js';
import { analyzeTransfers, transferPatterns } from '../analysis/transfers.js';
import { BROWSERS, CONSENT_PLATFORMS, RULINGS } from '../facts/cookies.js';
import { consentPhrases } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { sentences } from '../model/sentences.js';
import type { Section } from '../model/types.js';
import { allMatches, hasPhrase, phrasePattern } from '../matching/patterns.js';
import type { Rule } from './types.js';

const words = (pick: (p: (typeof consentPhrases)['fi']) => readonly string[]) => allLangs(consentPhrases, pick);
const COOKIE = phrasePattern(words((p) => p.cookies), 'iu');
const REFUSAL = phrasePattern(words((p) => p.refusal), 'iu');
const CONSENT_TOOL = phrasePattern([...words((p) => p.consentTool), ...CONSENT_PLATFORMS], 'giu');
/** With the tools named without saying cookies ("privacy settings"): for a sentence about cookies. */
const CONSENT_TOOL_ON_COOKIES = phrasePattern([...words((p) => p.consentTool), ...CONSENT_PLATFORMS, ...words((p) => p.consentToolOnCookies)], 'giu');
const BROWSER_ANY = phrasePattern(words((p) => p.browser), 'giu');
const BROWSER_NAME = phrasePattern(BROWSERS, 'u');
const ADD_ON = phrasePattern(words((p) => p.browserAddOn), 'iu');
const OTHER_WAYS = phrasePattern(words((p) => p.otherWays), 'iu');
const ALTERNATIVE = phrasePattern(words((p) => p.alternatives), 'iu');
const SESSION_END = phrasePattern(words((p) => p.sessionEnd), 'giu');
const CONSENT_ASKED = phrasePattern(words((p) => p.consentAsked), 'iu');
const NECESSARY_ONLY = phrasePattern(words((p) => p.necessaryOnly), 'iu');
const NON_ESSENTIAL = phrasePattern(words((p) => p.nonEssential), 'iu');
/** A heading that is only the topic's name ("Cookie consent"), lower case, trailing punctuation and numbering dropped. */
const TOPIC_HEADINGS = new Set(words((p) => p.consentTopicHeadings).map((h) => h.toLowerCase()));
const QUESTION_OPENERS = new Set(words((p) => p.questionHeadingOpeners).map((w) => w.toLowerCase()));
/**
 * A heading that is only the topic's name ("Cookie consent"), or asks or names how ("How to
 * manage cookies", "Hur hanterar jag cookies?"): the topic, not a tool the site offers.
 */
const isTopicHeading = (text: string): boolean => {
  const bare = text.toLowerCase().replace(/^[\d.\s]+/u, '');
  if (/\?\s*$/u.test(bare) || QUESTION_OPENERS.has(bare.split(/[^\p{L}]/u)[0])) return true;
  return TOPIC_HEADINGS.has(bare.replace(/[\s:.]+$/u, ''));
};

/**
 * Whether the sentence offers a consent tool of the site's own. A tool phrase is the browser's
 * when the sentence is a browser's help ("Chrome: manage cookies", "Manage cookies in Firefox")
 * or the browser is in the phrase's clause with no "or" between them ("hallita
 * evästesuostumustasi selaimen asetuksista", "how to manage cookies in your browser"); "in the
 * cookie settings or in your browser" offers both.
 */
function offersSiteTool(text: string, tool: RegExp): boolean {
  if (!hasPhrase(tool, text)) return false;
  if (BROWSER_NAME.test(text)) return false;
  const browsers = allMatches(BROWSER_ANY, text);
  if (browsers.length === 0) return true;
  // Each tool against the browsers nearest it on either side (a hostile sentence repeats both).
  const tools = allMatches(tool, text).slice(0, MAX_TOOLS);
  let k = 0;
  return tools.some((t) => {
    while (k < browsers.length && browsers[k].index < t.index) k++;
    const [a, b] = clauseAt(text, t.index);
    const near = [browsers[k - 1], browsers[k]].filter((m) => m !== undefined && m.index >= a && m.index < b);
    return !near.some((m) => {
      const from = Math.min(m.index + m[0].length, t.index + t[0].length);
      const to = Math.max(m.index, t.index);
      return !ALTERNATIVE.test(text.slice(from, to));
    });
  });
}
const BROWSER_NAMES = phrasePattern(BROWSERS, 'gu');
/**
 * Whether a section is the browsers' help: its text names two browsers or more ("Chrome: Delete
 * cookies", "Firefox: ..."). There a heading "See cookie settings" and a sentence "change cookie
 * settings ..., you find this in your browser settings" speak of the browser's settings.
 */
function browserHelp(section: Section): boolean {
  const names = new Set(section.blocks.filter((b) => b.kind !== 'heading').flatMap((b) => allMatches(BROWSER_NAMES, b.text).map((m) => m[0])));
  return names.size >= 2;
}

/** The tool phrases of one sentence read, at most. */
const MAX_TOOLS = 20;

/**
 * The browser as a way to refuse cookies: its first mention outside words about the browser
 * closing ("deleted when you close your browser", "webbläsarsessionen"), where session cookies go,
 * and outside words about the browser keeping them ("a persistent cookie is stored by your
 * browser until it expires"): the browser as a cookie's place, not as a way to refuse it.
 */
function browserOffered(text: string): RegExpExecArray | null {
  const browsers = allMatches(BROWSER_ANY, text);
  if (browsers.length === 0) return null;
  const ends = allMatches(SESSION_END, text);
  // Both in text order: one walk.
  let e = 0;
  for (const m of browsers) {
    while (e < ends.length && ends[e].index + ends[e][0].length <= m.index) e++;
    if (e >= ends.length || ends[e].index >= m.index + m[0].length) return m;
  }
  return null;
}

/**
 * Cookies whose only refusal is the browser's settings. Silent when the notice offers a consent
 * tool or asks consent for cookies, or says it uses only strictly necessary cookies (and names no
 * analytics or advertising). One finding per notice, at the first browser-settings sentence.
 */
export const cookieConsentBrowserSettings: Rule = {
  meta: {
    id: 'cookie-consent-browser-settings',
    severity: 'warning',
    description: "Cookies whose only refusal offered is the browser's settings: that is no consent.",
    reference: 'ePrivacy Directive Art. 5(3); Finnish law 917/2014 §205; GDPR Art. 4(11), Art. 7',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'browser-only-tracking':
        "The notice uses cookies for analytics or advertising, and the only way it offers to refuse them is the browser's settings. That is not consent: non-essential cookies need the visitor's prior, active consent (ePrivacy Directive 2002/58/EC Art. 5(3); {ruling}; in Finland {finnishRuling} held that browser settings that allow cookies in general are not consent). Ask consent with a cookie banner or consent tool before setting them, and tell readers how to change their choice.",
      'browser-only':
        "The only way the notice offers to refuse its cookies is the browser's settings. That is not consent: non-essential cookies need the visitor's prior, active consent (ePrivacy Directive 2002/58/EC Art. 5(3); {ruling}; in Finland {finnishRuling} held that browser settings that allow cookies in general are not consent). Ask consent with a cookie banner or consent tool before setting them, and tell readers how to change their choice. If the site sets only strictly necessary cookies, say so instead.",
    },
  },
  check(notice, context) {
    const all = sentences(notice);
    let browserSentence: (typeof all)[number] | undefined;
    let browserMatch: RegExpExecArray | null = null;
    // A tracking or advertising service named (Google Analytics, a pixel); a payment or video service sets no cookies of the site's.
    const trackers = analyzeTransfers(notice).mentions.filter((m) => m.kind === 'service' && NON_ESSENTIAL.test(m.text));
    let nonEssential = trackers.length > 0;
    const trackerSentences = new Set(trackers.map((m) => m.sentence));
    // Once per section: a long section's sentences would each read all its blocks again.
    const helpSections = new Map<Section, boolean>();
    let necessaryOnly = false;
    let cookiesMentioned = false;
    let previousAboutCookies = false;
    for (const s of all) {
      const cookie = COOKIE.test(s.text);
      // A heading "Cookie consent" names the topic; "Cookie settings" over a section names the tool,
      // unless the section is the browsers' help.
      let help = helpSections.get(s.section);
      if (help === undefined) helpSections.set(s.section, (help = browserHelp(s.section)));
      const browsersTool = help && (s.block.kind === 'heading' || hasPhrase(BROWSER_ANY, s.text));
      // "Privacy settings" are the site's tool in a sentence about cookies; elsewhere they may be a social network's.
      // "Jos kytket ne pois selaimestasi": the sentence after one about cookies, or under a cookie heading, speaks of them.
      const onCookies = cookie || previousAboutCookies || COOKIE.test(s.section.title);
      const tool = onCookies ? CONSENT_TOOL_ON_COOKIES : CONSENT_TOOL;
      if (!browsersTool && !(s.block.kind === 'heading' && isTopicHeading(s.text)) && offersSiteTool(s.text, tool)) return;
      // "Statistics cookies are used only if you said yes": under a cookie heading, or after a sentence about cookies, too;
      // "With your consent, Google Analytics will ...": consent asked for a tracker is asked for its cookies.
      if (s.block.kind !== 'heading' && (onCookies || trackerSentences.has(s)) && CONSENT_ASKED.test(s.text)) return;
      if (cookie) {
        cookiesMentioned = true;
        if (NECESSARY_ONLY.test(s.text)) necessaryOnly = true;
        // "No cookies for analytics or marketing" says what the site does not do: only necessary ones.
        if (NON_ESSENTIAL.test(s.text)) {
          if (transferPatterns(notice).NEGATION.test(s.text)) necessaryOnly = true;
          else nonEssential = true;
        }
      }
      // "Opt out of Google Analytics with this browser add-on": a tracker refused only afterwards, in the browser.
      const trackerAddOn = ADD_ON.test(s.text) && NON_ESSENTIAL.test(s.text);
      if (trackerAddOn) nonEssential = true;
      const aboutCookies = onCookies || trackerAddOn;
      previousAboutCookies = cookie && s.block.kind !== 'heading';
      if (!browserSentence && aboutCookies && s.block.kind !== 'heading') {
        // A tracker's opt-out add-on is installed in the browser: the add-on is the browser's way to refuse.
        const browser = browserOffered(s.text) ?? (trackerAddOn ? ADD_ON.exec(s.text) : null);
        // "by browser settings or otherwise": the browser is one way among others.
        if (browser && REFUSAL.test(s.text) && !OTHER_WAYS.test(s.text)) {
          browserSentence = s;
          browserMatch = browser;
        }
      }
    }
    // A tracker refused only with its browser add-on sets cookies though the notice never says the word.
    if (!browserSentence || !browserMatch || !(cookiesMentioned || (ADD_ON.test(browserSentence.text) && NON_ESSENTIAL.test(browserSentence.text)))) return;
    if (necessaryOnly && !nonEssential) return;
    const s = browserSentence;
    context.report({
      messageId: nonEssential ? 'browser-only-tracking' : 'browser-only',
      data: { ruling: RULINGS.planet49.cite, finnishRuling: RULINGS.helsinkiAdminCourt2021.cite },
      span: blockSpan(s.block, s.index + browserMatch.index, s.index + browserMatch.index + browserMatch[0].length),
    });
  },
};
