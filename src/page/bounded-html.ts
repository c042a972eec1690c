import { Tokenizer } from 'htmlparser2';
import { FOREIGN, IMPLIES_CLOSE, INTEGRATION, RAW_TEXT, VOID } from './parser-tags';
import { TagStack } from './tag-stack';

/**
 * Markup from a stranger, bounded before any parser builds a tree from it. Parsers pay for depth:
 * htmlparser2 (under linkedom, the CLI's parser) keeps its open elements in an array it shifts and
 * unshifts, and Chromium's parser checks scopes down its stack, so 300 000 nested `div`s cost
 * minutes in both. A browser stops nesting at 512; here the tags deeper than that are dropped (their
 * text stays, in the element at the limit) and the text stops after `maxElements` elements.
 *
 * How: one pass of htmlparser2's own tokenizer (so the tags seen are exactly the ones the parser
 * will see) that replays what its parser does with them — void elements, the tags that close open
 * ones, the foreign (SVG, MathML) context that makes `<x/>` self-closing — on a stack with O(1)
 * steps. Cutting a tag out can make new markup of its neighbours (`<` + `div>`), so the result is
 * passed again until a pass cuts nothing; a text that will not settle is kept as text alone.
 * An ordinary page comes back unchanged, the very same string.
 */

export interface HtmlBounds {
  /** Open elements at once (a browser's parser nests no deeper than 512). */
  maxDepth: number;
  /** Elements kept; the text is cut before the next one. */
  maxElements: number;
}

export const HTML_BOUNDS: HtmlBounds = { maxDepth: 512, maxElements: 100_000 };

export interface BoundedHtml {
  html: string;
  /** Tags dropped for lying deeper than `maxDepth`. */
  deepTags: number;
  /** The text was cut after `maxElements` elements. */
  cut: boolean;
  /** The markup would not settle within bounds: every `<` was escaped, only its text is read. */
  textOnly: boolean;
}

/** Passes before giving up on markup whose cuts keep making new tags (an ordinary page needs one). */
const MAX_PASSES = 4;

/** Bounds `html` (see above). Linear in its length; a page within bounds is returned as it is. */
export function boundHtml(html: string, bounds: HtmlBounds = HTML_BOUNDS): BoundedHtml {
  let text = html;
  let deepTags = 0;
  let cut = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const found = scan(text, bounds);
    if (found.cuts.length === 0 && found.end === text.length) return { html: text, deepTags, cut, textOnly: false };
    deepTags += found.deepTags;
    cut ||= found.end < text.length;
    text = without(text, found.cuts, found.end);
  }
  return { html: text.replace(/</g, '&lt;'), deepTags, cut, textOnly: true };
}

interface Scan {
  /** [start, end) ranges to remove, in order, none overlapping. */
  cuts: [number, number][];
  /** Where the text stops (its length when nothing was cut short). */
  end: number;
  deepTags: number;
}

/** One tokenizer pass: the parser's open elements replayed, and the tags beyond bounds found. */
function scan(text: string, bounds: HtmlBounds): Scan {
  const cuts: [number, number][] = [];
  let end = text.length;
  let deepTags = 0;
  let elements = 0;
  // What the parser will hold open (top last) and its foreign-context flags (top last, as it starts).
  const open = new TagStack();
  const foreign: boolean[] = [false];
  // Tags dropped, still open as far as their own closing tags are concerned.
  const dropped = new TagStack();
  let tag: { lt: number; dropped: boolean; rawText: boolean; name: string } | null = null;
  // A dropped raw-text element: its content and closing tag go with it.
  let rawFrom = -1;

  const closeEnd = (from: number) => {
    const gt = text.indexOf('>', from);
    return gt < 0 ? text.length : gt + 1;
  };
  const countElement = (lt: number): boolean => {
    if (++elements <= bounds.maxElements) return true;
    end = lt;
    tokenizer.pause();
    return false;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, endIndex) {
        const name = text.slice(start, endIndex).toLowerCase();
        const lt = start - 1;
        const isVoid = VOID.has(name);
        const closes = IMPLIES_CLOSE.get(name);
        let depth = open.names.length;
        if (closes) for (let i = depth - 1; i >= 0 && closes.has(open.names[i]!); i--) depth--;
        const deep =
          !isVoid &&
          (dropped.names.length > 0 ||
            depth >= bounds.maxDepth ||
            ((FOREIGN.has(name) || INTEGRATION.has(name)) && foreign.length >= bounds.maxDepth));
        if (deep) {
          deepTags++;
          dropped.push(name);
          tag = { lt, dropped: true, rawText: RAW_TEXT.has(name), name };
          return;
        }
        if (!countElement(lt)) return;
        if (closes) while (open.top !== undefined && closes.has(open.top)) open.pop();
        if (!isVoid) {
          open.push(name);
          if (FOREIGN.has(name)) foreign.push(true);
          else if (INTEGRATION.has(name)) foreign.push(false);
        }
        tag = { lt, dropped: false, rawText: false, name };
      },
      onopentagend(endIndex) {
        if (tag?.dropped) {
          if (tag.rawText) rawFrom = tag.lt;
          else cuts.push([tag.lt, endIndex + 1]);
        }
        tag = null;
      },
      onselfclosingtag(endIndex) {
        if (tag?.dropped) {
          cuts.push([tag.lt, endIndex + 1]);
          if (dropped.top === tag.name) dropped.pop();
        } else if (tag && foreign[foreign.length - 1] && open.top === tag.name) open.pop();
        tag = null;
      },
      onclosetag(start, endIndex) {
        const name = text.slice(start, endIndex).toLowerCase();
        if (rawFrom >= 0) {
          cuts.push([rawFrom, closeEnd(endIndex)]);
          rawFrom = -1;
          if (dropped.has(name)) dropped.popTo(name);
          return;
        }
        if (dropped.has(name)) {
          dropped.popTo(name);
          cuts.push([text.lastIndexOf('<', start), closeEnd(endIndex)]);
          return;
        }
        const lt = text.lastIndexOf('<', start);
        if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
        if (VOID.has(name)) {
          // The parser makes a `<br>` of a stray `</br>`.
          if (name === 'br') countElement(lt);
        } else if (open.has(name)) {
          open.popTo(name);
          // Whatever was dropped lay inside what just closed.
          dropped.clear();
        } else if (name === 'p') {
          // And a `<p></p>` of a stray `</p>`, open for a moment: at the limit, that empty paragraph goes.
          if (open.names.length >= bounds.maxDepth) cuts.push([lt, closeEnd(endIndex)]);
          else countElement(lt);
        }
      },
      onend() {
        if (rawFrom >= 0) cuts.push([rawFrom, text.length]);
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(text);
  if (tokenizer.running) tokenizer.end();
  return { cuts: cuts.filter(([from]) => from < end), end, deepTags };
}

/** `text` without the `cuts` ranges, up to `end`. */
function without(text: string, cuts: [number, number][], end: number): string {
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of cuts) {
    parts.push(text.slice(at, from));
    at = Math.max(at, to);
  }
  parts.push(text.slice(at, Math.max(at, end)));
  return parts.join('');
}
