/**
 * An HTML page made ready for hast-util-to-mdast, in one walk over the tree: page furniture and
 * hidden elements dropped (not an accordion's or a tab's collapsed panel); layout tables unwrapped and register tables kept; the headings pages
 * write without heading elements (<dt>, <summary>, an accordion's <button>, a bold title over a
 * line break) made headings; old pages' paragraphs between double line breaks cut apart; a table
 * cell's blocks kept apart as lines; white space between blocks dropped.
 */
import type { Element, Root as HastRoot } from 'hast';

/**
 * Classes that hide an element from the page (shown to screen readers only) or mark a skip link:
 * a page's "Siirry sisältöön" is its own navigation, not text of the notice left behind.
 */
const HIDDEN_CLASSES = new Set(['screen-reader-text', 'sr-only', 'sr-only-focusable', 'visually-hidden', 'visually-hidden-focusable', 'visuallyhidden', 'skip-link', 'skip-to-content', 'screen-reader-shortcut']);

/**
 * A skip link by its class or id: a link within the page ("#main-content") whose class or id
 * names a skip ("skip-to-content-link", "skiplink", "skip-to-main"), a page's own navigation.
 */
const SKIP_NAME = /skip/iu;
function isSkipLink(e: Element): boolean {
  if (e.tagName !== 'a' || typeof e.properties?.href !== 'string' || !e.properties.href.startsWith('#')) return false;
  const names = [...(Array.isArray(e.properties.className) ? e.properties.className : []), e.properties.id];
  return names.some((n) => typeof n === 'string' && SKIP_NAME.test(n));
}

/**
 * A skip link by its place: a link within the page ("#sisalto") that is the first thing in the
 * page's body, with a short text ("Siirry sisältöön", "Hoppa till innehållet"), whatever its class.
 */
const SKIP_TEXT_MAX = 60;
function isLeadingSkipLink(e: Element): boolean {
  return e.tagName === 'a' && typeof e.properties?.href === 'string' && e.properties.href.startsWith('#') && e.properties.href.length > 1 && textLength(e, SKIP_TEXT_MAX + 1) <= SKIP_TEXT_MAX;
}

/**
 * A site menu without <nav>: an element whose class or id names navigation ("nav", "nav-wrap",
 * "navbar", "main-menu", "wsite-menu-default") and whose text is all the text of links to other
 * pages. Links within the page (a tab list, a table of contents) are not a site menu.
 */
const MENU_MAX_NODES = 2000;
const MENU_NAME = /(?:^|[-_])(?:nav|navbar|navigation|menu|menubar)(?:$|[-_])/iu;
function isSiteMenu(e: Element): boolean {
  const names = [...(Array.isArray(e.properties?.className) ? e.properties.className : []), e.properties?.id].filter((x) => typeof x === 'string');
  if (!names.some((n) => MENU_NAME.test(n as string))) return false;
  let links = 0;
  let inPage = false;
  let loose = 0;
  // A site menu is small: past MENU_MAX_NODES the element is no menu, and the walk stops (bounded work per element).
  let nodes = 0;
  const visit = (x: Element, inLink: boolean): void => {
    for (const c of x.children) {
      if (++nodes > MENU_MAX_NODES || loose > 0 || inPage) return;
      if (c.type === 'text') {
        if (inLink) links += c.value.trim().length;
        else loose += c.value.trim().length;
      } else if (c.type === 'element') {
        const href = c.tagName === 'a' ? c.properties?.href : undefined;
        // A link to a place in the page (a tab, a table of contents); a bare "#" is a menu's dummy.
        if (typeof href === 'string' && href.startsWith('#') && href.length > 1) inPage = true;
        visit(c, inLink || typeof href === 'string');
      }
    }
  };
  visit(e, false);
  return nodes <= MENU_MAX_NODES && !inPage && links > 0 && loose === 0;
}

/** Whether the element before `i` (past white space) is a heading. */
function afterHeading(children: HastChild[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = children[k];
    if (c.type === 'text' && WHITE.test(c.value)) continue;
    return c.type === 'element' && /^h[1-6]$/u.test(c.tagName);
  }
  return false;
}

/**
 * A cookie banner's class or id ("cookie-banner", "cookieBanner", "cmplz-cookiebanner",
 * "fs-cc-banner_component", "CybotCookiebotDialog", "onetrust-banner-sdk"): the site's banner
 * floats over every page and is no part of the notice (its "Jatkamalla hyväksyt" is the
 * banner's, not the notice's). Only a short element: a section of the notice about cookie
 * consent is never dropped for its name.
 */
const BANNER_NAME = /(?:cookie|consent|gdpr)[-_]?(?:banner|bar|popup|pop-up|modal|notice|notification|dialog|window|overlay|container)|(?:^|[-_])cc[-_](?:banner|window|bar)|cookiebotdialog|onetrust-(?:banner|consent)/iu;
const BANNER_MAX_TEXT = 1500;

function isCookieBanner(e: Element): boolean {
  const names = [...(Array.isArray(e.properties?.className) ? e.properties.className : []), e.properties?.id].filter((x) => typeof x === 'string');
  if (!names.some((n) => BANNER_NAME.test(n as string))) return false;
  return textLength(e, BANNER_MAX_TEXT + 1) <= BANNER_MAX_TEXT;
}

/**
 * A page's share buttons by their class or id ("share-wrapper", "social-share", "sharedaddy",
 * "addtoany", "shariff"): the label "Dela" or "Share" beside the icons is the page's furniture,
 * not text of the notice. Only a short element: a section on sharing data is never dropped.
 */
const SHARE_NAME = /(?:^|[-_])(?:share|sharing|shares)(?:$|[-_])|sharedaddy|addtoany|a2a_kit|shariff/iu;
const SHARE_MAX_TEXT = 200;
function isShareWidget(e: Element): boolean {
  const names = [...(Array.isArray(e.properties?.className) ? e.properties.className : []), e.properties?.id].filter((x) => typeof x === 'string');
  if (!names.some((n) => SHARE_NAME.test(n as string))) return false;
  return textLength(e, SHARE_MAX_TEXT + 1) <= SHARE_MAX_TEXT;
}

/** The length of an element's text, counted up to `limit`. */
function textLength(e: Element, limit: number): number {
  let n = 0;
  const visit = (x: Element): void => {
    for (const c of x.children) {
      if (n >= limit) return;
      if (c.type === 'text') n += c.value.length;
      else if (c.type === 'element') visit(c);
    }
  };
  visit(e);
  return n;
}

/** Page furniture around a notice in HTML: not part of the notice. */
const NOT_NOTICE = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'iframe', 'head']);

/**
 * A page's navigation, header or footer left open ('<nav {' with a style sheet in its place, a
 * missing '</nav>'): the browser shows the rest of the page inside it, so an element of these that
 * holds the notice's own sections (several headings and text that is not links) is the notice.
 */
const FURNITURE_OPEN = new Set(['nav', 'header', 'footer']);
const OPEN_FURNITURE_HEADINGS = 3;
const OPEN_FURNITURE_TEXT = 1500;
const SECTION_HEADINGS = new Set(['h1', 'h2', 'h3']);
function holdsNotice(e: Element): boolean {
  let headings = 0;
  let text = 0;
  let nodes = 0;
  const visit = (x: Element, inLink: boolean): void => {
    for (const c of x.children) {
      if (++nodes > MENU_MAX_NODES * 10 || (headings >= OPEN_FURNITURE_HEADINGS && text >= OPEN_FURNITURE_TEXT)) return;
      if (c.type === 'text') {
        if (!inLink) text += c.value.trim().length;
      } else if (c.type === 'element') {
        if (SECTION_HEADINGS.has(c.tagName)) headings++;
        if (c.tagName !== 'script' && c.tagName !== 'style') visit(c, inLink || c.tagName === 'a');
      }
    }
  };
  visit(e, false);
  return headings >= OPEN_FURNITURE_HEADINGS && text >= OPEN_FURNITURE_TEXT;
}

/**
 * Where a <header> is the heading block of the content, not the site's banner: inside <main>,
 * <article> or <section> (HTML's own reading: a header there belongs to that section). A theme's
 * "page hero" with the notice's title and first paragraph sits there.
 */
const CONTENT_SECTIONS = new Set(['main', 'article', 'section']);

/** Elements that end a line: white space between two of them is not content. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const WHITE = /^[ \t\n\f\r]*$/u;
const blockOrNone = (n: HastRoot['children'][number] | undefined): boolean => n === undefined || (n.type === 'element' && BLOCK.has(n.tagName));

/** Elements that make a table cell hold a page's layout rather than a value. */
const LAYOUT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'div', 'section', 'article', 'blockquote', 'table', 'main']);

/** An element of the set among the element's descendants, up to `depth` levels down (<td><font><p>...), not inside a nested table. */
function holdsAny(e: Element, tags: ReadonlySet<string>, depth: number): boolean {
  return e.children.some((x) => x.type === 'element' && (tags.has(x.tagName) || (depth > 1 && x.tagName !== 'table' && holdsAny(x, tags, depth - 1))));
}

/** Blank lines written as two line breaks or more within the element's text (old pages' paragraphs), up to 2. */
function blankLines(e: Element): number {
  let n = 0;
  let breaks = 0;
  const visit = (x: Element): void => {
    for (const c of x.children) {
      if (n >= 2) return;
      if (tagOf(c) === 'br') {
        if (++breaks === 2) n++;
      } else if (c.type === 'element' && INLINE.has(c.tagName)) visit(c);
      else if (!isBlankText(c)) breaks = 0;
    }
  };
  visit(e);
  return n;
}

/** A table's rows, through its row groups. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (e: Element) => {
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'tbody' || c.tagName === 'thead' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

const cellsOf = (row: Element): Element[] => row.children.filter((x): x is Element => x.type === 'element' && (x.tagName === 'td' || x.tagName === 'th'));

/** What a label cell of a register table never holds: it would be page layout. */
const LAYOUT_ONLY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'section', 'article', 'main', 'nav']);
const textOf = (e: Element | HastChild): string => (e.type === 'text' ? e.value : e.type === 'element' ? e.children.map(textOf).join('') : '');

/**
 * A register description laid out as a table: three rows or more of a short label cell and its
 * value ("1. Rekisterinpitäjä" | "Esimerkki Oy ..."), whatever paragraphs the value cells hold
 * (Word writes every cell's text as <p class=MsoNormal>). Read as a table, one section per row.
 */
function isRegisterTable(rows: Element[][]): boolean {
  const filled = rows.filter((cells) => cells.some((cell) => textOf(cell).trim() !== ''));
  if (filled.length < 3) return false;
  return filled.every((cells) => {
    if (cells.length !== 2) return false;
    const label = textOf(cells[0]).trim();
    return label.length > 0 && label.length <= 200 && !holdsAny(cells[0], LAYOUT_ONLY, Infinity);
  });
}

/**
 * Old sites lay pages out with tables: a cell holding headings and paragraphs is page layout,
 * and reading it as a table cell would run the whole notice together as one value. Such a
 * table is replaced by its cells' contents, in order.
 */
function unwrapLayoutTables(children: HastRoot['children']): HastRoot['children'] {
  if (!children.some((c) => c.type === 'element' && c.tagName === 'table')) return children;
  return children.flatMap((c) => {
    if (c.type !== 'element' || c.tagName !== 'table') return [c];
    const rows = tableRows(c).map(cellsOf);
    const cells = rows.flat();
    const layout = !isRegisterTable(rows) && cells.some((cell) => holdsAny(cell, LAYOUT_BLOCKS, 4) || blankLines(cell) >= 2);
    return layout ? unwrapLayoutTables(cells.flatMap((cell) => cell.children)) : [c];
  }) as HastRoot['children'];
}

type HastChild = HastRoot['children'][number] | Element['children'][number];
const isBlankText = (n: HastChild): boolean => n.type === 'text' && n.value.trim() === '';
const tagOf = (n: HastChild | undefined): string => (n?.type === 'element' ? n.tagName : '');
const element = (tagName: string, children: Element['children'], from?: Element): Element => ({ type: 'element', tagName, properties: {}, children, ...(from?.position ? { position: from.position } : {}) });

/** Elements that hold blocks of text: a panel that opens under an accordion's button. */
const CONTAINERS = new Set(['div', 'section', 'article', 'p', 'ul', 'ol', 'dl', 'table', 'blockquote']);

/** The next element after index i, past white space. */
function nextElement(children: HastChild[], i: number): Element | null {
  for (let k = i + 1; k < children.length; k++) {
    const c = children[k];
    if (c.type === 'element') return c;
    if (!isBlankText(c)) return null;
  }
  return null;
}

/**
 * Headings that pages write without heading elements: a definition list's terms (<dt>), a
 * paragraph that opens with bold text and a line break (<p><strong>Title</strong><br>text</p>),
 * a disclosure's <summary>, and an accordion's <button> with its panel after it. Each becomes a
 * heading followed by its text, so the section tree sees them (a retention answer under "How
 * long do we keep your data?" counts as one only under that question).
 */
function liftPseudoHeadings(children: HastChild[]): HastChild[] {
  if (!children.some((c) => tagOf(c) === 'dl' || tagOf(c) === 'p' || tagOf(c) === 'summary' || tagOf(c) === 'button')) return children;
  return children.flatMap((c, i): HastChild[] => {
    if (c.type !== 'element') return [c];
    if (c.tagName === 'summary') return [element('h6', c.children, c)];
    if (c.tagName === 'button' && CONTAINERS.has(nextElement(children, i)?.tagName ?? '')) return [element('h6', c.children, c)];
    if (c.tagName === 'dl') {
      return c.children.map((d): HastChild => (d.type === 'element' && (d.tagName === 'dt' || d.tagName === 'dd') ? element(d.tagName === 'dt' ? 'h6' : 'div', d.children, d) : d));
    }
    if (c.tagName === 'p') {
      const kids = c.children.filter((k) => !isBlankText(k));
      const [head, br] = kids;
      if (head?.type === 'element' && (head.tagName === 'strong' || head.tagName === 'b') && tagOf(br) === 'br') {
        const rest = c.children.slice(c.children.indexOf(br) + 1);
        if (rest.some((k) => !isBlankText(k))) return [element('h6', head.children, head), element('p', rest)];
      }
    }
    return [c];
  });
}

/** Elements that flow within a line of text. */
const INLINE = new Set(['a', 'abbr', 'b', 'big', 'br', 'cite', 'code', 'em', 'font', 'i', 'img', 'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u']);

/**
 * Old pages write paragraphs as runs of text between blank lines made of line breaks
 * (<b>Rekisterinpitäjä</b><br>Esimerkki Oy<br><br><b>Tarkoitus</b><br>...), all in one <div>,
 * <td> or <font>. Content that is only text and inline elements is cut at each run of two line
 * breaks or more into paragraphs, so that a bold title over its text reads as a heading, as
 * <p><strong>Title</strong><br>text</p> does.
 */
function paragraphsAtDoubleBreaks(children: HastChild[]): HastChild[] {
  // A <p> of several such paragraphs becomes as many <p>s (a <p> inside a <p> would run together).
  if (children.some((c) => tagOf(c) === 'p')) {
    children = children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? splitAtDoubleBreaks(c.children) ?? [c] : [c]));
  }
  return splitAtDoubleBreaks(children) ?? children;
}

/** Inline-only content cut into <p>s at each run of two line breaks or more; null when there is nothing to cut. */
function splitAtDoubleBreaks(children: HastChild[]): HastChild[] | null {
  if (!children.some((c) => tagOf(c) === 'br') || children.some((c) => c.type === 'element' && !INLINE.has(c.tagName))) return null;
  const groups: HastChild[][] = [[]];
  let breaks = 0;
  for (const c of children) {
    if (tagOf(c) === 'br') {
      breaks++;
      groups[groups.length - 1].push(c);
    } else if (isBlankText(c)) groups[groups.length - 1].push(c);
    else {
      if (breaks >= 2) {
        // The breaks that made the blank line end the paragraph before.
        groups.push([]);
      }
      breaks = 0;
      groups[groups.length - 1].push(c);
    }
  }
  if (groups.length < 2) return null;
  return groups.map((g) => element('p', g as Element['children']));
}

/**
 * A hidden element that is a collapsed part of the page, not something kept from readers: an
 * accordion's or a tab's panel (role region or tabpanel, or labelled by its button, as the WAI-ARIA
 * patterns make them), or text hidden until found by the browser's search. Its text is the
 * notice's, shown on a click.
 */
function isCollapsedPanel(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden === 'until-found') return true;
  return p.role === 'region' || p.role === 'tabpanel' || p.ariaLabelledBy !== undefined;
}

/** Normalises the tree in place (see the module's doc); `inContent`: the node is within <main>, <article> or <section>. */
export function normaliseHtml(node: HastRoot | Element, inContent = false): void {
  // Not within text: a <p> or <b> cut into <p>s would run them together again.
  const flow = node.type === 'root' || node.tagName === 'font' || (node.tagName !== 'p' && !INLINE.has(node.tagName));
  const children = flow ? paragraphsAtDoubleBreaks(node.children) : node.children;
  node.children = liftPseudoHeadings(unwrapLayoutTables(children)) as typeof node.children;
  const body = node.type === 'element' && node.tagName === 'body';
  const firstElement = body ? node.children.find((c) => c.type === 'element') : undefined;
  // Whether this node is itself a menu kept whole: asked at most once per node (per child it was quadratic).
  let menuParent: boolean | undefined;
  const parentIsMenu = () => (menuParent ??= node.type === 'element' && isSiteMenu(node));
  const kept = node.children.filter((child, i) => {
    if (child.type === 'comment') return false;
    if (child.type !== 'element') return true;
    const contentHeader = child.tagName === 'header' && inContent;
    if (NOT_NOTICE.has(child.tagName) && !contentHeader && !(FURNITURE_OPEN.has(child.tagName) && holdsNotice(child))) return false;
    const role = child.properties?.role;
    if (role === 'navigation' || (role === 'banner' && !contentHeader) || role === 'contentinfo') return false;
    if (child.properties?.hidden !== undefined && child.properties?.hidden !== false && !isCollapsedPanel(child)) return false;
    if (Array.isArray(child.properties?.className) && child.properties.className.some((c) => HIDDEN_CLASSES.has(String(c)))) return false;
    if (isCookieBanner(child) || isSkipLink(child) || isShareWidget(child)) return false;
    // A menu under its own heading ("Valikko") is left whole, the menus inside it too: the heading would be left empty.
    if (isSiteMenu(child) && !afterHeading(node.children, i) && !parentIsMenu()) return false;
    if (child === firstElement && isLeadingSkipLink(child)) return false;
    normaliseHtml(child, inContent || CONTENT_SECTIONS.has(child.tagName));
    return true;
  });
  // White space between block elements: hast-util-to-mdast would drop it too, but one
  // Array.splice per node, quadratic in a page of 100,000 headings (~30 s); dropped here at once.
  const pre = node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'textarea');
  node.children = (pre ? kept : kept.filter((c, i) => !(c.type === 'text' && WHITE.test(c.value) && blockOrNone(kept[i - 1]) && blockOrNone(kept[i + 1])))) as typeof node.children;
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) node.children = cellLines(node.children) as typeof node.children;
}

/** Blocks a table cell may hold, whose text runs together once the cell is one line of a table. */
const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'dl', 'dt', 'dd', 'address']);

/**
 * A cell's blocks as lines: mdast's table cells hold no paragraphs, and hast-util-to-mdast joins
 * a cell's <p>s with nothing between them ("Päivitetty 24.5.2018Henkilötietolain ..."), which
 * glues the last word of one to the first of the next. Each block's content is followed by a
 * line break at the block's end instead.
 */
function cellLines(children: HastChild[]): HastChild[] {
  if (!children.some((c) => c.type === 'element' && (CELL_BLOCKS.has(c.tagName) || c.tagName === 'font'))) return children;
  const out: HastChild[] = [];
  for (const c of children) {
    if (c.type !== 'element' || !CELL_BLOCKS.has(c.tagName)) {
      // <td><font><p>...: the wrapper stays, its blocks become lines.
      if (c.type === 'element' && c.tagName === 'font') c.children = cellLines(c.children) as Element['children'];
      out.push(c);
      continue;
    }
    for (const x of cellLines(c.children)) out.push(x);
    const end = c.position?.end;
    out.push({ type: 'element', tagName: 'br', properties: {}, children: [], ...(end ? { position: { start: end, end } } : {}) });
  }
  return out;
}

