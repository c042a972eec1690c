import { Parser } from 'htmlparser2';
import { boundHtml, type BoundedHtml } from './bounded-html';
import { LOADING_ELEMENTS } from './loading-elements';

/**
 * A stranger's page (a saved HTML file, a snapshot file's page copy) as an inert DOM for replay, built
 * without the browser's parser: that parser stalls for minutes on deep nesting, and its view of odd
 * markup (comments, CDATA, raw text) may differ from the one the bounds were worked out on. Here
 * the markup is bounded (bounded-html.ts), then parsed by the same htmlparser2 the bounds follow,
 * and each node is made with createElement / createTextNode in `doc`, a document with no window
 * (document.implementation.createHTMLDocument): nothing in it runs, loads or navigates.
 *
 * Besides, nothing that could reach the network is ever set: no src, srcset, action, formaction,
 * ping, http-equiv, no href but a link's own (the snapshot reads `a[href]` as a button; the page copy
 * drops it, sanitize.ts), no event handler; scripts, styles, frames and plugins are left out whole.
 * `<html>`, `<head>` and `<body>` are the document's own (their attributes copied: `lang` counts).
 */

export interface InertPage {
  doc: Document;
  bounded: Omit<BoundedHtml, 'html'>;
}

/** Attributes that load or go somewhere. */
const FETCHING = new Set([
  'src',
  'srcset',
  'lowsrc',
  'dynsrc',
  'poster',
  'background',
  'data',
  'codebase',
  'action',
  'formaction',
  'ping',
  'manifest',
  'http-equiv',
  'xlink:href',
  'usemap',
  'longdesc',
  'itemtype',
]);
const LINKS = new Set(['a', 'area']);

export function parseInertHtml(html: string, doc: Document): InertPage {
  const { html: bounded, ...left } = boundHtml(html);
  const body = doc.body ?? doc.documentElement;
  // Where the next node goes (null: inside something left out), and where each open element's
  // parent was, so that a closing tag returns there.
  let at: Node | null = body;
  const outer: (Node | null)[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        outer.push(at);
        if (at === null || LOADING_ELEMENTS.has(name)) {
          at = null;
          return;
        }
        const own = name === 'html' ? doc.documentElement : name === 'head' ? doc.head : name === 'body' ? doc.body : null;
        let el = own;
        if (!el) {
          try {
            el = doc.createElement(name);
          } catch {
            return; // a name the DOM refuses: its content goes to its parent
          }
        }
        for (const [key, value] of Object.entries(attributes)) {
          if (FETCHING.has(key) || key.startsWith('on') || (key === 'href' && !LINKS.has(name))) continue;
          try {
            el.setAttribute(key, value);
          } catch {
            // an attribute name the DOM refuses is left out
          }
        }
        if (!own) at.appendChild(el);
        // <html> keeps content where it was (the body): a page without <body> still fills it.
        if (name !== 'html') at = el;
      },
      onclosetag() {
        at = outer.pop() ?? body;
      },
      ontext(text) {
        at?.appendChild(doc.createTextNode(text));
      },
    },
    { decodeEntities: true },
  );
  parser.end(bounded);
  return { doc, bounded: left };
}
