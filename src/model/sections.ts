/** Where a section stands in its notice's tree (sections link to their children only). */
import type { Notice, Section } from './types.js';

/** Each notice's sections by child, built on first ask (a search from the root per ask was quadratic in the sections). */
const parents = new WeakMap<Notice, Map<Section, Section>>();

/** The section's parent (the root's is undefined). */
export function parentOf(notice: Notice, section: Section): Section | undefined {
  let map = parents.get(notice);
  if (!map) {
    map = new Map();
    const stack: Section[] = [notice.root];
    while (stack.length) {
      const s = stack.pop()!;
      for (const c of s.children) {
        map.set(c, s);
        stack.push(c);
      }
    }
    parents.set(notice, map);
  }
  return map.get(section);
}

/** Whether `section` lies under `ancestor` (not the section itself). */
export function isWithin(notice: Notice, section: Section, ancestor: Section): boolean {
  for (let s = parentOf(notice, section); s; s = parentOf(notice, s)) if (s === ancestor) return true;
  return false;
}
