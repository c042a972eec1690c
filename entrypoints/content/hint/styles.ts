/** The Firefox card's inline steps (inline-fix.ts). A compile-time branch: Chrome builds drop it. */
const INLINE_FIX_CSS =
  import.meta.env.BROWSER === 'firefox'
    ? `
.steps { margin: 0 0 6px; padding-left: 20px; font-size: 13px; }
.steps li + li { margin-top: 2px; }
.more { margin: 0 0 8px; font-size: 12px; color: #444746; }
@media (prefers-color-scheme: dark) { .more { color: #c4c7c5; } }
`
    : '';

/**
 * The card's whole stylesheet. Applied as a constructable stylesheet (adoptedStyleSheets), which a
 * page's Content-Security-Policy does not govern, unlike <style> elements or style attributes.
 * `:host` rules are !important so that page CSS aimed at our host element cannot move or hide it;
 * nothing inside the shadow root is reachable by page CSS, and nothing here leaks out.
 */
export const HINT_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  z-index: 2147483646 !important;
  display: block !important;
  width: 300px !important;
  max-width: calc(100vw - 32px) !important;
}
:host(.br) { right: 16px !important; bottom: 16px !important; }
:host(.bl) { left: 16px !important; bottom: 16px !important; }
:host(.tr) { right: 16px !important; top: 16px !important; }
:host(.tl) { left: 16px !important; top: 16px !important; }
.card {
  box-sizing: border-box;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f1f1f;
  background: #ffffff;
  border: 1px solid #c4c7c5;
  border-left: 4px solid #0b57d0;
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  padding: 10px 12px;
}
.kicker { margin: 0; font-size: 12px; color: #444746; }
.title { margin: 2px 0 8px; font-size: 15px; font-weight: 600; }
.actions { display: flex; gap: 8px; align-items: center; }
button {
  font: inherit;
  cursor: pointer;
  border-radius: 6px;
  padding: 5px 12px;
  border: 1px solid transparent;
}
.fix { background: #0b57d0; color: #ffffff; }
.fix:hover { background: #0842a0; }
.dismiss { background: transparent; color: #444746; border-color: #c4c7c5; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e3e3e3; background: #1f1f1f; border-color: #5e5e5e; border-left-color: #a8c7fa; }
  .kicker, .dismiss { color: #c4c7c5; }
  .fix { background: #a8c7fa; color: #062e6f; }
  button:focus-visible { outline-color: #a8c7fa; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: in 120ms ease-out; }
  @keyframes in { from { opacity: 0; transform: translateY(4px); } }
}
${INLINE_FIX_CSS}`;
