import type { TextRole } from '../engine/types';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Which text roles an element opens (its text counts towards each). */
export function textRolesOf(el: Element, tag: string, role: string | null): TextRole[] {
  const out: TextRole[] = [];
  if (HEADING_TAGS.has(tag) || role === 'heading') out.push('heading');
  if (role === 'dialog' || role === 'alertdialog' || tag === 'dialog' || el.getAttribute('aria-modal') === 'true') out.push('dialog');
  const live = el.getAttribute('aria-live');
  if (role === 'alert' || role === 'status' || live === 'assertive' || live === 'polite') out.push('alert');
  if (tag === 'button' || role === 'button' || role === 'link' || role === 'menuitem' || (tag === 'a' && el.hasAttribute('href')))
    out.push('button');
  if (tag === 'label' || tag === 'legend') out.push('label');
  return out;
}

/**
 * Every element that opens a dialog or alert text role above, as one selector: a superset, never
 * less (roles as substrings, any case; any live region but an `off` one). Screens that can come over
 * any page live in one. Each value test sits behind a test of the attribute's presence: most elements
 * of a feed have none of these, and Chromium then answers a query over a 5 000-element page about
 * twice as fast.
 */
/** Every element that opens a dialog text role (a superset, like DIALOG_OR_ALERT below). */
export const DIALOG = 'dialog,[aria-modal=true i],[role]:is([role*=dialog i])';

export const DIALOG_OR_ALERT =
  'dialog,[aria-modal=true i],[role]:is([role*=dialog i],[role*=alert i],[role*=status i]),[aria-live]:not([aria-live=off i])';

/** The ARIA role an element exposes: explicit, or the native one for the few tags rules care about. */
export function roleOf(el: Element, tag: string): string | null {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.trim().split(/\s+/)[0]!.toLowerCase();
  if (tag === 'dialog') return 'dialog';
  if (tag === 'button') return 'button';
  if (tag === 'form') return 'form';
  if (HEADING_TAGS.has(tag)) return 'heading';
  return null;
}

/** Inline elements join their text to their neighbours' without a word break. */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
