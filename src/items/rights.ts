/**
 * The six rights of Art. 13(2)(b) (Art. 15-18, 20, 21). A right counts when a sentence names it
 * ("tarkastusoikeus", "rätt till radering", "right to data portability"), or uses its words
 * ("poistaa", "begränsa", "object") in a sentence about the data subject's rights or under a rights
 * heading. Words used for something else (staff access, deleting cookies) do not count.
 */
import type { RightId } from '../lang/items-types.js';
import { matches } from './compile.js';
import { first, home, place } from './find.js';
import type { ItemEvidence } from './types.js';
import type { NoticeView } from './view.js';
import { V } from './vocab.js';

export function right(view: NoticeView, id: RightId): ItemEvidence {
  const r = V.rights[id];
  const u = first(view, (x) => {
    if (r.exclude.test(x.text)) return false;
    if (r.named.test(x.text)) return true;
    return matches(r.terms, x.text) && (V.rights.context.test(x.text) || x.topics.has('rights'));
  });
  return u ? { status: 'present', evidence: place(u) } : { status: 'missing', home: home(view, 'rights') };
}
