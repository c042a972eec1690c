import type { Match, TableRule } from '../engine/types';
import type { ScreenFacts, UnknownScreen } from '../messaging/types';
import type { Lifetime } from './lifetime';
import { createRecogniser } from './recogniser';
import { createScheduler } from './scheduler';
import { IDLE, scopeAt, type Scope } from './scope';
import { watchDocument } from './watcher';

export interface PipelineOptions {
  /** The page's address now (location.href). */
  url(): string;
  /** Our own UI's host (the hint card): never a change to the page, never read. */
  isOurs(node: Node): boolean;
  /**
   * A different screen: tell the background (main.ts). `unknown`: a security step no rule knows;
   * `facts`: the page's own labels of the controls the top match saw (src/engine/labels.ts), its
   * step and whether it shows an error.
   */
  report(url: string, matches: Match[], unknown: UnknownScreen | null, facts: ScreenFacts): void;
  /** The clock the scheduler reads (tests). */
  now?: () => number;
}

export interface Pipeline {
  /** Look now (or after the current rest): a navigation, a resync. */
  look(): void;
  /**
   * The rules in effect: nothing is observed or looked at before the first call (the bundled rules
   * with the organisation's packs, once read), so that the first report already counts the packs;
   * each call (packs changed) reports afresh.
   */
  use(rules: readonly TableRule[]): void;
  /** Forget what was reported: the next pass reports whatever it finds (the background asked, or missed it). */
  reset(): void;
  /** Where the last look read the screen: the parts of the page whose controls the hint card must leave uncovered. */
  screen(): readonly Element[];
}

/**
 * The content pipeline: the scope at this address (scope.ts) → the observer's verdict on each batch
 * of changes (watcher.ts, changes.ts) → a pass, now or after a rest (scheduler.ts) → the regions
 * read, snapshot, match, report on change (recogniser.ts). Everything stops with `ctx`.
 */
export function createPipeline(doc: Document, ctx: Lifetime, options: PipelineOptions): Pipeline {
  let rules: readonly TableRule[] | null = null;
  let at = options.url();
  let scope: Scope = IDLE;
  const clock = options.now ?? (() => performance.now());
  const recogniser = createRecogniser(options.report, clock);
  const scheduler = createScheduler(
    ctx,
    (deadline) => {
      // A navigation since the last pass: only the rules live at the new address count from now on.
      const url = options.url();
      if (url !== at) retarget(url);
      return recogniser.evaluate(doc, url, scope, deadline);
    },
    clock,
  );
  const context = () => ({ scope, root: doc.documentElement, head: doc.head, read: recogniser.read(), isOurs: options.isOurs });
  // When the observer's task began, on the scheduler's clock: a look asked for after reading a big
  // batch of records waits for a task of its own, so that the two never make one long slice.
  let taskStart = 0;
  const timed = (cb: (records: MutationRecord[]) => void) =>
    ctx.guard((records: MutationRecord[]) => {
      taskStart = clock();
      cb(records);
    });
  const watcher = watchDocument(doc, context, () => scheduler.request(taskStart), timed);
  ctx.onInvalidated(() => watcher.disconnect());
  const look = () => void (rules && scheduler.request());
  ctx.onLocationChange(look);

  function retarget(url: string): void {
    at = url;
    scope = scopeAt(rules ?? [], url);
    watcher.sync();
  }

  return {
    look,
    use(next) {
      rules = next;
      retarget(options.url());
      recogniser.reset();
      scheduler.request();
    },
    reset: () => recogniser.reset(),
    screen: () => recogniser.regions(),
  };
}
