/** Elements whose content is never shown as text. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'meta',
  'link',
  'iframe',
  'object',
  'svg',
  'canvas',
]);

/** An inline style that hides the element (the only part of `style` the snapshot reads). */
export const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Is this element (and so its subtree) hidden, judged from attributes alone?
 * Cheap by design: no computed style, so stylesheet-hidden content still counts as visible.
 */
export function isHidden(el: Element, tag: string): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  if (tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  // Our own hint card must never feed back into recognition.
  if (el.hasAttribute('data-signpost-ui')) return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}
