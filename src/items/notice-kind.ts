/**
 * Whether a file is a privacy notice at all. A README, a cookie banner, a random text or an empty
 * file does not call itself a notice, talks little about personal data and states few of the
 * items every notice has; linting it for twenty missing items would bury the one useful answer:
 * this is not a notice.
 */
import type { ItemId } from './ids.js';
import type { ItemEvidence } from './types.js';
import type { NoticeView } from './view.js';
import { perVocabulary } from './vocab.js';
import { compilePhrases } from './compile.js';
import { LANGS, itemPhrases } from '../lang/index.js';
import { visibleText } from '../model/blocks.js';
import { withFlags } from '../matching/patterns.js';

/** Items every notice, even a poor one, tends to state. */
const CORE: readonly ItemId[] = [
  'controller-identity',
  'purposes',
  'legal-basis',
  'recipients',
  'retention-period',
  'right-of-access',
  'right-to-rectification',
  'right-to-erasure',
  'complaint-right',
  'data-categories',
  'data-sources',
];
/** How many core items a notice states (present or vague), at least. */
export const MIN_CORE_ITEMS = 4;
/** How often the text names personal data, privacy or a register, at least. */
export const MIN_PERSONAL_DATA_MENTIONS = 2;

const PERSONAL_DATA = perVocabulary((V) => withFlags(V.personalData, 'giu'));
/** A title names the document in any language: a Finnish notice may be "privacy-policy.md". */
let anyTitle: RegExp | undefined;
/** How many headings from the top may carry the notice's title (a site name may come first). */
const TITLE_HEADINGS = 2;

/**
 * The document names itself a privacy notice: its front-matter or page title, its file name, or
 * one of its first headings ("Tietosuojaseloste", "Integritetspolicy", "Privacy notice").
 */
function namedANotice(view: NoticeView): boolean {
  const headings = view.notice.sections.slice(0, TITLE_HEADINGS).map((s) => s.title);
  return [...view.notice.titles, ...headings].some((t) => (anyTitle ??= compilePhrases(LANGS.flatMap((l) => itemPhrases[l].noticeTitles))).test(t));
}

/** How often the text names personal data, privacy or a register, counted up to the minimum. */
function mentions(view: NoticeView, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(PERSONAL_DATA(view.vocab))) if (++n >= MIN_PERSONAL_DATA_MENTIONS) break;
  return n;
}

/**
 * A file is a notice when it says it is one (however little it then states: that is the worst
 * notice, not a non-notice), or, when it does not, when it talks about personal data and states
 * some of the items every notice has.
 */
export function isPrivacyNotice(view: NoticeView, items: Record<ItemId, ItemEvidence>): boolean {
  if (namedANotice(view)) return true;
  // The source (an HTML page's title counts there), or else the text as read: in the source a
  // soft hyphen or a character reference splits the words ("henkilö&shy;tietoja", "henkil&ouml;tiedot").
  if (mentions(view, visibleText(view.notice.source)) < MIN_PERSONAL_DATA_MENTIONS && mentions(view, view.notice.blocks.map((b) => b.text).join('\n')) < MIN_PERSONAL_DATA_MENTIONS) return false;
  const stated = CORE.filter((id) => items[id].status === 'present' || items[id].status === 'vague').length;
  return stated >= MIN_CORE_ITEMS;
}
