import { startApp } from './handoff';

/**
 * A page's first view, then the page: `paint` reads what the page will show and paints it if it
 * can tell (while `stillFirst()`); the page's own scripts start once the browser has put that paint
 * on screen, not in its way, or at once when it paints nothing.
 *
 * Anything a first view cannot tell or read leaves the page to its own scripts, as without it: it
 * never shows what the page would not. Its reads are the ones the page makes first, so it is seldom
 * slower than the page would be; should one never answer, the page starts after `GIVE_UP_MS` and the
 * first view stays out (a bound, not a race: on a busy machine a first view takes longer than
 * usual, and still paints well before the page would).
 */
const GIVE_UP_MS = 300;

/**
 * How long the page's scripts wait for the browser to report the first view on screen, where it
 * never does (a browser without these reports, a page not shown). The report usually comes within
 * 40 ms of the render.
 */
export const ON_SCREEN_GIVE_UP_MS = 100;

export function runFirstView(paint: (stillFirst: () => boolean) => Promise<boolean>): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    startApp();
  };
  const giveUp = setTimeout(start, GIVE_UP_MS);
  paint(() => !started)
    .catch(() => false)
    .then((painted) => {
      clearTimeout(giveUp);
      if (!painted) return start();
      // Started at the next frame instead, the page's scripts (a dozen modules to fetch and compile)
      // held the first view's frame back from the screen by a further 20 ms on a 2-core machine.
      whenOnScreen(performance.now(), start);
    });
}

/**
 * Calls `then` once the browser reports something painted after `since` (ms, page clock) on
 * screen: the page's first paint, or a larger piece of content than before; after
 * `ON_SCREEN_GIVE_UP_MS` if no such report comes.
 */
export function whenOnScreen(since: number, then: () => void): void {
  let observer: PerformanceObserver | undefined;
  const done = () => {
    observer?.disconnect();
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(done, ON_SCREEN_GIVE_UP_MS);
  if (typeof PerformanceObserver !== 'function') return;
  observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => shownAt(entry) >= since)) done();
  });
  for (const type of ['paint', 'largest-contentful-paint'])
    if (PerformanceObserver.supportedEntryTypes.includes(type)) observer.observe({ type, buffered: true });
}

/** When an entry's content reached the screen: `renderTime` where the browser gives it (paint timing's `startTime` is that time). */
const shownAt = (entry: PerformanceEntry): number => {
  const renderTime = (entry as PerformanceEntry & { renderTime?: number }).renderTime;
  return renderTime || entry.startTime;
};
