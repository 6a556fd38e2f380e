/**
 * Finding the language versions of one notice among files by their names: a language suffix
 * (`tietosuojaseloste.md`, `tietosuojaseloste-sv.md`, `tietosuojaseloste_en.md`), a language
 * before the extension (Hugo's `_index.fi.md`, `_index.sv.md`), or a language folder (`fi/`,
 * `sv/`, `en/`, where the files may have translated names when each folder holds one notice).
 * Pure: a function of the paths.
 */
import type { Lang } from '../model/types.js';

const LANG_ORDER: readonly Lang[] = ['fi', 'sv', 'en'];
const SUFFIX = /^(.+?)[-_.](fi|sv|en)(\.[^./\\]+)$/iu;
const EXT = /^(.+?)(\.[^./\\]+)$/u;

interface Named {
  file: string;
  /** The language its name gives; null for a name without one (the original, usually Finnish). */
  lang: Lang | null;
  /** The file's name with its language taken out. */
  key: string;
  /** The folder with its language segment taken out, when it has one. */
  folderKey: string | null;
}

function named(file: string): Named {
  const parts = file.split(/[/\\]/u);
  const base = parts.pop() ?? '';
  let lang: Lang | null = null;
  let folderKey: string | null = null;
  const langSegment = parts.findLastIndex((p) => /^(fi|sv|en)$/iu.test(p));
  if (langSegment >= 0) {
    lang = parts[langSegment].toLowerCase() as Lang;
    folderKey = [...parts.slice(0, langSegment), '*', ...parts.slice(langSegment + 1)].join('/');
  }
  let stem = base;
  const m = SUFFIX.exec(base);
  if (m) {
    lang = m[2].toLowerCase() as Lang;
    stem = m[1];
  } else {
    stem = EXT.exec(base)?.[1] ?? base;
  }
  const dir = folderKey ?? parts.join('/');
  return { file, lang, key: `${dir}/${stem}`, folderKey };
}

/** Orders a group fi, sv, en (a name without a language first: it is the original), at most three, one per language. */
function ordered(members: Named[]): string[] | null {
  const byLang = new Map<string, Named>();
  for (const m of members) {
    const k = m.lang ?? 'original';
    if (!byLang.has(k)) byLang.set(k, m);
  }
  const original = byLang.get('original');
  const out = [...(original ? [original] : []), ...LANG_ORDER.flatMap((l) => (byLang.has(l) ? [byLang.get(l)!] : []))];
  // An unnamed original and a -fi file both: the original is not a fourth language.
  const files = out.slice(0, 3).map((m) => m.file);
  return files.length >= 2 ? files : null;
}

/** Groups of two or three files that are versions of one notice, each ordered fi, sv, en. */
export function discoverVersions(files: readonly string[]): string[][] {
  const all = files.filter((f) => f !== '-').map(named);
  const groups: string[][] = [];
  const used = new Set<string>();
  const byKey = new Map<string, Named[]>();
  for (const n of all) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
  for (const members of byKey.values()) {
    if (!members.some((m) => m.lang)) continue;
    const g = ordered(members);
    if (g) {
      groups.push(g);
      for (const f of g) used.add(f);
    }
  }
  // Language folders whose files have translated names: one notice per folder.
  const byFolder = new Map<string, Named[]>();
  for (const n of all) if (n.folderKey !== null && !used.has(n.file)) byFolder.set(n.folderKey, [...(byFolder.get(n.folderKey) ?? []), n]);
  for (const members of byFolder.values()) {
    const langs = members.map((m) => m.lang);
    if (new Set(langs).size !== members.length) continue;
    const g = ordered(members);
    if (g) groups.push(g);
  }
  return groups;
}

export interface ContentPrint {
  file: string;
  language: Lang | 'und';
  /** Identifying facts: business IDs, e-mail addresses, phone numbers ("business-id|1234567-8"). */
  facts: string[];
}

/**
 * Groups by content, for files whose names say nothing: notices in different languages that
 * share a business ID, or two contact details (e-mail addresses, phone numbers), are versions of
 * one notice. At most one file per language in a group, ordered fi, sv, en.
 */
export function discoverByContent(prints: readonly ContentPrint[]): string[][] {
  const known = prints.filter((p) => p.language !== 'und');
  const groups: ContentPrint[][] = [];
  const sameNotice = (a: ContentPrint, b: ContentPrint) => {
    const shared = a.facts.filter((f) => b.facts.includes(f));
    return shared.some((f) => f.startsWith('business-id|')) || new Set(shared).size >= 2;
  };
  for (const p of known) {
    const group = groups.find((g) => !g.some((q) => q.language === p.language) && g.some((q) => sameNotice(p, q)));
    if (group) group.push(p);
    else groups.push([p]);
  }
  return groups
    .filter((g) => g.length >= 2)
    .map((g) => [...g].sort((a, b) => LANG_ORDER.indexOf(a.language as Lang) - LANG_ORDER.indexOf(b.language as Lang)).map((p) => p.file));
}
