/**
 * International transfers (Art. 13(1)(f)): present when the notice says whether data leaves the
 * EU/EEA (either way: "is processed within the EU", "goes to the USA under ...") or names a
 * safeguard, valid or not (whether the mechanism still works is invalidated-transfer-mechanism's
 * question), or says where the data is kept ("servers in Finland", "hosted in Germany"); vague when it only places a provider or server abroad ("some of our service
 * providers are in the United States"); missing otherwise. US services the
 * notice names (Google Analytics, the Facebook pixel) are collected: they make silence worse.
 */
import { COUNTRIES, EEA_STATES, INVALID_MECHANISMS, US_SERVICES } from '../facts/transfers.js';
import { LANGS, outdatedPhrases } from '../lang/index.js';
import { compilePhrases, matches } from './compile.js';
import { withFlags } from '../matching/patterns.js';
import { about, first, home, place } from './find.js';
import { describesRight } from './right-text.js';
import type { ItemEvidence } from './types.js';
import type { Section } from '../model/types.js';
import type { NoticeView, Unit } from './view.js';
import { perVocabulary, type Vocabulary } from './vocab.js';

const COUNTRY = compilePhrases(COUNTRIES.flatMap((c) => LANGS.flatMap((l) => c.names[l])));
const SERVICES = withFlags(compilePhrases(US_SERVICES), 'giu');
const EEA_STATE = compilePhrases(LANGS.flatMap((l) => EEA_STATES[l]));
/** Safe Harbor, the Privacy Shield, the old SCC decisions: naming one is naming no valid safeguard. */
const INVALID = compilePhrases(INVALID_MECHANISMS.flatMap((m) => [...m.names]));
/** "... which replaced the Privacy Shield": a mention as history is no reliance on it. */
const NO_LONGER = compilePhrases(LANGS.flatMap((l) => outdatedPhrases[l].invalidated));
const reliesOnInvalid = (text: string) => INVALID.test(text) && !NO_LONGER.test(text);

function sectionText(s: Section): string {
  return [s.title, ...s.blocks.map((b) => b.text)].join('\n');
}

/** A question's text with the unit after it, which answers it ("Överförs uppgifter utanför EU/EES?" "Nej."). */
function withAnswer(view: NoticeView, k: number): string {
  const u = view.units[k];
  if (!u.text.trimEnd().endsWith('?')) return u.text;
  const next = view.units[k + 1];
  return next && next.section === u.section ? `${u.text} ${next.text}` : u.text;
}

const PLACES = perVocabulary((V) => [V.transfers.within, V.transfers.outside, EEA_STATE, COUNTRY].map((r) => withFlags(r, 'giu')));
const KEPT = perVocabulary((V) => withFlags(V.transfers.dataLocation, 'giu'));
const WITHIN_ALL = perVocabulary((V) => withFlags(V.transfers.within, 'giu'));
/** How many words apart a word of keeping data and a place may stand and still be one statement. */
const NEAR_WORDS = 5;

/** How many words before a place a law word makes it the law's place ("lagar i Sverige", "the laws of Finland"). */
const LAW_REACH = 2;

/** "behandlas enligt gällande lagar i Sverige", "processed under the laws of Finland": where the law applies, not where data is kept. */
function lawsPlace(V: Vocabulary, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at).split(/\s+/u).filter(Boolean).slice(-LAW_REACH).join(' ');
  return V.transfers.lawWords.test(before);
}

/** "The GDPR is in force in the European Union": a place where a law applies is said away before looking for a transfer statement. */
function withoutLawPlaces(V: Vocabulary, text: string): string {
  return text.replace(WITHIN_ALL(V), (m, ...rest) => {
    const at = rest.find((x) => typeof x === 'number') as number;
    return lawsPlace(V, text, at) ? ' '.repeat(m.length) : m;
  });
}

/** "tallennetaan Suomessa sijaitseville palvelimille", "servers located in Germany": data kept at a place, said in one breath. */
function keptAt(V: Vocabulary, text: string): boolean {
  const kept = [...text.matchAll(KEPT(V))];
  if (kept.length === 0) return false;
  for (const place of PLACES(V)) {
    for (const p of text.matchAll(place)) {
      if (lawsPlace(V, text, p.index!)) continue;
      for (const k of kept) {
        const [a, b] = k.index! < p.index! ? [k.index! + k[0].length, p.index!] : [p.index! + p[0].length, k.index!];
        if (b < a || text.slice(a, b).split(/\s+/u).filter(Boolean).length <= NEAR_WORDS) return true;
      }
    }
  }
  return false;
}

const COUNTRY_ALL = withFlags(COUNTRY, 'giu');

/** A sending verb and a country outside the EU/EEA, not as the place where a law applies, in one sentence. */
function sentAbroad(V: Vocabulary, text: string): boolean {
  if (!V.transfers.sending.test(text) || !COUNTRY.test(text)) return false;
  return [...text.matchAll(COUNTRY_ALL)].some((m) => !lawsPlace(V, text, m.index!));
}

const SAFEGUARDS_ALL = perVocabulary((V) => withFlags(V.transfers.safeguards, 'giu'));

/** Every safeguard named in the text is a generic one ("appropriate safeguards"), naming no mechanism. */
function onlyGenericSafeguards(V: Vocabulary, text: string): boolean {
  return [...text.matchAll(SAFEGUARDS_ALL(V))].every((m) => V.transfers.genericSafeguards.test(m[0]));
}

/** Words of data leaving (or staying in) the EU/EEA: a transfer statement, a country outside it, a foreign provider. */
function speaksOfTransfer(V: Vocabulary, text: string): boolean {
  return matches(V.transfers.statements, text) || COUNTRY.test(text) || V.transfers.foreignWords.test(text);
}

export function internationalTransfers(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  const T = V.transfers;
  const usServices = [...new Set([...view.notice.source.matchAll(SERVICES)].map((m) => m[0]))];
  const extra = usServices.length ? { usServices } : {};
  // "Right of access: ... you may be told of the appropriate safeguards (Art. 46)": what the right covers, no safeguard of this controller.
  // "Published profiles may be kept after the project, with appropriate safeguards": a generic
  // safeguard word with no word of data leaving the EU/EEA in its paragraph or section guards something else.
  const transferSafeguard = (u: Unit) => !onlyGenericSafeguards(V, u.text) || u.topics.has('transfers') || speaksOfTransfer(V, u.block.text);
  const safeguard = first(view, (u) => T.safeguards.test(u.text) && transferSafeguard(u) && !reliesOnInvalid(u.text) && !describesRight(view, u));
  if (safeguard) return { status: 'present', evidence: place(safeguard), ...extra };
  // A transfer resting on an invalidated mechanism answers whether data leaves the EU/EEA (it
  // does, and where to); that the mechanism no longer works is invalidated-transfer-mechanism's finding.
  const invalid = first(view, (u) => reliesOnInvalid(u.text));
  if (invalid) return { status: 'present', evidence: place(invalid), ...extra };
  // Indexes of the units that make a statement, so that a question's answer is the unit after it.
  const statements: number[] = [];
  view.units.forEach((u, k) => {
    // "Right of access: ... recipients in third countries": what the person may be told, not what this controller does.
    if ((matches(T.statements, withoutLawPlaces(V, u.text)) && !describesRight(view, u)) || (u.heading && (view.ownTopics.get(u.section)?.has('transfers') ?? false))) statements.push(k);
  });
  // "Data is not transferred outside the EU" and "data goes to Russia" both answer; "data may be
  // transferred outside the EU" with no destination and no safeguard does not.
  const answer = statements.find((k) => {
    const u = view.units[k];
    const text = u.heading ? sectionText(u.section) : withAnswer(view, k);
    return V.negation.test(text) || COUNTRY.test(text) || T.foreignWords.test(text) || T.within.test(text);
  });
  if (answer !== undefined) return { status: 'present', evidence: place(view.units[answer]), ...extra };
  // "Tiedot tallennetaan Suomessa sijaitseville palvelimille", "servers located in Germany",
  // "servrar i USA", "palveluntarjoajat voivat säilyttää tietoja EU:n ulkopuolella": where the data
  // is kept says whether it leaves the EU/EEA (outside it, with no country named, is still a yes).
  // A table cell reads with its row and header: "GitHub | Hosting | United States" under "Provider | Activity | Location".
  const located = first(view, (u) => !u.heading && !V.cookies.test(about(u)) && keptAt(V, about(u)));
  if (located) return { status: 'present', evidence: place(located), ...extra };
  // "When the map loads, your browser transmits data to Example LLC (USA)": data said to be sent to
  // a named country outside the EU/EEA answers the question (yes, to there), browser or not.
  const sent = first(view, (u) => !u.heading && !describesRight(view, u) && sentAbroad(V, u.text));
  if (sent) return { status: 'present', evidence: place(sent), ...extra };
  if (statements.length) return { status: 'vague', evidence: place(view.units[statements[0]]), home: home(view, 'transfers', 'recipients'), ...extra };
  const abroad = first(view, (u) => !V.cookies.test(u.text) && !describesRight(view, u) && (T.foreignWords.test(u.text) || (COUNTRY.test(u.text) && T.foreignContext.test(u.text))));
  if (abroad) return { status: 'vague', evidence: place(abroad), home: home(view, 'transfers', 'recipients'), ...extra };
  return { status: 'missing', home: home(view, 'transfers', 'recipients'), ...extra };
}
