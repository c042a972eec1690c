import { parseInertHtml } from '../../src/page/inert-html';
import { inertDocument, sanitizeElement } from '../../src/report/sanitize';
import type { PageCopy } from '../../src/report/snapshot-file';

/** What the sandboxed frame shows: the document for its `srcdoc`, and whether the copy is partial. */
export interface FramedCopy {
  srcdoc: string;
  truncated: boolean;
}

/**
 * The page copy as the frame may show it. A copy inside a snapshot file is whatever its author
 * wrote, not necessarily what our capture writes: a link in it would take the frame to its address
 * at a click (the sandbox stops scripts, not navigation), and a refresh or a form would too. So every
 * copy, a file's or a bundled screen's alike, is parsed inert (bounded: no deep nesting reaches the
 * browser's parser) and written out again by the capture's own allow-list serialiser, which keeps
 * no address at all: no href, action or formaction, no <base> or <meta>.
 */
export function framedCopy(page: PageCopy, lang: string): FramedCopy {
  const { doc, bounded } = parseInertHtml(page.html, document.implementation.createHTMLDocument(''));
  const copy = sanitizeElement(doc.body);
  return {
    srcdoc: inertDocument(copy, lang),
    truncated: page.truncated || copy.truncated || bounded.cut || bounded.deepTags > 0 || bounded.textOnly,
  };
}
