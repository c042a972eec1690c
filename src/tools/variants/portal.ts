/** 3. Late portal: the screen's dialog appended at the end of the body after a long feed, as portalling apps paint it. */
import { parseHtmlDocument } from '../../screens/parse-html';
import { DIALOG } from '../../page/roles';
import { asWritten, serialize } from './dom';

/** The outermost (first, in document order) dialog of the body, found as the content script finds dialogs. */
export function outermostDialog(doc: Document): Element | undefined {
  return doc.body.querySelector(DIALOG) ?? undefined;
}

export const FEED_ARTICLES = 300;
/** The class Instagram's portal container carries. */
export const PORTAL_CLASS = 'x1n2onr6';

/** Everyday captions: no word a security screen uses. */
export const FEED_CAPTIONS = [
  'Sunset over the harbour after a long walk with friends.',
  'Fresh bread from the corner bakery this morning.',
  'The garden finally has tomatoes, small but sweet.',
  'Rainy Sunday, a good book and a pot of tea.',
  'Our dog learned to fetch the newspaper today.',
  'Weekend hike to the lake, the water was freezing.',
  'Cooking pasta with lemon and basil tonight.',
  'The concert last night was louder than we thought.',
  'Painted the kitchen a pale shade of green.',
  'First snow of the season on the mountain road.',
] as const;

/** A feed of `FEED_ARTICLES` posts, as a page renders before a dialog portals in. */
export function feedHtml(count = FEED_ARTICLES): string {
  const posts: string[] = [];
  for (let i = 0; i < count; i++) {
    const user = `user${100 + ((i * 37) % 900)}`;
    const caption = `${FEED_CAPTIONS[i % FEED_CAPTIONS.length]} ${FEED_CAPTIONS[(i * 7 + 3) % FEED_CAPTIONS.length]}`;
    posts.push(
      `<article><div><header><a href="/${user}/">${user}</a></header>` +
        `<div><img alt="Photo by ${user}"></div>` +
        `<div><span>${caption}</span></div>` +
        `<div><div role="button" tabindex="0">Like</div><div role="button" tabindex="0">Comment</div></div>` +
        `</div></article>`,
    );
  }
  return `<div>${posts.join('')}</div>`;
}

function beforeBodyEnd(html: string, insert: string): string {
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('late portal: no </body> in the serialised page');
  return html.slice(0, at) + insert + html.slice(at);
}

export interface LatePortalParts {
  /** The page without its dialog, a long feed at the end of the body. */
  before: string;
  /** The dialog's outer HTML, as it was in the page. */
  dialogHtml: string;
  /** What arrives last in the body: the dialog in its portal container. */
  portalHtml: string;
}

/**
 * The page as a portalling app paints it: first without the dialog and with a long feed, then the
 * dialog appended as the body's last child in a portal container. `null` for a page with no dialog.
 * A browser test loads `before` and appends `portalHtml` (or `dialogHtml`) after first paint.
 */
export function latePortalParts(html: string): LatePortalParts | null {
  const doc = parseHtmlDocument(html);
  const dialog = outermostDialog(doc);
  if (!dialog) return null;
  const dialogHtml = asWritten(dialog.outerHTML, html);
  dialog.parentNode!.removeChild(dialog);
  const before = beforeBodyEnd(serialize(doc, html), feedHtml());
  return { before, dialogHtml, portalHtml: `<div class="${PORTAL_CLASS}">${dialogHtml}</div>` };
}

/** The page once the dialog came: `latePortalParts` joined. `null` for a page with no dialog. */
export function latePortal(html: string): string | null {
  const parts = latePortalParts(html);
  return parts && beforeBodyEnd(parts.before, parts.portalHtml);
}
