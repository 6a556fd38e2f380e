/**
 * The language-version comparison: two or three parsed notices that are one notice in
 * different languages, and what they say differently. Pure: a function of the parsed notices
 * (and of the per-notice rules it runs for defects).
 *
 * Which version a difference is reported on ("the version that differs"): with three versions,
 * the one that disagrees with the other two (a fact in two versions and not the third: on the
 * third; in one only: on that one); with two, or when all three disagree, the version given
 * later, the first being the reference (usually the original). An item is reported on every
 * version that lacks it while another states it.
 */
import type { MessageData, MessageRef } from '../i18n/format.js';
import { documentSpan, type Placer } from '../input/docx.js';
import { parityText } from './text.js';
import { derivedKey, getCached } from '../model/derived.js';
import { analyzeNotice, ITEM_IDS, type ItemId } from '../items/index.js';
import { lintNotice } from '../linter.js';
import type { Config } from '../config/types.js';
import type { Notice, Section, Span } from '../model/types.js';
import type { DocumentLocation } from '../report.js';
import { rulesById } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import { LOOSELY_WORDED_ITEMS } from './data.js';
import { bareNumbers, type Fact, type FactKind, KIND_NAMES, noticeFacts } from './facts.js';

export interface ParityVersion {
  /** As the user named it; cited in messages. */
  filePath: string;
  notice: Notice;
  config?: Config;
  today?: string;
  /** A Word document's or a PDF's: where a line of the text it was read as is in the document. */
  placer?: Placer;
  /** The file's own format when it is not the notice's (a DOCX read as HTML, a PDF as text). */
  documentFormat?: 'docx' | 'pdf';
}

export type DifferenceKind = 'item' | 'fact' | 'citation' | 'defect' | 'section';

/** A place in one version. */
export interface ParityPlace {
  version: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What the version says there, as written (absent when it says nothing). */
  text?: string;
  /** In a Word document or a PDF: its paragraph, or its page (`line` being the line on it), and first words. */
  location?: DocumentLocation;
}

export interface ParityDifference {
  ruleId: string;
  kind: DifferenceKind;
  /** What differs: an item id, a fact kind ("period", "e-mail address"), a rule id, a section number. */
  subject: string;
  /** The version the finding is on, and where. */
  at: ParityPlace;
  /** What each other version says, and where (no line when it says nothing). */
  others: ParityPlace[];
  message: string;
  /** The message's id among its rule's messages (src/parity/meta.ts), and its placeholders' values. */
  messageId: string;
  data: MessageData;
  /** A severity for this one finding, below the rule's (an item only vague, not missing). */
  severity?: Severity;
}

/** Per-notice rules whose findings are defects: fixed in one version, they must be fixed in all. */
export const DEFECT_RULES: readonly string[] = [
  'outdated-law-reference',
  'stale-authority-contact',
  'stale-agency-name',
  'invalidated-transfer-mechanism',
  'transfer-contradiction',
  'invalid-business-id',
];

/** Fewer items stated than this: a stub ("the English version is coming"), not a version to compare. */
const MIN_ITEMS = 3;

/** Periods that are one unit (a day, a week, a month, a year, an hour), by their keys in facts.ts. */
const ONE_UNIT: ReadonlySet<string> = new Set(['1 day', '7 day', '1 month', '12 month', '1 hour', '24 hour']);

const CITATION_KINDS: ReadonlySet<FactKind> = new Set(['law', 'article']);

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return `"${t.length > max ? t.slice(0, max - 1) + '…' : t}"`;
}

function place(versions: readonly ParityVersion[], version: number, span: Span | null, text?: string): ParityPlace {
  const { notice } = versions[version];
  const s = notice.lines.position(span?.start ?? 0);
  const e = notice.lines.position(span ? Math.max(span.end, span.start) : 0);
  return placeLines(versions, version, { line: s.line, column: s.column, endLine: e.line, endColumn: e.column }, text);
}

/** A range of lines and columns of a version's text as a place in the version (a Word document's paragraph, a PDF's page and line). */
function placeLines(versions: readonly ParityVersion[], version: number, p: { line: number; column: number; endLine: number; endColumn: number }, text?: string): ParityPlace {
  const { placer } = versions[version];
  const said = text !== undefined ? { text } : {};
  if (!placer) return { version, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, ...said };
  // A Word document's paragraph, a PDF's page and line.
  const { start, span: placed } = documentSpan(placer, p);
  if (!start.known) return { version, ...placed, ...said };
  return { version, ...placed, location: { ...(start.paragraph !== undefined ? { paragraph: start.paragraph } : {}), ...(start.page !== undefined ? { page: start.page } : {}), excerpt: start.excerpt }, ...said };
}

/** A version that says nothing of it (line 0). */
function absent(version: number): ParityPlace {
  return { version, line: 0, column: 0, endLine: 0, endColumn: 0 };
}

/** A place in a version, for a message: "privacy-en.md:12"; a Word document's paragraph; a PDF's page and line. */
function where(versions: readonly ParityVersion[], p: ParityPlace): MessageRef {
  const file = versions[p.version].filePath;
  const { paragraph, page } = p.location ?? {};
  if (paragraph !== undefined) return { messageId: 'at-paragraph', data: { file, paragraph } };
  return page !== undefined ? { messageId: 'at-page', data: { file, page, line: p.line } } : { messageId: 'at-line', data: { file, line: p.line } };
}

/** A finding's message from its rule's template (English; the catalogues translate it by id), with the id and data. */
function said(ruleId: string, messageId: string, data: MessageData): { message: string; messageId: string; data: MessageData } {
  return { message: parityText(ruleId, messageId, data), messageId, data };
}

/** The top-level sections: the root's children, or its one child's when the notice has a title heading. */
function topSections(notice: Notice): Section[] {
  let top = notice.root.children;
  if (top.length === 1 && top[0].children.length > 1) top = top[0].children;
  return top;
}

/**
 * The items each top-level section states (its evidence) or, with `homes`, is the home of (a
 * heading that names the item, even when the version does not state it).
 */
type SectionItems = { section: Section; items: Set<ItemId> };
const SECTION_ITEMS = derivedKey<SectionItems[]>('items stated or at home in each top-level section');
const SECTION_ITEMS_STATED = derivedKey<SectionItems[]>('items stated in each top-level section');

function sectionItems(notice: Notice, homes = true): SectionItems[] {
  return getCached(notice, homes ? SECTION_ITEMS : SECTION_ITEMS_STATED, (n) => computeSectionItems(n, homes));
}

function computeSectionItems(notice: Notice, homes: boolean): SectionItems[] {
  const { items } = analyzeNotice(notice);
  const out = topSections(notice).map((section) => {
    const set = new Set<ItemId>();
    for (const id of ITEM_IDS) {
      const it = items[id];
      for (const p of [it.status === 'present' || it.status === 'vague' ? it.evidence : undefined, homes ? it.home : undefined]) {
        if (p && p.span.start >= section.span.start && p.span.start < section.span.end) set.add(id);
      }
    }
    return { section, items: set };
  });
  return out;
}

/** The section of `to` that states the items of the section of `from` around `offset`. */
function alignedSpan(from: Notice, offset: number, to: Notice): Span | null {
  const source = sectionItems(from).find((s) => offset >= s.section.span.start && offset < s.section.span.end);
  if (!source || source.items.size === 0) return null;
  let best: { span: Span; overlap: number } | null = null;
  for (const s of sectionItems(to)) {
    let overlap = 0;
    for (const id of source.items) if (s.items.has(id)) overlap++;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { span: s.section.titleSpan ?? s.section.span, overlap };
  }
  return best?.span ?? null;
}

/**
 * Which versions a difference is on: those that disagree with the majority, or with the
 * reference (version 0) when there is none.
 */
function targets(has: boolean[]): { version: number; has: boolean }[] {
  const yes = has.filter(Boolean).length;
  const no = has.length - yes;
  if (yes === 0 || no === 0) return [];
  if (yes !== no) {
    const minority = yes < no;
    return has.flatMap((h, version) => (h === minority ? [{ version, has: h }] : []));
  }
  // A tie (two versions): on every version but the reference.
  return has.flatMap((h, version) => (version === 0 ? [] : [{ version, has: h }]));
}

function compareItems(versions: readonly ParityVersion[]): ParityDifference[] {
  const out: ParityDifference[] = [];
  const analysed = versions.map((v) => analyzeNotice(v.notice).items);
  for (const id of ITEM_IDS) {
    const statuses = analysed.map((a) => a[id].status);
    // An item that does not apply to a version is no difference (precision over recall).
    if (statuses.includes('not-applicable')) continue;
    // Vague counts as stated: the analysis judges vagueness differently by language more often
    // than versions differ in it (a vague period against a concrete one is a parity-fact).
    const stated = statuses.map((s) => s === 'present' || s === 'vague');
    if (!stated.some(Boolean) || stated.every(Boolean)) continue;
    const stating = stated.flatMap((p, i) => (p ? [i] : []));
    const loose = LOOSELY_WORDED_ITEMS.includes(id);
    if (loose && !stating.every((o) => analysed[o][id].home)) continue;
    statuses.forEach((status, version) => {
      if (stated[version]) return;
      const it = analysed[version][id];
      if (loose && it.home) return;
      const others = stating.map((o) => place(versions, o, analysed[o][id].evidence?.span ?? null, analysed[o][id].evidence?.text));
      const cited = { list: others.map((o) => where(versions, o)) };
      out.push({
        ruleId: 'parity-item',
        kind: 'item',
        subject: id,
        at: place(versions, version, it.home?.span ?? null),
        others,
        ...said('parity-item', 'not-stated', { item: id, where: cited, quoted: others[0]?.text ? { messageId: 'quoted', data: { text: quote(others[0].text) } } : '' }),
      });
    });
  }
  return out;
}

function compareFacts(versions: readonly ParityVersion[]): ParityDifference[] {
  const facts = versions.map((v) => noticeFacts(v.notice));
  const byKey = versions.map((_, i) => {
    const m = new Map<string, Fact>();
    for (const f of facts[i]) {
      const k = `${f.kind}|${f.key}`;
      if (!m.has(k)) m.set(k, f);
    }
    return m;
  });
  const keys = [...new Set(byKey.flatMap((m) => [...m.keys()]))];
  // Per version: the facts it lacks and the facts only it has, by dimension, in document order.
  type Entry = { key: string; fact: Fact; from: number };
  const lacks = versions.map(() => new Map<string, Entry[]>());
  const alone = versions.map(() => new Map<string, Entry[]>());
  for (const key of keys) {
    const has = byKey.map((m) => m.has(key));
    for (const t of targets(has)) {
      const from = t.has ? t.version : has.findIndex(Boolean);
      const fact = byKey[from].get(key)!;
      const bucket = (t.has ? alone : lacks)[t.version];
      const list = bucket.get(fact.dimension) ?? [];
      list.push({ key, fact, from });
      bucket.set(fact.dimension, list);
    }
  }
  const out: ParityDifference[] = [];
  const byOffset = (a: Entry, b: Entry) => a.fact.span.start - b.fact.span.start;
  versions.forEach((version, v) => {
    const dims = new Set([...lacks[v].keys(), ...alone[v].keys()]);
    for (const dim of dims) {
      // "children under 13" where another version says "alle 13-vuotiaat": the number is there,
      // its unit implied, so neither is a difference (nor one half of a changed value).
      const missing = (lacks[v].get(dim) ?? []).filter((e) => e.fact.number === undefined || !bareNumbers(version.notice).has(e.fact.number)).sort(byOffset);
      const extra = (alone[v].get(dim) ?? [])
        .filter((e) => e.fact.number === undefined || !versions.every((o, k) => k === v || bareNumbers(o.notice).has(e.fact.number!)))
        .sort(byOffset);
      const pairs = Math.min(missing.length, extra.length);
      for (let i = 0; i < Math.max(missing.length, extra.length); i++) {
        const here = i < extra.length ? extra[i] : null;
        const there = i < missing.length ? missing[i] : null;
        const fact = (here ?? there)!.fact;
        // "12 months" where another version says "vuoden ajan", "ett år", "a year": one unit is
        // often said without a number, so alone it is no difference (paired with another value, it is).
        if (i >= pairs && fact.kind === 'time' && ONE_UNIT.has(fact.key)) continue;
        const ruleId = CITATION_KINDS.has(fact.kind) ? 'parity-citation' : 'parity-fact';
        const kind = CITATION_KINDS.has(fact.kind) ? 'citation' : 'fact';
        const name = { messageId: `kind-${fact.kind}` };
        const subject = KIND_NAMES[fact.kind];
        const othersOf = (key: string) =>
          versions.flatMap((_, o) => {
            if (o === v) return [];
            const f = byKey[o].get(key);
            return f ? [place(versions, o, f.span, f.text)] : [absent(o)];
          });
        if (i < pairs && here && there) {
          const others = othersOf(there.key);
          const sayings = { list: others.filter((o) => o.text !== undefined && o.line > 0).map((o): MessageRef => ({ messageId: 'said-at', data: { text: quote(o.text!), where: where(versions, o) } })) };
          out.push({
            ruleId,
            kind,
            subject,
            at: place(versions, v, here.fact.span, here.fact.text),
            others,
            ...said(ruleId, others.length > 1 ? 'differs-many' : 'differs-one', { name, value: quote(here.fact.text), said: sayings }),
          });
        } else if (here) {
          const others = othersOf(here.key);
          const lacking = { list: others.map((o) => versions[o.version].filePath) };
          out.push({
            ruleId,
            kind,
            subject,
            at: place(versions, v, here.fact.span, here.fact.text),
            others,
            ...said(ruleId, 'only-here', { name, value: quote(here.fact.text), lacking }),
          });
        } else if (there) {
          const others = othersOf(there.key);
          const sayings = { list: others.filter((o) => o.line > 0).map((o): MessageRef => ({ messageId: 'said-at', data: { text: quote(o.text!), where: where(versions, o) } })) };
          const span = alignedSpan(versions[there.from].notice, there.fact.span.start, version.notice);
          out.push({
            ruleId,
            kind,
            subject,
            at: place(versions, v, span),
            others,
            ...said(ruleId, 'not-here', { name, said: sayings }),
          });
        }
      }
    }
  });
  return out;
}

function compareDefects(versions: readonly ParityVersion[]): ParityDifference[] {
  const rules = DEFECT_RULES.flatMap((id) => {
    const r = rulesById.get(id);
    return r ? [r] : [];
  });
  const found = versions.map((v) => lintNotice(v.notice, { config: v.config, today: v.today, rules }));
  const out: ParityDifference[] = [];
  for (const rule of rules) {
    const per = found.map((messages) => messages.filter((m) => m.ruleId === rule.meta.id));
    const has = per.map((m) => m.length > 0);
    if (!has.some(Boolean) || has.every(Boolean)) continue;
    const clean = has.flatMap((h, i) => (h ? [] : [i]));
    has.forEach((h, v) => {
      if (!h) return;
      const first = per[v][0];
      const fixedIn = { list: clean.map((c) => versions[c].filePath) };
      out.push({
        ruleId: 'parity-defect',
        kind: 'defect',
        subject: rule.meta.id,
        at: placeLines(versions, v, first),
        others: clean.map(absent),
        // The finding quoted as its rule's message, so that a translation quotes it translated.
        ...said('parity-defect', 'not-fixed', { rule: rule.meta.id, fixedIn, message: first.messageId ? { ruleId: rule.meta.id, messageId: first.messageId, ...(first.data ? { data: first.data } : {}) } : first.message }),
      });
    });
  }
  return out;
}

const overlaps = (x: Set<ItemId>, y: Set<ItemId>) => [...x].some((id) => y.has(id));

/** Letters a section must have of its own to count as one that a version lacks (not a bare heading). */
const MIN_SECTION_LETTERS = 40;

/**
 * The sections of `a` that state no item (cookies, changes to the notice, security) and that `b`
 * lacks: aligned by order between the sections that state items (anchors, matched by their items
 * as in compareSections), a run of such sections in `a` whose counterpart gap in `b` is empty.
 * Where `b` has something in the gap, it is taken for the same section, whatever its title says:
 * titles are translated, and two sections in a gap cannot be told apart by anything else.
 */
function unstatedSections(all: readonly SectionItems[][], a: number, b: number): { index: number; next: Section | null }[] {
  const counterpart = all[a].map((s) => (s.items.size === 0 ? -1 : all[b].findIndex((t) => overlaps(s.items, t.items))));
  const out: { index: number; next: Section | null }[] = [];
  all[a].forEach((s, i) => {
    if (s.items.size > 0 || letterCount(s.section) < MIN_SECTION_LETTERS) return;
    let pa = i - 1;
    while (pa >= 0 && counterpart[pa] < 0) pa--;
    let na = i + 1;
    while (na < all[a].length && counterpart[na] < 0) na++;
    // Anchored on both sides, in the same order in both versions, with nothing between in b.
    if (pa < 0 || na >= all[a].length) return;
    const pb = counterpart[pa];
    const nb = counterpart[na];
    if (nb !== pb + 1) return;
    out.push({ index: i, next: all[b][nb].section });
  });
  return out;
}

/** The letters of a section's text and its sub-sections', headings excluded. */
function letterCount(section: Section): number {
  let n = 0;
  for (const block of section.blocks) if (block.kind !== 'heading') n += (block.text.match(/\p{L}/gu) ?? []).length;
  for (const child of section.children) n += letterCount(child);
  return n;
}

/** Sections of one version whose items no section of another version states. */
function compareSections(versions: readonly ParityVersion[]): ParityDifference[] {
  const out: ParityDifference[] = [];
  const all = versions.map((v) => sectionItems(v.notice, false));
  versions.forEach((_, a) => {
    versions.forEach((_, b) => {
      if (a === b) return;
      // Only when the other version has fewer sections: one that merges two is not lacking one.
      if (all[b].length >= all[a].length) return;
      for (const { index, next } of unstatedSections(all, a, b)) {
        const s = all[a][index].section;
        const title = s.heading?.text ?? s.title;
        const there = place(versions, a, s.titleSpan ?? s.span, title);
        out.push({
          ruleId: 'parity-section',
          kind: 'section',
          subject: s.number ?? s.title,
          at: place(versions, b, next ? (next.titleSpan ?? next.span) : null),
          others: [there],
          ...said('parity-section', 'no-section-between', { title: quote(title), where: where(versions, there), before: next ? { messageId: 'before' } : '' }),
        });
      }
      all[a].forEach((s, i) => {
        if (s.items.size === 0) return;
        if (all[b].some((t) => overlaps(s.items, t.items))) return;
        // Where it would be: before the counterpart of the next section that has one.
        let next: Section | null = null;
        for (const later of all[a].slice(i + 1)) {
          next = all[b].find((t) => later.items.size > 0 && overlaps(later.items, t.items))?.section ?? null;
          if (next) break;
        }
        const title = s.section.heading?.text ?? s.section.title;
        const there = place(versions, a, s.section.titleSpan ?? s.section.span, title);
        out.push({
          ruleId: 'parity-section',
          kind: 'section',
          subject: s.section.number ?? s.section.title,
          at: place(versions, b, next ? (next.titleSpan ?? next.span) : null),
          others: [there],
          ...said('parity-section', 'no-section', { title: quote(title), where: where(versions, there), items: [...s.items].join(', '), before: next ? { messageId: 'before' } : '' }),
        });
      });
    });
  });
  return out;
}

/** Every difference between the versions, in version order, then line order. */
export function compareVersions(versions: readonly ParityVersion[]): ParityDifference[] {
  if (versions.length < 2) return [];
  // A version that is no notice at all (a stub: "the English version is coming") would differ in
  // everything: one finding says so, and nothing is compared.
  const notices = versions.map((v) => {
    const { isNotice, items } = analyzeNotice(v.notice);
    return isNotice && ITEM_IDS.filter((id) => items[id].status === 'present').length >= MIN_ITEMS;
  });
  if (notices.some((n) => !n)) {
    if (!notices.some(Boolean)) return [];
    const full = notices.flatMap((n, i) => (n ? [i] : []));
    return notices.flatMap((n, version) =>
      n
        ? []
        : [
            {
              ruleId: 'parity-item',
              kind: 'item' as const,
              subject: 'notice',
              at: place(versions, version, null),
              others: full.map((o) => place(versions, o, null)),
              ...said('parity-item', full.length > 1 ? 'not-a-notice-many' : 'not-a-notice-one', { min: MIN_ITEMS, full: { list: full.map((o) => versions[o].filePath) } }),
            },
          ],
    );
  }
  const diffs = [...compareItems(versions), ...compareFacts(versions), ...compareDefects(versions), ...compareSections(versions)];
  return diffs.sort((x, y) => x.at.version - y.at.version || x.at.line - y.at.line || x.at.column - y.at.column || x.ruleId.localeCompare(y.ruleId) || x.message.localeCompare(y.message));
}

