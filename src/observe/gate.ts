import { rulesLiveAt } from '../engine/live';
import { normalize } from '../engine/normalize';
import type { TableRule } from '../engine/types';

/**
 * A cheap test, run on each changed node before any snapshot: could this node possibly change what
 * the rules see? (uBlock habit: the cheapest filter first, text last.)
 *   1. URL: only rules that can still match at this URL count (src/engine/live.ts). On most pages
 *      none can, and the gate is idle: the watcher then stops observing altogether.
 *   2. Structure: the node's subtree has an element a live rule looks for (a test id, a role, an input).
 *   3. Text: its text (or a button's, dialog's or field's aria-label / placeholder) holds an
 *      "anchor" — the longest word of some phrase of a live rule — together with that phrase's
 *      second-longest word, matched as substrings so words merged across elements still count.
 *      Text longer than is worth checking counts as a hit.
 * A feed item without a single anchor is skipped, so a mutation storm on a feed costs a few
 * `textContent` reads instead of a snapshot per frame. A false positive costs one snapshot.
 * Known gap: text already on the page beyond the snapshot's text cap that a removal brings within it.
 */
const TEXT_KINDS = ['heading', 'dialog', 'alert', 'button', 'label', 'text'];
/** Input metadata read from an attribute of the same name (aria_label / placeholder are anchors). */
const INPUT_ATTRS: Record<string, string> = { type: 'type', name: 'name', autocomplete: 'autocomplete', inputmode: 'inputmode', testid: 'data-testid' };
/**
 * Characters whose folding (NFKD, marks, invisible, apostrophes) can change a Latin word: Latin-1 and
 * Latin Extended, spacing modifiers, general punctuation (curly apostrophes, zero-width), letterlike
 * and enclosed forms, ligatures, full-width forms, mathematical letters. Text without any (ASCII,
 * emoji, symbols, other scripts) only needs lower case and joined ASCII apostrophes.
 */
const NEEDS_FOLDING = /[\u00a0-\u036f\u1e00-\u1eff\u2000-\u206f\u2100-\u24ff\ufb00-\ufb06\ufe00-\ufe0f\ufeff\uff00-\uffef]|\ud835/;
const ASCII_APOSTROPHES = /['`]/g;
/**
 * The snapshot reads the aria-labels and placeholders of fields, buttons and dialogs only; reading
 * them all is a superset, and plain attribute selectors run about twice as fast as `:is()` lists.
 */
const LABEL_ATTRS = ['aria-label', 'placeholder'];
const LABELLED = LABEL_ATTRS.map((name) => `[${name}]`).join();
/** Subtrees with more text than this are not inspected: they count as relevant. */
const MAX_TEXT = 4_000;
/** Page text beyond which the gate does not look and the page is walked. */
const PAGE_TEXT = 200_000;
/** The first look tests a page's text this many characters at a time. */
const PIECE = 8_192;

export interface Gate {
  /**
   * May these (added, removed or changed) nodes change the snapshot's verdict? Read in two halves, so
   * that many records' texts are tested at once: true when they hold an element of a live rule's
   * structure or more text than is worth testing, else the text to give `text` (their text and the
   * labels the snapshot could read; '' when no rule is live). Testing texts together is a superset —
   * a phrase's words may then come from two nodes — and costs one search per anchor, not one per node.
   */
  read(nodes: ArrayLike<Node>): string | true;
  /**
   * Whether a whole page holds anything a live rule reads, in slices: true / false when done, null
   * while there is more (its labels are read a few dozen at a time, so a big page never costs one
   * long task).
   */
  page(root: Element): (deadline: number) => boolean | null;
  /** Can a removal matter while nothing is recognised? Only when some live rule has exclusions. */
  readonly removals: boolean;
  /** May this text (what `read` returned, or several of them joined) hold a phrase of a live rule? */
  text(value: string): boolean;
  /** No live rule: no change to this page can alter the verdict until the URL changes. */
  readonly idle: boolean;
  /** Narrows the gate to the rules live at `url` (every navigation). */
  retarget(url: string): void;
  /** Replaces the rules (organisation rule packs arrived or changed). */
  use(table: readonly TableRule[]): void;
}

interface Filters {
  /** Characters whose presence may mean a shown email or phone (`shows` conditions), tested unfolded. */
  marks: string[];
  /** Longest word of a phrase, with the second-longest words that must come with it ('' when none). */
  anchors: [string, string[]][];
  /** Every anchor and second word, and the longest one's length (the first look's pieces). */
  words: string[];
  longest: number;
  structural: string;
  removals: boolean;
  idle: boolean;
}

function compileFilters(rules: readonly TableRule[]): Filters {
  const anchors = new Map<string, Set<string>>();
  const selectors = new Set<string>();
  const marks = new Set<string>();
  const attr = (name: string, value: string) => `[${name}=${JSON.stringify(value)} i]`;
  // Table phrases are normalised when rules are compiled (src/rules/compile.ts).
  const phrase = (p?: string) => {
    const [first, second = ''] = (p ?? '').split(' ').sort((a, b) => b.length - a.length);
    if (first) anchors.set(first, (anchors.get(first) ?? new Set()).add(second));
  };
  for (const rule of rules) {
    for (const c of [...rule.all, ...rule.any, ...rule.none]) {
      const values = c.v as string[] & Record<string, string>;
      if (TEXT_KINDS.includes(c.k)) values.forEach(phrase);
      else if (c.k === 'testid') for (const t of values) selectors.add(attr('data-testid', t));
      else if (c.k === 'shows') for (const shape of values) marks.add(shape === 'email' ? '@' : '+');
      else if (c.k === 'role') for (const r of values) selectors.add(attr('role', r) + (r === 'dialog' ? ',dialog' : ''));
      else if (c.k === 'input') {
        phrase(values.aria_label);
        phrase(values.placeholder);
        const attrs = Object.keys(values).map((a) => (INPUT_ATTRS[a] ? attr(INPUT_ATTRS[a], values[a]!) : '')).join('');
        // Spelled out per tag: an `:is(input,textarea,select)` prefix makes every query several times slower.
        for (const tag of ['input', 'textarea', 'select']) selectors.add(tag + attrs);
      }
    }
  }
  const words = [...new Set([...anchors].flatMap(([anchor, seconds]) => [anchor, ...seconds]))].filter(Boolean);
  return {
    marks: [...marks],
    anchors: [...anchors].map(([anchor, seconds]) => [anchor, [...seconds]]),
    words,
    longest: Math.max(0, ...words.map((w) => w.length)),
    structural: [...selectors].join(','),
    removals: rules.some((r) => r.none.length > 0),
    idle: rules.length === 0,
  };
}

/** Text as phrases are stored: folded only when some character needs it (most feed text does not). */
const fold = (value: string) => (NEEDS_FOLDING.test(value) ? normalize(value) : value.toLowerCase().replace(ASCII_APOSTROPHES, ''));

/** Without `url`, every rule counts as live (tests, replay). */
export function createGate(table: readonly TableRule[], url?: string): Gate {
  let at = url;
  // SPA navigations go back and forth between a few pages: compile each set of live rules once.
  const cache = new Map<string, Filters>();
  const filtersFor = (rules: readonly TableRule[]) => {
    const key = rules.map((r) => r.id).join();
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = compileFilters(rules)));
    return hit;
  };
  const live = () => (at === undefined ? table : rulesLiveAt(table, at));
  let f = filtersFor(live());

  // Both of some phrase's two longest words occur: only then can the phrase. One `includes` per
  // anchor: a native substring search, several times faster than one regex of alternatives.
  const text = (value: string): boolean => {
    for (const mark of f.marks) if (value.includes(mark)) return true;
    const t = fold(value);
    for (const [anchor, seconds] of f.anchors) if (t.includes(anchor)) for (const second of seconds) if (t.includes(second)) return true;
    return false;
  };

  /** An element of a live rule's structure (test id, role, field) here or below? */
  const structural = (el: Element) => !!f.structural && (el.matches(f.structural) || el.querySelector(f.structural) !== null);

  /** An element's own labels, as the snapshot could read them (aria-label, placeholder). */
  const labels = (el: Element) => ` ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;

  /**
   * The first look at a page, one native read per step — the structural query, the text, the
   * labels a few dozen at a time — so that no step on a big feed costs a long slice.
   */
  function* look(root: Element): Generator<void, boolean> {
    if (f.idle) return false;
    // The pass that asks has already spent some of its slice (a navigation, the rules live at the URL).
    yield;
    if (structural(root)) return true;
    yield;
    let all = root.textContent ?? '';
    if (all.length > PAGE_TEXT) return true;
    yield;
    // One attribute per query: a feed has a thousand aria-labels and next to no placeholders, so
    // this reads half as many attributes as asking every labelled element for both.
    for (const name of LABEL_ATTRS) {
      const named = root.querySelectorAll(`[${name}]`);
      for (let i = 0; i < named.length; i++) {
        if ((i & 63) === 63) yield;
        all += ` ${named[i]!.getAttribute(name)}`;
      }
    }
    all += labels(root);
    if (all.length > PAGE_TEXT || f.marks.some((mark) => all.includes(mark))) return true;
    // The text test in pieces too: folding a whole feed's text and searching it for every word takes
    // several ms at once. Pieces overlap by more than any word is long, so none is cut in two; a
    // phrase's two words may be found in different pieces, as they may lie anywhere on the page.
    const found = new Set(['']);
    for (let at = 0; at < all.length; at += PIECE) {
      const piece = fold(all.slice(at, at + PIECE + 4 * f.longest));
      for (const word of f.words) if (piece.includes(word)) found.add(word);
      yield;
    }
    return f.anchors.some(([anchor, seconds]) => found.has(anchor) && seconds.some((second) => found.has(second)));
  }

  const gate: Gate = {
    text,
    get removals() {
      return f.removals;
    },
    get idle() {
      return f.idle;
    },
    retarget(next) {
      at = next;
      f = filtersFor(live());
    },
    use(next) {
      // No packs: the same bundled table again (the first storage read) — nothing to recompile.
      if (next === table) return;
      table = next;
      cache.clear();
      f = filtersFor(live());
    },
    page(root) {
      const steps = look(root);
      return (deadline) => {
        for (;;) {
          const step = steps.next();
          if (step.done) return step.value;
          if (performance.now() > deadline) return null;
        }
      };
    },
    read(nodes) {
      if (f.idle) return '';
      let all = '';
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        if (n.nodeType === 3) all += ` ${n.nodeValue}`;
        else if (n.nodeType === 1) {
          const el = n as Element;
          if (structural(el)) return true;
          all += ` ${el.textContent}${labels(el)}`;
          // Indexed, no spread: on a feed this runs for every item added, and iterators cost more than the reads.
          const labelled = el.querySelectorAll(LABELLED);
          for (let j = 0; j < labelled.length; j++) all += labels(labelled[j]!);
        }
      }
      return all.length > MAX_TEXT * nodes.length || all;
    },
  };
  return gate;
}
