import { parseHTML } from 'linkedom';
import { boundHtml, HTML_BOUNDS, type BoundedHtml } from '../page/bounded-html';

/** A page parsed in Node, and what bounding its markup left out (src/page/bounded-html.ts). */
export interface ParsedPage {
  document: Document;
  bounded: Omit<BoundedHtml, 'html'>;
}

/**
 * HTML text → a Document in Node. linkedom only builds a proper body from a whole document, so a
 * saved fragment ("<div role=dialog>…") is wrapped first. The markup is bounded before linkedom
 * sees it: a page nested 300 000 deep would otherwise cost its parser minutes.
 */
export function parseHtmlPage(html: string): ParsedPage {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html.replace(/<\/?body[^>]*>/gi, '')}</body></html>`;
  const { html: bounded, ...left } = boundHtml(whole);
  return { document: parseHTML(bounded).document as unknown as Document, bounded: left };
}

export function parseHtmlDocument(html: string): Document {
  return parseHtmlPage(html).document;
}

/** One sentence on what bounding left out, for a note on stderr; null when the page was read whole. */
export function boundsNote(bounded: ParsedPage['bounded']): string | null {
  if (bounded.textOnly) return 'its markup could not be bounded, so only its text was read';
  const parts: string[] = [];
  if (bounded.deepTags > 0)
    parts.push(`${bounded.deepTags} tags nested deeper than ${HTML_BOUNDS.maxDepth} levels were dropped (their text kept)`);
  if (bounded.cut) parts.push(`it was read up to its first ${HTML_BOUNDS.maxElements} elements`);
  return parts.length > 0 ? parts.join('; ') : null;
}
