import type { HintPayload } from '../../../src/messaging/types';
import { createInlineFix } from './inline-fix';
import type { TimerHost } from '../../../src/observe/lifetime';
import { CONTROLS, chooseCorner, type Box } from './placement';

/** What the background sends for the card: texts in the person's language (src/messaging/types.ts). */
export type Hint = Omit<HintPayload, 'css'>;

export interface HintCard {
  show(hint: Hint): void;
  hide(): void;
  /** Re-checks placement (viewport resized, page re-rendered around us). */
  reposition(): void;
  /** Is `node` the card's host? (The observer ignores our own mutations.) */
  isHost(node: Node): boolean;
}

/** Measuring is a forced layout: bound how many of the screen's controls are looked at. */
const MAX_CONTROLS_MEASURED = 300;

/**
 * A small card in a closed shadow root on a `data-signpost-ui` host (src/page skips that attribute,
 * so the card never feeds recognition). Built with DOM calls and textContent only: no innerHTML.
 */
/**
 * `css`: the card's stylesheet (src/hint/styles.ts), sent by the background with the first hint.
 * `timers`: the content script's lifetime (lifetime.ts), so that placement stops with it.
 * `screen`: where the recognised screen is on the page (src/observe: the body on a screen's own
 * address, the dialogs, alerts and code forms over a feed) — the controls the card must leave free.
 */
export function createHintCard(
  doc: Document,
  css: string,
  timers: TimerHost,
  screen: () => readonly Element[],
  on: { showFix(topic: string): void; dismiss(topic: string): void; mute(topic: string): void },
): HintCard {
  const host = doc.createElement('signpost-hint');
  host.setAttribute('data-signpost-ui', '');
  // Closed: the page's scripts cannot read the card (an organisation pack's titles are not theirs
  // to see) nor reach its buttons.
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, shadow, css);

  // Every word comes with the hint, in the person's language: set in show().
  const card = el(doc, 'section', 'card');
  const kicker = el(doc, 'p', 'kicker');
  const title = el(doc, 'p', 'title');
  const summary = el(doc, 'p', 'summary');
  const actions = el(doc, 'div', 'actions');
  const dismiss = el(doc, 'button', 'dismiss') as HTMLButtonElement;
  dismiss.type = 'button';
  const fix = el(doc, 'button', 'fix') as HTMLButtonElement;
  // A quiet button of its own row: muting is rare, and must not sit where Dismiss is expected.
  const mute = el(doc, 'button', 'mute') as HTMLButtonElement;
  mute.type = 'button';
  let current: Hint | null = null;
  // Firefox cannot open the sidebar from this click: the fix is shown inline instead (inline-fix.ts).
  // A compile-time constant: Vite removes the other branch from each build.
  const inline = import.meta.env.BROWSER === 'firefox' ? createInlineFix(doc) : null;
  if (inline) {
    actions.append(dismiss);
    card.append(kicker, title, summary, ...inline.nodes, actions, mute);
  } else {
    fix.type = 'button';
    actions.append(fix, dismiss);
    card.append(kicker, title, summary, actions, mute);
    // The click must reach the background synchronously: it carries the gesture sidePanel.open needs.
    // Only a person's click counts (isTrusted): a synthetic click cannot act, even one the browser could route in.
    fix.addEventListener('click', (e) => e.isTrusted && current && on.showFix(current.topic));
  }
  shadow.append(card);

  // Both close the card, then tell the background which topic. Only a person's click or key
  // counts: untrusted (synthetic) events must not close it.
  const closeThen = (send: (topic: string) => void) => (e: Event) => {
    if (!e.isTrusted || !current) return;
    const topic = current.topic;
    hide();
    send(topic);
  };
  const doDismiss = closeThen(on.dismiss);
  dismiss.addEventListener('click', doDismiss);
  mute.addEventListener('click', closeThen(on.mute));
  card.addEventListener('keydown', (e) => e.key === 'Escape' && doDismiss(e));

  function hide(): void {
    current = null;
    host.remove();
  }

  // Placement measures the page (a layout): done just after the browser's own layout of the next
  // frame, it reads what is already computed, where measuring at once would lay out the page, just
  // changed by the screen we recognised, inside our task. Until then a new card is not shown
  // (card.css: a host without a corner is hidden), so it never covers a control, even for a frame.
  let placing = 0;
  function placeSoon(): void {
    const mine = ++placing;
    timers.afterLayout(() => mine === placing && reposition());
  }

  function reposition(): void {
    if (!current || !host.isConnected) return;
    const view = doc.defaultView;
    if (!view) return;
    const size = host.getBoundingClientRect();
    // Only the screen's own controls, those the person must reach: over a feed, its thousands of
    // links cost milliseconds to find and measure, and in document order the bound was spent on
    // them before the dialog (appended last) was reached.
    const controls: Box[] = [];
    let measured = 0;
    const measure = (c: Element) => {
      measured++;
      const r = c.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) controls.push(r);
    };
    for (const region of screen()) {
      if (measured >= MAX_CONTROLS_MEASURED) break;
      if (!region.isConnected) continue;
      if (region.matches(CONTROLS)) measure(region);
      const found = region.querySelectorAll(CONTROLS);
      for (let i = 0; i < found.length && measured < MAX_CONTROLS_MEASURED; i++) measure(found[i]!);
    }
    host.className = chooseCorner(size, { width: view.innerWidth, height: view.innerHeight }, controls);
  }

  return {
    show(hint) {
      const same = current?.topic === hint.topic && host.isConnected;
      current = hint;
      const words = hint.labels;
      card.setAttribute('aria-label', words.card);
      kicker.textContent = words.recognised;
      fix.textContent = words.showFix;
      dismiss.textContent = words.dismiss;
      dismiss.setAttribute('aria-label', words.dismissLabel);
      mute.textContent = words.mute ?? '';
      mute.hidden = words.mute === undefined;
      title.textContent = hint.title;
      summary.textContent = hint.summary;
      // The topic's words may be in English when its article has no translation yet.
      title.lang = summary.lang = hint.lang;
      inline?.show(hint.steps ?? [], words);
      if (same) return;
      if (!host.isConnected) {
        host.removeAttribute('class');
        (doc.body ?? doc.documentElement).append(host);
      }
      placeSoon();
    },
    hide,
    reposition,
    isHost: (node) => node === host,
  };
}

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Constructable stylesheets are outside the page's CSP (style-src). Should they be missing or
 * refused (Firefox content-script Xrays), fall back to a <style>, which a strict CSP may block.
 */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
