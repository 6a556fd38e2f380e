/**
 * Items stated by a sentence or by a heading with text under it: controller, DPO, purposes,
 * recipients, complaint, statutory requirement, automated decisions, data categories, sources.
 */
import { STREET_ENDINGS } from '../facts/addresses.js';
import { US_SERVICES } from '../facts/transfers.js';
import type { HeadingTopic } from '../lang/items-types.js';
import { isWithin, parentOf } from '../model/sections.js';
import { compilePhrases, matches } from './compile.js';
import { clauseAt } from '../analysis/patterns.js';
import { withoutSampleValues } from '../analysis/placeholders.js';
import { allMatches, escapeRegExp, withFlags } from '../matching/patterns.js';
import { first, home, place } from './find.js';
import { describesRight, namesAccessRight } from './right-text.js';
import { namesProvider } from './provider.js';
import type { ItemEvidence } from './types.js';
import { headingTopics, type NoticeView, type Unit } from './view.js';
import { perVocabulary, type Vocabulary } from './vocab.js';

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}(?:@|\s?\((?:at|ät|a)\)\s?|\s?\[(?:at|ät)\]\s?)[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}|\[email(?:\u00a0|\s)protected\]/iu;
const PHONE = /(?<![\p{L}\p{N}])(?:\+\d{2,3}[\s-]?\(?0?\)?|0)\d{1,3}(?:[\s-]?\d{2,4}){2,4}(?![\p{N}])/u;
const POSTAL = /(?<![\p{N}])(?:\d{5}|\d{3}\s\d{2}|FI-\d{5}|SE-\d{3}\s?\d{2})\s+\p{Lu}\p{L}{2,}/u;
/**
 * A street address with a four-digit postcode (STREET_ENDINGS; Austria, Switzerland, Denmark, Norway: "Example-Str. 11-15,
 * 5071 Wals", "Eksempelvej 4, 8000 Aarhus"): four digits alone would read a year ("2018 General
 * Data Protection Regulation"), so the street and its number must come first.
 */
const STREET_POSTAL = new RegExp(`[\\p{L}-](?:${STREET_ENDINGS.map(escapeRegExp).join('|')})\\s?\\d{1,4}\\s?[a-zA-Z]?(?:\\s?[-–]\\s?\\d{1,4})?,?\\s+(?:[A-Z]{1,2}-)?\\d{4}\\s+\\p{Lu}\\p{L}{2,}`, 'iu');
/**
 * A street and its number with the town on the next line or after a comma, no postcode
 * ("Esimerkkitie 4<br>Joensuu", "Storgatan 2, Umeå"; read from the source, so a line break may be a tag): still a postal address. Only the lower-case
 * endings of compound street names, so that the town must be a capitalised word.
 */
const STREET_TOWN = new RegExp(`\\p{Ll}(?:${STREET_ENDINGS.filter((e) => /^\p{Ll}+$/u.test(e)).map(escapeRegExp).join('|')})\\s?\\d{1,4}\\s?[a-z]?(?:\\s?[-–]\\s?\\d{1,4})?(?:,\\s*|\\s*<br\\s*\\/?>\\s*|\\s*\\n\\s*)\\p{Lu}\\p{Ll}{2,}(?![\\p{L}\\p{N}])`, 'u');
/**
 * A British postcode after a town or a comma ("Nottingham NG1 6DQ", "Ringwood, Hants BH24 1UR"), or
 * on its own line of an address:
 * outward code (letters, a digit, maybe a letter or digit), a space, inward code (a digit, two letters).
 */
const UK_POSTCODE = /(?:(?<=[\p{L},]\s+)|^\s*)[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/u;
const MAY_UK_POSTCODE = /\d[A-Z]{2}/u;
// A web address alone is no way of contact; a contact form is.
// Each pattern only where it can match: an e-mail needs its "@" (or "(at)"), a number its digits.
const MAY_EMAIL = /@|[([](?:at|ät|a)[)\]]|\[email/iu;
const MAY_NUMBER = /\d{3}/u;
const MAY_STREET_NUMBER = /\p{L}\s?\d/u;
/** Whether a text gives a way of contact (for a street and its town across two lines, see controllerIdentity). */
const hasContact = (V: Vocabulary, t: string) =>
  (MAY_EMAIL.test(t) && EMAIL.test(t)) || (MAY_NUMBER.test(t) && (PHONE.test(t) || POSTAL.test(t) || STREET_POSTAL.test(t))) || (MAY_STREET_NUMBER.test(t) && STREET_TOWN.test(t)) || (MAY_UK_POSTCODE.test(t) && UK_POSTCODE.test(t)) || V.contactForms.test(t);

/** A service the notice uses ("Mailchimp", "Google Analytics"): its address, in the same sentence, is not the controller's. */
const SERVICE = compilePhrases(US_SERVICES);
const CONTROLLER_LABELS = perVocabulary((V) => withFlags(V.controllerLabels, 'giu'));
/** How far after a controller label a basis may start and still be that label's ("rekisterinpitäjän oikeutettuun etuun"). */
const BASIS_REACH = 40;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/gu;
/** A template's field or drafting note in square brackets ("[tietosuoja@esimerkki.fi]", "[Poista tämä rivi, jos ...]"), not a Markdown link's text ("[info@x.fi](mailto:…)"). */
/** Not an address written out against robots ("info [at] example.fi", "[email protected]"). */
const BRACKET_FIELD = /(?<![\p{L}\p{N}])\[(?!(?:at|ät|a|dot|piste|punkt)\])(?!email)[^\[\]\n]{1,300}\](?![(:[])/giu;
const hasEmail = (t: string) => MAY_EMAIL.test(t) && EMAIL.test(t);
const present = (u: Unit | undefined, fallback: ItemEvidence): ItemEvidence => (u ? { status: 'present', evidence: place(u) } : fallback);

/** A unit that is only a site generator's template call ("{{ privacy_responsible() }}", "{% include address %}"): it renders away and says nothing. */
const TEMPLATE_CALL = /^\s*(?:(?:\{\{[^{}]*\}\}|\{%[^{}]*%\})\s*)+$/u;
/**
 * A text that names someone: contact details, a company form, or a name: two capitalised words
 * in a row ("Maija Meikäläinen", "Example Choir") or a capitalised word inside a sentence
 * ("the controller is Examplia"). A role alone ("the website operator", "the association") names no one.
 */
const NAME = /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}|[\p{Ll},:;]\s+[„"“(]?\p{Lu}/u;
function namesSomeone(V: Vocabulary, text: string): boolean {
  return hasContact(V, text) || V.companyForms.test(text) || NAME.test(text.trim());
}

export function controllerIdentity(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // Contact details in the notice's own text (a link's target included), not the supervisory authority's.
  // The authority's unit, the one after it in the same block ("Tietosuojavaltuutetun toimisto. PL 800, 00531 Helsinki.") and a complaint section.
  const authority = (u: Unit, i: number) => {
    const before = view.units[i - 1];
    return V.authorities.test(u.text) || u.topics.has('complaint') || (before?.block === u.block && V.authorities.test(before.text));
  };
  // Read from the source so that a link's target counts, but not what a comment hides ("<!-- <p>name@example.fi</p> -->"): no reader sees it.
  // Nor a template's field left unfilled: an address in square brackets is the template's example,
  // and so is one on a placeholder domain or a made-up number ("info@example.com", "040 1234567").
  const source = (u: Unit) => withoutSampleValues(view.notice.source.slice(u.span.start, u.span.end).replace(HTML_COMMENT, ' ').replace(BRACKET_FIELD, ' '));
  // A label ending in a colon reads with what follows it in the same block ("Contact:" "the association's chat").
  const labelled = (u: Unit, i: number) => {
    const next = view.units[i + 1];
    return u.text.trimEnd().endsWith(':') && next?.block === u.block ? `${source(u)} ${source(next)}` : source(u);
  };
  // "This site is hosted on X. Provider: X Inc., 1 Main St, Springfield": a unit in the same paragraph as a
  // service's role (host, processor) names the service and its address, not the controller.
  const serviceRole = (u: Unit) => {
    const k = u.index;
    const before = view.units[k - 1];
    return V.processorRoles.test(u.text) || (before !== undefined && before.block === u.block && V.processorRoles.test(before.text));
  };
  const contact =
    view.units.some((u, i) => {
      // A street and number on a line of its own, the town on the next ("Esimerkkitie 4<br>Joensuu").
      const next = view.units[i + 1];
      const t = MAY_STREET_NUMBER.test(u.text) && next?.block === u.block && STREET_TOWN.test(`${source(u)}\n${source(next)}`) ? `${labelled(u, i)}\n${source(next)}` : labelled(u, i);
      // "The operator of Mailchimp is The Example Group, LLC, 1 Main St, Atlanta, GA 30308": the service's address (an e-mail still counts).
      return hasContact(V, t) && !authority(u, i) && !((SERVICE.test(u.text) || serviceRole(u)) && !hasEmail(t));
    }) ||
    // A heading with nothing under it is no unit, but a last line "Sähköposti: info@example.fi" read as one still gives an address.
    view.notice.sections.some((s) => s.titleSpan && !view.hasBody(s) && !V.authorities.test(s.title) && hasContact(V, view.notice.source.slice(s.titleSpan.start, s.titleSpan.end)));
  if (!contact) return { status: 'missing', home: home(view, 'controller') };
  // "The controller is:" followed only by a site generator's call ("{{ controller_address() }}"): the name is not in the text.
  const unfilled = (u: Unit) => {
    if (TEMPLATE_CALL.test(u.text)) return true;
    const k = u.index;
    const next = view.units[k + 1];
    return u.text.trimEnd().endsWith(':') && (next === undefined || next.section !== u.section || TEMPLATE_CALL.test(next.text));
  };
  // A controller section with a name or contact details under it.
  for (const s of view.notice.sections) {
    if (!view.ownTopics.get(s)?.has('controller') || !view.hasBody(s)) continue;
    // "Contact form", "Contact via e-mail": a section on how the form's data is processed, not who the controller is.
    if (V.contactForms.test(s.title)) continue;
    const under = (x: Unit) => !x.heading && (x.section === s || isWithin(view.notice, x.section, s)) && !unfilled(x);
    const body = view.units.filter(under);
    // "Who is responsible?" answered by a processor ("Example AB is the processor for your school"): no controller named there.
    if (body.some((x) => V.processorRoles.test(x.text)) && !body.some((x) => V.controllerLabels.test(x.text))) continue;
    // "Processing is carried out by the website operator; see the imprint for contact details": a role, no one named.
    if (!body.some((x) => namesSomeone(V, x.text))) continue;
    const u = body[0];
    if (u) return { status: 'present', evidence: place(u) };
  }
  // "Example AB is a processor and processes the data for your university": a company named as the processor is not the controller.
  // (A controller heading whose section named no one, above, names no one either.)
  // "Rekisterinpitäjän oikeutettu etu", "the controller's legitimate interests": the role named as
  // the owner of a basis, right before it, names nobody.
  const B = V.basis;
  const basisRightAfter = (t: string, at: number) => {
    const after = t.slice(at, at + BASIS_REACH);
    return [B.legitimateInterests, B.legalObligation].some((r) => {
      const m = r.exec(after);
      return m !== null && after.slice(0, m.index).trim().split(/\s+/u).filter(Boolean).length <= 1;
    });
  };
  const labelNamed = (t: string) => [...t.matchAll(CONTROLLER_LABELS(V))].some((m) => !basisRightAfter(t, m.index! + m[0].length));
  const named = first(view, (u) => !unfilled(u) && !(u.heading && view.ownTopics.get(u.section)?.has('controller')) && (labelNamed(u.text) || (V.companyForms.test(u.text) && !serviceRole(u))));
  return present(named, { status: 'missing', home: home(view, 'controller') });
}


/** Words in a line that only names the officer's title ("Tietosuojavastaava", "2 — Data Protection Officer"). */
const DPO_LABEL_WORDS = 5;

/** How many units (sentences) from the officer's mention its contact details may stand, in the same section. */
const DPO_CONTACT_REACH = 8;

export function dpoContact(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // "We have not appointed a DPO" names no DPO (unless the same sentence still gives contact details).
  const names = (text: string) => !V.negation.test(text) || hasContact(V, text);
  // The officer named with a way to reach them in the same section: "we have a DPO, see our contact page" gives no contact.
  // Near the officer's mention, not anywhere in a notice written as one long section: the controller's address at the top
  // does not reach an officer named in passing much further down ("only the head and the DPO have access to the files").
  const reachable = (x: Unit) => view.units.some((y) => y.section === x.section && Math.abs(y.index - x.index) <= DPO_CONTACT_REACH && hasContact(V, y.text));
  // A line that is only the officer's title ("2 — Tietosuojavastaava", a section's label above
  // its heading, read as the last line of the section before) is a label: the officer's details
  // come after it in its section, not before it (the controller's address above is not theirs).
  const labelOnly = (x: Unit) => !x.heading && !/[.!?:]\s*$/u.test(x.text) && x.text.trim().split(/\s+/u).length <= DPO_LABEL_WORDS && !hasContact(V, x.text);
  const reachableAfter = (x: Unit) => view.units.some((y) => y.index > x.index && y.section === x.section && hasContact(V, y.text));
  const u = first(view, (x) => {
    if (!V.dpo.test(x.text) || !reachable(x)) return false;
    if (labelOnly(x) && !reachableAfter(x)) return false;
    // A "Tietosuojavastaava" heading answers with the text under it ("Yhdistyksellä ei ole tietosuojavastaavaa.").
    // Not when a sentence under it says there is none: "DPO and requests" over "No DPO has been appointed. Send requests to ..." gives the controller's address, not an officer's.
    if (x.heading) {
      const body = x.section.blocks.map((b) => b.text).join(' ');
      if (body.split(/(?<=[.!?])\s+/u).some((s) => V.dpo.test(s) && !names(s))) return false;
      return names(body);
    }
    // A provider's own officer ("the data protection officer of Facebook", "Googlen tietosuojavastaava") is not the controller's.
    return x.text.split(/(?<=[.!?])\s+/u).some((s) => V.dpo.test(s) && names(s) && !namesProvider(s));
  });
  return present(u, { status: 'missing', home: home(view, 'dpo', 'controller') });
}

export function purposes(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // A purpose word in the list of rights ("to withdraw consent for purposes based on consent") states no purpose.
  // A table whose header row names the purpose ("Data | Why | Retention") states it in its body rows.
  const purposeColumn = (x: Unit) => x.header !== '' && !x.topics.has('cookies') && headingTopics(x.header, V).has('purposes');
  // Under a rights heading, a sentence with no word of the person's rights is the controller's own
  // statement ("Dina rättigheter" "Om du mejlar oss använder vi adressen bara för att svara dig").
  const inRightsText = (x: Unit) => x.topics.has('rights') && !x.topics.has('purposes') && V.rights.context.test(x.text);
  const u = first(view, (x) => (x.heading && x.topics.has('purposes')) || (!x.heading && x.topics.has('purposes') && !x.topics.has('cookies')) || purposeColumn(x) || (matches(V.purposes, x.text) && !inRightsText(x) && !namesAccessRight(view, x)));
  return present(u, { status: 'missing', home: home(view, 'purposes') });
}

/**
 * Not what a right covers ("Right of access: ... the source of the data, if not collected from
 * you"), unless it is a later paragraph under the right's heading with no word of the person's
 * rights: the controller's own statement ("5. Erasure" "You may ask us to erase your data."
 * "Customer data is not disclosed to third parties.").
 */
function notWhatARightCovers(view: NoticeView, x: Unit): boolean {
  if (!describesRight(view, x)) return true;
  return x.block.kind === 'paragraph' && x.section.blocks[0] !== x.block && !view.vocab.rights.context.test(x.text);
}

export function recipients(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // "Right to data portability: ... or pass it on to a third party of your choice" names no recipient of this controller.
  // A cookie sentence states no recipient ("cookies are shared between our pages"), unless it names the
  // outside service the data goes to ("the information the cookie generates is transmitted to and stored by Google").
  const u = first(view, (x) => (x.heading && x.topics.has('recipients')) || (matches(V.recipients, x.text) && (!V.cookies.test(x.text) || namesProvider(x.text)) && notWhatARightCovers(view, x) && !namesAccessRight(view, x)));
  // A named outside service said to collect the data itself ("Example Pages collects the server
  // logs"): that service receives it. Not a denial ("the tag manager collects no data"), nor cookies
  // of a named tool set by the site ("analytics cookies are used to collect usage data").
  const collectedByService = u ?? first(view, (x) => !x.heading && namesProvider(x.text) && !V.cookies.test(x.text) && collectsInAClause(V, x.text) && notWhatARightCovers(view, x));
  return present(collectedByService, { status: 'missing', home: home(view, 'recipients') });
}

/** How many list items above one naming the authority may stand between it and the lead-in sentence. */
const COMPLAINT_LIST_REACH = 6;

export function complaintRight(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // A wrapped line that ends with no punctuation before the authority's capitalised name on the next line
  // ("... att klaga till" / "Integritetsskyddsmyndigheten.") is cut there; it reads with that next line
  // (only a next line that names an authority: joining every pair would index each text twice).
  const withNext = (x: Unit) => {
    const i = x.index;
    const next = view.units[i + 1];
    return next && !x.heading && !next.heading && next.block === x.block && !/[.!?:;]\s*$/u.test(x.text) && V.authorities.test(next.text) ? `${x.text} ${next.text}` : x.text;
  };
  // A sentence that names the authority and the complaint, or a complaint heading ("Kan jag klaga?") with text under it.
  // A section headed by the authority's name says the complaint of "this authority" under it
  // ("6. Tietosuojavaltuutettu" "Voit tehdä valituksen tälle viranomaiselle.").
  // Only where the heading names an authority: joining every sentence to its heading would index each text twice.
  const underItsHeading = (x: Unit) => !x.heading && x.section.heading !== null && V.authorities.test(x.section.title) && matches(V.complaint, `${x.section.title}. ${x.text}`);
  // A list item reads with the sentence that leads the list in: "You may lodge a complaint:" /
  // "- with the data protection authority of your country."
  const withLeadIn = (x: Unit) => {
    if (x.heading || x.block.kind !== 'list-item') return x.text;
    let i = x.index - 1;
    while (i >= 0 && x.index - i <= COMPLAINT_LIST_REACH && view.units[i]!.block.kind === 'list-item' && view.units[i]!.section === x.section) i--;
    const lead = view.units[i];
    return lead && !lead.heading && lead.section === x.section && lead.block.kind !== 'list-item' && lead.block !== x.block ? `${lead.text} ${x.text}` : x.text;
  };
  const u = first(
    view,
    (x) => matches(V.complaint, x.text) || (x.heading && ownHas(view, x, 'complaint')) || (!x.heading && matches(V.complaint, withNext(x))) || underItsHeading(x) || (V.authorities.test(x.text) && matches(V.complaint, withLeadIn(x))),
  );
  return present(u, { status: 'missing', home: home(view, 'complaint', 'rights') });
}

export function statutoryRequirement(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  const u = first(view, (x) => (x.heading && x.section.heading === x.block && ownHas(view, x, 'statutory')) || (matches(V.statutory, x.text) && !V.cookies.test(x.text)));
  return present(u, { status: 'missing', home: home(view, 'statutory', 'basis') });
}

/** The Art. 22 right named as a right, and nothing else said: "Right to object to automated decision-making." */
const AUTOMATED_RIGHT = perVocabulary((V) => withFlags(V.automatedRight, 'giu'));
function onlyTheRight(V: Vocabulary, text: string): boolean {
  const rest = text.replace(AUTOMATED_RIGHT(V), ' ');
  // "... right not to be subject to such decisions; we do not make any": the rest still says something.
  return rest !== text && !V.negation.test(rest);
}

/** A range of articles ("GDPR 15–22 artiklat", "Articles 15-22") cites the rights chapter, not Art. 22 on automated decisions. */
const ARTICLE_RANGE = /(?<![\p{N}.,])\d{1,2}\s*[-–—]\s*\d{1,2}(?![\p{N}])/gu;
const withoutArticleRanges = (text: string) => text.replace(ARTICLE_RANGE, ' ');

export function automatedDecisionMaking(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // Not another right's scope ("Right to data portability: ... where the processing is carried out by automated means").
  // Under a right's heading, a sentence that denies such decisions still says whether they are made
  // ("Right to restriction and objection: we make no automated decisions about you").
  const denies = (x: Unit) => V.negation.test(x.text.replace(AUTOMATED_RIGHT(V), ' '));
  const names = (x: Unit) => (matches(V.automated, withoutArticleRanges(x.text)) && (!describesRight(view, x) || denies(x))) || (x.heading && ownHas(view, x, 'automated'));
  // A heading whose text under it only names the right ("Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi").
  const rightSection = (x: Unit) => {
    const body = view.units.filter((y) => y.section === x.section && !y.heading);
    return body.length > 0 && body.every((y) => onlyTheRight(V, y.text));
  };
  const u = first(view, (x) => names(x) && !onlyTheRight(V, x.text) && !(x.heading && rightSection(x)));
  if (u) return { status: 'present', evidence: place(u) };
  // Only the right to object to (or not to be subject to) automated decisions: whether they are made is not said.
  const right = first(view, names);
  if (right) return { status: 'vague', evidence: place(right), note: 'names the right about automated decisions but not whether such decisions are made' };
  return { status: 'missing', home: home(view, 'automated') };
}

export function dataCategories(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  const heading = first(view, (x) => x.heading && ownHas(view, x, 'categories'));
  if (heading) return { status: 'present', evidence: place(heading) };
  // "The app collects no personal data" answers the question, unless the next words in its paragraph
  // say data is collected after all ("The only data collected is gathered by the analytics
  // service"): then what that data is remains unsaid, unless the notice names its kinds. (A later
  // paragraph on what an app store collects is another party's processing.)
  const collectedElsewhere = (s: Unit) => V.negation.test(s.text) && view.units.some((x) => x !== s && x.block === s.block && collectsInAClause(V, x.text) && !V.negation.test(x.text));
  const statedAtAll = first(view, (x) => matches(V.categories.statements, x.text));
  // The first statement stands unless data is collected after all; only then are the later ones read.
  const stated = statedAtAll && collectedElsewhere(statedAtAll) ? first(view, (x) => matches(V.categories.statements, x.text) && !collectedElsewhere(x)) : statedAtAll;
  if (stated) return { status: 'present', evidence: place(stated) };
  // A paragraph, list or table that names two kinds of data ("nimi, sähköpostiosoite"; a table's
  // data column with one kind per row).
  const byBlock = new Map<unknown, Set<string>>();
  for (const u of view.units) {
    // Not cookie text ("cookies remember your language"); a kind of data named with a cookie word ("browser type") still counts.
    if (V.cookies.test(u.text) && V.cookies.test(u.text.replace(KINDS(V), ' '))) continue;
    // The rows of a two-column table are sections of their own: the table is their parent.
    const key =
      u.section.headingKind === 'table-row'
        ? parentOf(view.notice, u.section)
        : u.block.kind === 'list-item' || u.block.kind === 'table-cell' || u.row !== ''
          ? u.section
          : u.block;
    const found = byBlock.get(key) ?? new Set<string>();
    for (const m of allMatches(KINDS(V), u.text)) found.add(m[0].toLowerCase());
    byBlock.set(key, found);
    if (found.size >= 2) return { status: 'present', evidence: place(u) };
  }
  if (statedAtAll) return { status: 'vague', evidence: place(statedAtAll), note: 'says no data is collected, then that some is' };
  return { status: 'missing', home: home(view, 'categories') };
}

const KINDS = perVocabulary((V) => withFlags(compilePhrases(V.categories.kinds), 'giu'));

export function dataSources(view: NoticeView): ItemEvidence {
  const V = view.vocab;
  // What an access request returns ("the source of the data, if not collected from you") says no source.
  const u = first(view, (x) => (x.heading && ownHas(view, x, 'sources')) || (!x.heading && x.topics.has('sources')) || (matches(V.sources, x.text) && notWhatARightCovers(view, x)));
  // "We collect data when you visit", "tiedot kerätään lomakkeella": data collected from the
  // person or their device, the source said by the collection itself; not "collected only as far
  // as necessary", which speaks of how much.
  const collected = u ?? first(view, (x) => !x.heading && collectsInAClause(V, x.text) && !V.collectionLimits.test(x.text) && notWhatARightCovers(view, x));
  return present(collected, { status: 'missing', home: home(view, 'sources') });
}

const COLLECTION_ALL = perVocabulary((V) => withFlags(V.collection, 'giu'));

/**
 * A collection said with no negation before it or in its own clause: "We use a counter to collect
 * statistics on visits, but we never share them" collects; "We do not collect any data" and "We do
 * not sell, share or collect your data" do not.
 */
function collectsInAClause(V: Vocabulary, text: string): boolean {
  if (!V.collection.test(text)) return false;
  if (!V.negation.test(text)) return true;
  return allMatches(COLLECTION_ALL(V), text).some((m) => !V.negation.test(text.slice(0, clauseAt(text, m.index ?? 0)[1])));
}

function ownHas(view: NoticeView, u: Unit, topic: HeadingTopic): boolean {
  return view.ownTopics.get(u.section)?.has(topic) ?? false;
}
