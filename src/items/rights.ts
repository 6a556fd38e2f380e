/**
 * The six rights of Art. 13(2)(b) (Art. 15-18, 20, 21). A right counts when a sentence names it
 * ("tarkastusoikeus", "rätt till radering", "right to data portability"), or uses its words
 * ("poistaa", "begränsa", "object") in a sentence about the data subject's rights, under a rights
 * heading, or in a list led in by "Sinulla on oikeus:" / "Du har rätt att:" / "You have the right to:".
 * Words used for something else (staff access, deleting cookies) do not count, nor the
 * controller's own right ("we reserve the right to restrict access"). A right named only to be
 * denied or set aside ("the statutory duty overrides the right to erasure", "users have no need to
 * request deletion") is vague: the notice does not tell the person they have it.
 */
import type { RightId } from '../lang/items-types.js';
import { matches } from './compile.js';
import { home, place } from './find.js';
import { namesProvider } from './provider.js';
import type { ItemEvidence } from './types.js';
import type { NoticeView, Unit } from './view.js';
import { perVocabulary } from './vocab.js';
import { withFlags } from '../matching/patterns.js';

/** The denials, to take out of a sentence before asking whether it grants the right ("ei voi pyytää" is no "voi pyytää"). */

const DENIAL_ALL = perVocabulary((V) => withFlags(V.rights.denial, 'giu'));

/** How many list items after a lead-in ("Sinulla on oikeus:") read it as their context. */
const LEAD_IN_REACH = 12;

/** A list item, or a paragraph that starts with a bullet (a plain-text list: "- oikeus ..."). */
const BULLET = /^\s*(?:[-*•–·]|\d{1,2}[.)]|\p{Ll}\))\s/u;
const isListItem = (u: Unit) => u.block.kind === 'list-item' || BULLET.test(u.block.text);

/**
 * Units that stand in a list led in by a sentence (or heading) that grants rights and ends with a
 * colon or names the rights: "Rekisteröidyllä on oikeus:", "Sinulla on seuraavat oikeudet".
 */
function ledIn(view: NoticeView): Set<Unit> {
  const V = view.vocab;
  const out = new Set<Unit>();
  let lead: Unit | null = null;
  let reach = 0;
  for (const u of view.units) {
    if (lead && !u.heading && reach > 0 && u.section === lead.section && (isListItem(u) || u.block === lead.block)) {
      out.add(u);
      reach--;
      continue;
    }
    lead = null;
    const leads = u.text.trimEnd().endsWith(':') || (!isListItem(u) && V.rights.listLead.test(u.text));
    if (leads && V.rights.context.test(u.text) && V.rights.grant.test(u.text)) {
      lead = u;
      reach = LEAD_IN_REACH;
    }
  }
  return out;
}


export function right(view: NoticeView, id: RightId): ItemEvidence {
  const V = view.vocab;
  const r = V.rights[id];
  const denies = (u: Unit) => V.rights.denial.test(u.text) && !V.rights.grant.test(u.text.replace(DENIAL_ALL(V), ' '));
  const inList = ledIn(view);
  // An item of a list led in as the person's rights, under a rights heading, that opens with the right ("Du har rätt till:"
  // "- Åtkomst till dina uppgifter") is a right by its place: the words that elsewhere mean something else (staff access) do not take it out.
  const opensWithRight = (x: Unit) => {
    const opening = (x.text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 4).join(' ');
    return r.named.test(opening) || matches(r.terms, opening);
  };
  const usable = (x: Unit) => (!r.exclude.test(x.text) || (inList.has(x) && isListItem(x) && x.topics.has('rights') && opensWithRight(x))) && !V.rights.controllerRight.test(x.text);
  const named = (x: Unit) => r.named.test(x.text);
  const termed = (x: Unit) => matches(r.terms, x.text);
  // A provider's own tools ("you can find out what Google collects") are no right against the controller; objection is: opting out of a provider's tracking refuses this controller's use.
  const mentions = (x: Unit) => usable(x) && (named(x) || (termed(x) && (id === 'object' || !namesProvider(x.text)) && (V.rights.context.test(x.text) || x.topics.has('rights') || inList.has(x))));
  let denied: Unit | undefined;
  for (const x of view.units) {
    if (!mentions(x)) continue;
    if (denies(x)) {
      denied ??= x;
      continue;
    }
    // A heading under the rights that only uses the right's words ("Huomautus tietojen
    // poistamisesta") is answered by the text under it: not when that text denies the right.
    // A heading that names the right ("Oikeus tietojen korjaamiseen") is answered the same way
    // when all its text says about the right is a denial ("Rekisteröidyllä ei ole tätä oikeutta").
    if (x.heading) {
      const answers = view.units.filter((u) => u.section === x.section && !u.heading && mentions(u));
      if (!named(x) && !V.rights.context.test(x.text) && answers.some(denies)) continue;
      if (answers.length > 0 && answers.every(denies)) continue;
    }
    return { status: 'present', evidence: place(x) };
  }
  const where = home(view, 'rights');
  if (denied) return { status: 'vague', evidence: place(denied), note: 'named only to be denied', ...(where ? { home: where } : {}) };
  return where ? { status: 'missing', home: where } : { status: 'missing' };
}
