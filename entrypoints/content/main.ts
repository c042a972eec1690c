/*
 * Signpost content script: recognise the screen, tell the background, show the hint.
 *
 *   DOM mutations ──▶ MutationObserver ──(queue only)──┐
 *   SPA navigation · pageshow · resync ─────────────────┤ (these force a pass)
 *                                                      ▼
 *                 (not observed at all while no rule can match at this URL: gate.ts, src/engine/live.ts)
 *                 scheduler: at most one pass per animation frame; a 100 ms timer when frames
 *                 stop (background tab); backs off after a pass that overran its 2.5 ms slice
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
 * Everything hangs off one lifetime (lifetime.ts): when the extension reloads or updates, the
 * observer, timers and listeners stop and the card goes. No zod, Preact or Markdown here (bundle size): the background
 * validates what we send.
 */
import table from 'virtual:signpost/match-table';
import { browser } from 'wxt/browser';
import type { TableRule } from '../../src/engine/types';
import { mergePackTable, PACK_TABLE_KEY, parsePackTable } from '../../src/packs/merge-table';
import { listenForCapture } from './capture';
import { createGate } from '../../src/observe/gate';
import { createHintCard, type HintCard } from './hint/card';
import { createLifetime } from '../../src/observe/lifetime';
import { isBackgroundMessage, sendDismiss, sendOpenPanel, sendScreen } from './messages';
import { createRecogniser } from '../../src/observe/recogniser';
import { createScheduler, DEFAULT_SCHEDULER } from '../../src/observe/scheduler';
import { watchDocument } from '../../src/observe/watcher';

/** Runs once per page (manifest `content_scripts`, at document_end; entrypoints/content-script.ts). */
export function startContentScript(): void {
  const ctx = createLifetime();
  // Built on the first hint: most pages never show one, and its DOM and styles cost the page a few ms.
  let card: HintCard | undefined;

  // Replies can only be trusted in order: a late answer to an older report must not win.
  let reportSeq = 0;
  // Bundled rules, with the organisation's rule packs merged in once storage has been read.
  let rules: readonly TableRule[] = table;
  const gate = createGate(rules, location.href);
  const recogniser = createRecogniser(() => rules, (url, matches) => {
    const seq = ++reportSeq;
    sendScreen(url, matches).then(
      (reply) => {
        if (seq !== reportSeq || ctx.isInvalid) return;
        if (reply.hint) (card ??= createHintCard(document, reply.hint.css, ctx, { showFix: sendOpenPanel, dismiss: sendDismiss })).show(reply.hint);
        else card?.hide();
      },
      () => recogniser.reset(), // background unreachable: report again on the next change
    );
  }, gate);

  let forced = false;
  const scheduler = createScheduler(ctx, (deadline) => {
    // A first look under way is finished first; changes meanwhile stay queued for the next pass.
    if (recogniser.looking()) return recogniser.evaluate(document, location.href, deadline, true);
    const look = forced;
    if (!forced) {
      const verdict = watcher.drain(deadline, DEFAULT_SCHEDULER.now);
      if (verdict === 'busy') scheduler.calm();
      if (verdict !== 'relevant') return verdict === 'more';
    }
    forced = false;
    // A navigation (or a resync): only the rules live at the new URL matter from now on.
    gate.retarget(location.href);
    watcher.sync();
    return recogniser.evaluate(document, location.href, deadline, look);
  });
  const force = () => {
    forced = true;
    scheduler.request();
  };

  const ignored = (node: Node) => !!card?.isHost(node) || (document.head?.contains(node) ?? false);
  const watcher = watchDocument(document.documentElement, scheduler.request, ignored, gate, recogniser.recognised);
  ctx.onInvalidated(() => {
    watcher.disconnect();
    card?.hide();
  });

  ctx.onLocationChange(force);
  ctx.listen(window, 'resize', () => card?.reposition());
  ctx.listen(window, 'pageshow', (e) => {
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

  listenForCapture(ctx, () => rules); // "Capture this screen" (side panel)

  // Rule packs: the background keeps their compiled rules under one storage.local key (src/packs).
  const usePacks = (stored: unknown) => {
    rules = mergePackTable(table, parsePackTable(stored));
    gate.use(rules);
    watcher.sync();
    recogniser.reset();
  };
  const onStorage = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[PACK_TABLE_KEY];
    // Only a real change: the background may write the same rules again (a worker start).
    if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    usePacks(change.newValue);
    force();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  // First evaluation once the packs are known (one storage read), in a task of its own: the script's
  // start-up and the first look at the page are two short slices, not one long one.
  browser.storage.local.get(PACK_TABLE_KEY).then((stored) => usePacks(stored[PACK_TABLE_KEY]), () => {}).finally(force);
}
