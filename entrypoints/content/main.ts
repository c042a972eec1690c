/*
 * Signpost content script: the glue between the page pipeline (src/observe) and the extension.
 *
 *  start ── rules + packs (one storage read, src/packs/effective.ts) ──▶ first look at this address:
 *     scope (src/engine/live.ts): idle — no observer │ page — the whole page │ surfaces — dialogs,
 *     alerts, code forms over the page, found with one native query (src/observe/regions.ts)
 *  DOM changes ──▶ one MutationObserver ──▶ does a batch touch what the scope reads? (changes.ts:
 *     native matches / closest, no text read) ── navigation · pageshow · resync · new packs ──┐
 *                                                               ▼ yes                          ▼
 *     scheduler: a pass at once if the page was at rest, else after a short rest ◀────────────┘
 *     pass: regions → snapshot (src/page, never input values) → match (src/engine) → changed?
 *                                                               ▼ yes
 *  runtime.sendMessage(screen) ──▶ background: checks it, stores the tab's state (storage.session),
 *     │ reply: the hint, or none     sets the badge ──▶ side panel: storage.session changed → article
 *     ▼
 *  hint card (shadow root; "Show the fix" → open-side-panel, a user gesture)
 * Everything hangs off one lifetime (src/observe/lifetime.ts): when the extension reloads or updates,
 * observer, timers and listeners stop quietly and the card goes. No zod, Preact or Markdown here.
 */
import table from 'virtual:signpost/match-table';
import { browser } from 'wxt/browser';
import type { TableRule } from '../../src/engine/types';
import { createLifetime } from '../../src/observe/lifetime';
import { createPipeline } from '../../src/observe/pipeline';
import { watchEffectiveTable } from '../../src/packs/effective';
import { listenForCapture } from './capture-listener';
import { listenForShowMe, type Outline } from './show-me';
import { createHintCard, type HintCard } from './hint/card';
import { isBackgroundMessage, sendDismiss, sendMute, sendOpenPanel, sendScreen } from './messages';

/** Runs once per page (manifest `content_scripts`, at document_end; entrypoints/content-script.ts). */
export function startContentScript(): void {
  const ctx = createLifetime(() => !!browser.runtime?.id);
  let rules: readonly TableRule[] = table;
  // Built on the first hint: most pages never show one, and its DOM and styles cost the page a few ms.
  let outline: Outline | undefined;
  let card: HintCard | undefined;
  // Replies can only be trusted in order: a late answer to an older report must not win.
  let sent = 0;
  // A card an outdated copy left on the page (the extension was reloaded) goes when clicked: its messages would throw.
  const act = (send: (topic: string) => void) => (topic: string) => void (ctx.isInvalid || send(topic));
  const pipeline = createPipeline(document, ctx, {
    url: () => location.href,
    isOurs: (node) => !!card?.isHost(node) || !!outline?.isHost(node),
    report(url, matches, unknown, facts) {
      const seq = ++sent;
      outline?.hide(); // the screen changed: what was outlined may be gone
      sendScreen(url, matches, unknown, facts).then((reply) => {
        if (seq !== sent || ctx.isInvalid) return;
        if (reply.hint)
          (card ??= createHintCard(document, reply.hint.css, ctx, pipeline.screen, {
            showFix: act(sendOpenPanel),
            dismiss: act(sendDismiss),
            mute: act(sendMute),
          })).show(reply.hint);
        else card?.hide();
      }, pipeline.reset); // background unreachable: report again on the next change
    },
  });
  const resync = () => (pipeline.reset(), pipeline.look());
  ctx.onInvalidated(() => card?.hide());
  ctx.listen(window, 'resize', () => card?.reposition());
  // Back from the bfcache, or the background asks: it may have cleared this tab meanwhile.
  ctx.listen(window, 'pageshow', (e) => (e as PageTransitionEvent).persisted && resync());
  ctx.listenTo(browser.runtime.onMessage, (message: unknown) => void (isBackgroundMessage(message) && resync()));
  listenForCapture(ctx, () => rules); // "Capture this screen" (side panel)
  outline = listenForShowMe(ctx, pipeline.screen); // "Show me" (side panel)
  watchEffectiveTable(ctx, browser.storage, table, (next) => pipeline.use((rules = next)));
}
