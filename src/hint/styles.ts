import CARD_CSS from './card.css?inline';
import FIREFOX_CSS from './inline-fix.css?inline';

// Plain .css files imported `?inline`: Vite minifies them into strings at build time. The background
// imports this file and sends the string with each hint (background/screen.ts): the content script,
// which every Instagram and X page downloads, holds no CSS.

/** The Firefox card's inline steps (inline-fix.ts). A compile-time branch: Chrome builds drop it. */
const INLINE_FIX_CSS = import.meta.env.BROWSER === 'firefox' ? FIREFOX_CSS : '';

/**
 * The card's whole stylesheet. Applied as a constructable stylesheet (adoptedStyleSheets), which a
 * page's Content-Security-Policy does not govern, unlike <style> elements or style attributes.
 * `:host` rules are !important so that page CSS aimed at our host element cannot move or hide it;
 * nothing inside the shadow root is reachable by page CSS, and nothing here leaks out.
 */
export const HINT_CSS = `${CARD_CSS}${INLINE_FIX_CSS}`;
