import type { InputMeta, Snapshot, TextRole } from '../engine/types';
import { inputMeta } from './input-meta';
import { INLINE_TAGS, roleOf, textRolesOf } from './roles';
import { isHidden, SKIPPED_TAGS } from './visibility';

export interface SnapshotLimits {
  /** Elements visited before the walk stops (a 65 000-element page must stay cheap). */
  maxElements: number;
  /** Characters kept of the page's whole text. */
  maxPageText: number;
  /** Characters kept per heading, dialog, button… */
  maxItemText: number;
  /** Items kept per role, inputs and test ids. */
  maxItems: number;
}

export const DEFAULT_LIMITS: SnapshotLimits = { maxElements: 20_000, maxPageText: 20_000, maxItemText: 2_000, maxItems: 200 };

interface Collector {
  role: TextRole;
  parts: string[];
  length: number;
  /** The live region's role (alert, status), counted once the region turns out to hold text. */
  live: string | null;
}

const ELEMENT = 1;
const TEXT = 3;
const FORM_TAGS = new Set(['input', 'textarea', 'select']);
const HEADING_OR_BUTTON = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'a']);

/**
 * Marks the end of an element's children: closes its role collectors, its word break, and the
 * page's navigation or footer (`chrome`) or main region (`main`) when the element was one.
 */
class Close {
  constructor(
    readonly collectors: Collector[],
    readonly block: boolean,
    readonly chrome = false,
    readonly main = false,
    readonly post = false,
  ) {}
}

/** A title is a line, not a paragraph: longer first text (a post's caption) is no title. */
const MAX_TITLE = 100;
/** Navigation and footers: their links are the site's, never a screen's buttons. */
const CHROME_TAGS = new Set(['nav', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo']);
const NO_COLLECTORS: Collector[] = [];
const BLOCK_CLOSE = new Close(NO_COLLECTORS, true);

/** What a page with nothing rules read looks like: only its URL and language count. */
export function emptySnapshot(doc: Document, url: string): Snapshot {
  const texts: Record<TextRole, string[]> = { heading: [], dialog: [], alert: [], button: [], label: [], text: [] };
  return {
    url,
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim(),
    texts,
    inputs: [],
    testids: [],
    roles: [],
    truncated: false,
  };
}

/**
 * Walks the document once, iteratively (a page nested 5 000 deep must not blow the stack), and
 * collects visible text by role plus input metadata. Never reads `.value`, never forces layout.
 * In one go: a screen is a small page, and a huge one stops at `maxElements` (spread over frames,
 * a walk crawls on exactly the heavy pages where frames are slow).
 * `roots`: walk only these subtrees, in this order, as if they were the page (the content script's
 * candidate surfaces over a feed: src/observe); the caller has checked that no ancestor hides them.
 */
export function takeSnapshot(doc: Document, url: string, limits: SnapshotLimits = DEFAULT_LIMITS, roots?: readonly Element[]): Snapshot {
  const snapshot = emptySnapshot(doc, url);
  const { texts, inputs } = snapshot;
  const testids = new Set<string>();
  const roles = new Set<string>();
  const page: string[] = [];
  let pageLength = 0;
  let elements = 0;
  let truncated = false;

  const open: Collector[] = [];
  // Inside navigation or a footer (buttons there are not collected), inside the main region.
  let chrome = 0;
  let main = 0;
  // Inside a post (<article>): its caption and comments are someone's words, never the screen's.
  let post = 0;
  // The screen's title when it has no heading (Instagram writes some in a <p>): the block holding the
  // first text outside any button, label, link, navigation and footer — in the main region if any.
  let titleBlock: Element | null = null;
  let titleInMain = false;
  // Kept text is cut at the caps, not just stopped after them: one 10 MB text node must not reach
  // normalisation and matching whole.
  const addText = (text: string) => {
    if (pageLength < limits.maxPageText) {
      page.push(text.slice(0, limits.maxPageText - pageLength));
      pageLength += text.length;
    } else truncated = true;
    for (const c of open) {
      if (c.length < limits.maxItemText) {
        c.parts.push(text.slice(0, limits.maxItemText - c.length));
        c.length += text.length;
      }
    }
  };

  // Iterative walk. The stack holds nodes to enter and Close markers; a marker is pushed (before the
  // children) only for an element that has children and opens a role or a word break.
  const stack: (Node | Close)[] = [];
  const start = roots ?? [doc.body ?? doc.documentElement];
  // Each root ends with a word break: two surfaces' texts never run together. A root inside an
  // earlier one (a dialog read first, then the page that holds it) is read once, first.
  for (let i = start.length - 1; i >= 0; i--) if (start[i]) stack.push(BLOCK_CLOSE, start[i]!);
  const rootSet = start.length > 1 ? new Set<Element>(start) : null;
  const walked = new Set<Element>();

  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item instanceof Close) {
      if (item.block) addText(' ');
      if (item.chrome) chrome--;
      if (item.main) main--;
      if (item.post) post--;
      for (const c of item.collectors) {
        open.splice(open.lastIndexOf(c), 1);
        const text = c.parts.join('').replace(/\s+/g, ' ').trim();
        if (text !== '') {
          if (c.live) roles.add(c.live);
          if (texts[c.role].length < limits.maxItems) texts[c.role].push(text);
        }
      }
      continue;
    }
    const node = item;
    if (node.nodeType === TEXT) {
      const data = node.nodeValue;
      // A post's words (its caption, its comments) are someone's, never the screen's: not read as
      // any role's text, so a post quoting a security message is no such screen.
      if (data && post === 0) {
        addText(data);
        if (
          (!titleBlock || (main > 0 && !titleInMain)) &&
          chrome === 0 &&
          post === 0 &&
          open.every((c) => c.role === 'dialog') &&
          data.trim()
        ) {
          titleBlock = blockOf(node.parentElement);
          titleInMain = main > 0;
        }
      }
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    if (++elements > limits.maxElements) {
      truncated = true;
      break;
    }
    const el = node as Element;
    if (rootSet?.has(el)) {
      if (walked.has(el)) continue;
      walked.add(el);
    }
    const tag = el.localName ?? el.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const block = !INLINE_TAGS.has(tag);
    let collectors = NO_COLLECTORS;
    let opensChrome = false;
    let opensMain = tag === 'main';
    const opensPost = tag === 'article';
    // Most elements of a feed carry no attribute or only `class`: skip every attribute lookup for them.
    const attrs = el.attributes.length;
    if (
      attrs > 1 ||
      (attrs === 1 && !el.hasAttribute('class')) ||
      FORM_TAGS.has(tag) ||
      tag === 'dialog' ||
      tag === 'label' ||
      tag === 'legend' ||
      HEADING_OR_BUTTON.has(tag) ||
      CHROME_TAGS.has(tag)
    ) {
      if (isHidden(el, tag)) continue;
      const role = roleOf(el, tag);
      opensChrome = CHROME_TAGS.has(tag) || (role !== null && CHROME_ROLES.has(role));
      opensMain ||= role === 'main';
      // An empty live region is a placeholder pages keep for later messages, not a message: its role
      // counts when its collected text is closed (below), not by reading its whole subtree here,
      // which nested regions would do once per level.
      const live = role === 'alert' || role === 'status';
      if (role && !live) roles.add(role);
      const testid = el.getAttribute('data-testid');
      if (testid && testids.size < limits.maxItems) testids.add(testid);

      if (FORM_TAGS.has(tag)) {
        if (inputs.length < limits.maxItems) inputs.push(inputMeta(el, tag as InputMeta['tag']));
        const described = el.getAttribute('aria-label') ?? el.getAttribute('placeholder');
        if (described && texts.label.length < limits.maxItems) texts.label.push(described.trim());
        if (tag !== 'select') continue; // a textarea's children are its (typed) value
      }
      const roleNames = chrome > 0 || opensChrome ? textRolesOf(el, tag, role).filter((r) => r !== 'button') : textRolesOf(el, tag, role);
      if (roleNames.length > 0) {
        collectors = roleNames.map((r): Collector => ({ role: r, parts: [], length: 0, live: live && r === 'alert' ? role : null }));
        const ariaLabel = el.getAttribute('aria-label');
        for (const c of collectors) {
          open.push(c);
          if (ariaLabel && (c.role === 'button' || c.role === 'dialog')) c.parts.push(ariaLabel, ' ');
        }
      }
    }
    if (block) addText(' ');
    if (el.firstChild === null) {
      if (collectors !== NO_COLLECTORS) stack.push(new Close(collectors, false));
      continue;
    }
    if (opensChrome) chrome++;
    if (opensMain) main++;
    if (opensPost) post++;
    if (opensChrome || opensMain || opensPost) stack.push(new Close(collectors, block, opensChrome, opensMain, opensPost));
    else if (collectors !== NO_COLLECTORS || block) stack.push(collectors === NO_COLLECTORS ? BLOCK_CLOSE : new Close(collectors, block));
    // Children pushed last-first so they pop in document order.
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }

  const pageText = page.join('').replace(/\s+/g, ' ').trim();
  if (pageText !== '') texts.text.push(pageText);
  const title =
    texts.heading.length === 0 ? (titleBlock as Element | null)?.textContent?.slice(0, limits.maxItemText).replace(/\s+/g, ' ').trim() : '';
  if (title && title.length <= MAX_TITLE) texts.heading.push(title);
  return { ...snapshot, testids: [...testids], roles: [...roles], truncated };
}

/** The nearest ancestor that is not an inline element (a title split over spans is read whole). */
function blockOf(el: Element | null): Element | null {
  let at = el;
  while (at?.parentElement && INLINE_TAGS.has(at.localName)) at = at.parentElement;
  return at;
}
