import { startApp } from './handoff';

/**
 * A page's first view, then the page: `paint` reads what the page will show and paints it if it
 * can tell (while `stillFirst()`); the page's own scripts start once the browser has painted it,
 * not in its way, or at once when it paints nothing.
 *
 * Anything a first view cannot tell or read leaves the page to its own scripts, as without it: it
 * never shows what the page would not. Its reads are the ones the page makes first, so it is seldom
 * slower than the page would be; should one never answer, the page starts after `GIVE_UP_MS` and the
 * first view stays out (a bound, not a race: on a busy machine a first view takes longer than
 * usual, and still paints well before the page would).
 */
const GIVE_UP_MS = 300;

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
      if (!painted) return start();
      clearTimeout(giveUp);
      requestAnimationFrame(() => setTimeout(start, 0));
    });
}
