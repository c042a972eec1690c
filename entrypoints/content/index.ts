/*
 * Signpost content script: recognise the screen, tell the background, show the hint.
 *
 *   DOM mutations ──▶ MutationObserver ──(queue only)──┐
 *   wxt:locationchange · pageshow · resync ────────────┤ (these force a pass)
 *                                                      ▼
 *                 scheduler: at most one pass per animation frame; a 100 ms timer when frames
 *                 stop (background tab); backs off after a pass that overran its 4 ms slice
 *                                                      │
 *                 drain the queue within the slice: did anything we read change? (our own hint
 *                 host and <head> are ignored; gate.ts: does a changed node hold a test id, role,
 *                 input or anchor word any rule looks for?)   │ yes
 *                                                      ▼
 *                 takeSnapshot (capped walk, textContent, no input values) ─▶ match(table)
 *                                                      │ different from the last report?
 *                                                      ▼
 *                 runtime.sendMessage(screen) ─▶ background: per-tab state, badge, panel
 *                                                      │ reply: hint to show, or none
 *                                                      ▼
 *                 hint card (shadow root): show / hide
 *
 * Everything hangs off WXT's ctx: when the extension reloads or updates, the observer, timers and
 * listeners stop and the card goes. No zod, Preact or Markdown here (bundle size): the background
 * validates what we send.
 */
import table from 'virtual:signpost/match-table';
import { browser } from 'wxt/browser';
import { MATCH_PATTERNS } from '../../src/settings/sites';
import { listenForCapture } from './capture';
import { createGate } from './gate';
import { createHintCard } from './hint/card';
import { isBackgroundMessage, sendDismiss, sendOpenPanel, sendScreen } from './messages';
import { createRecogniser } from './recogniser';
import { createScheduler, DEFAULT_SCHEDULER } from './scheduler';
import { watchDocument } from './watcher';

export default defineContentScript({
  matches: MATCH_PATTERNS,
  runAt: 'document_end',
  main(ctx) {
    const card = createHintCard(document, { showFix: sendOpenPanel, dismiss: sendDismiss });

    // Replies can only be trusted in order: a late answer to an older report must not win.
    let reportSeq = 0;
    const gate = createGate(table);
    const recogniser = createRecogniser(table, (url, matches) => {
      const seq = ++reportSeq;
      sendScreen(url, matches).then(
        (reply) => {
          if (seq !== reportSeq || ctx.isInvalid) return;
          if (reply.hint) card.show(reply.hint);
          else card.hide();
        },
        () => recogniser.reset(), // background unreachable: report again on the next change
      );
    }, gate);

    let forced = false;
    const scheduler = createScheduler(ctx, (deadline) => {
      if (!forced) {
        const verdict = watcher.drain(deadline, DEFAULT_SCHEDULER.now);
        if (verdict !== 'relevant') return verdict === 'more';
      }
      forced = false;
      recogniser.evaluate(document, location.href);
      return false;
    });
    const force = () => {
      forced = true;
      scheduler.request();
    };

    const ignored = (node: Node) => card.isHost(node) || (document.head?.contains(node) ?? false);
    const watcher = watchDocument(document.documentElement, scheduler.request, ignored, gate, recogniser.recognised);
    ctx.onInvalidated(() => {
      watcher.disconnect();
      card.hide();
    });

    ctx.addEventListener(window, 'wxt:locationchange', force);
    ctx.addEventListener(window, 'resize', () => card.reposition());
    ctx.addEventListener(window, 'pageshow', (e) => {
      // Back from the bfcache: the background may have cleared this tab meanwhile.
      if ((e as PageTransitionEvent).persisted) {
        recogniser.reset();
        force();
      }
    });
    const onMessage = (message: unknown) => {
      if (!isBackgroundMessage(message)) return;
      recogniser.reset();
      force();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    listenForCapture(ctx, table, browser.runtime.getManifest().version); // "Capture this screen" (side panel)

    // First evaluation now: at document_end the page is parsed.
    recogniser.evaluate(document, location.href);
  },
});
