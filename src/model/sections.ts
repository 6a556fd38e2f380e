/** Where a section stands in its notice's tree (sections link to their children only). */
import { derivedKey, getCached } from './derived.js';
import type { Notice, Section } from './types.js';

/** Each notice's sections by child, built on first ask (a search from the root per ask was quadratic in the sections). */
const PARENTS = derivedKey<Map<Section, Section>>('section parents');

function parents(notice: Notice): Map<Section, Section> {
  const map = new Map<Section, Section>();
  const stack: Section[] = [notice.root];
  while (stack.length) {
    const s = stack.pop()!;
    for (const c of s.children) {
      map.set(c, s);
      stack.push(c);
    }
  }
  return map;
}

/** The section's parent (the root's is undefined). */
export function parentOf(notice: Notice, section: Section): Section | undefined {
  return getCached(notice, PARENTS, parents).get(section);
}

/** Whether `section` lies under `ancestor` (not the section itself). */
export function isWithin(notice: Notice, section: Section, ancestor: Section): boolean {
  for (let s = parentOf(notice, section); s; s = parentOf(notice, s)) if (s === ancestor) return true;
  return false;
}
