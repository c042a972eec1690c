/**
 * How long this copy of the content script may act: until the extension is reloaded, updated or
 * removed (the script stays on the page, orphaned: `extensionAlive` turns false, messages fail), or a
 * newer copy starts on the same page. Timers, frames, listeners and callbacks made through it stop
 * then, and `onInvalidated` callbacks run (observer off, card gone) — quietly: nothing is thrown
 * into the page.
 *
 * Why not WXT's ContentScriptContext: it does the same, plus intervals, idle callbacks and dev-mode
 * helpers, for ≈ 2.6 KB that every Instagram and X page would download (budget: 30 KB). This is the
 * part Signpost uses. It also reports URL changes of single-page apps (`onLocationChange`).
 */
/** Timers that die with the content script (the scheduler's, the hint card's placement). */
export interface TimerHost {
  setTimeout(cb: () => void, ms: number): number;
  /**
   * Just after the browser's own layout of the next frame (a ResizeObserver's first notice, which
   * comes after layout): measuring then reads what is computed. A timer, even one set from an
   * animation frame, may run after the page has changed again, and measuring then lays the page out
   * inside our task (4–11 ms on a feed that churns).
   */
  afterLayout(cb: () => void): void;
}

export interface Lifetime extends TimerHost {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  listen(target: EventTarget, type: string, cb: (e: Event) => void): void;
  /** An extension event (`runtime.onMessage`, `storage.onChanged`): its listener goes with us. */
  listenTo<F extends (...args: never[]) => unknown>(event: { addListener(cb: F): void; removeListener(cb: F): void }, cb: F): void;
  /** SPA navigations (history.pushState, back/forward inside the app). */
  onLocationChange(cb: () => void): void;
  /** A callback that does nothing once we have ended (the observer's). */
  guard<A extends unknown[]>(cb: (...args: A) => void): (...args: A) => void;
}

const STARTED = 'signpost:content-started';

/** `extensionAlive`: does the extension still answer (`runtime.id` is set)? Asked sparingly: it costs several µs. */
export function createLifetime(extensionAlive: () => boolean): Lifetime {
  const ended = new AbortController();
  const { signal } = ended;
  const alive = () => {
    if (!signal.aborted && !extensionAlive()) ended.abort();
    return !signal.aborted;
  };
  // Callbacks look at the extension one call in 16: on a churning feed they run hundreds of times a
  // second. An orphan then runs at most a few more, whose messages fail quietly; a newer copy stops
  // it at once (STARTED, below).
  let calls = 0;
  const stillAlive = () => ((++calls & 15) === 0 ? alive() : !signal.aborted);
  const listen = (target: EventTarget, type: string, cb: (e: Event) => void) => target.addEventListener(type, cb, { signal });

  // A newer copy (the extension was reloaded or updated) announces itself; this one then stops.
  const me = `${Math.random()}`;
  listen(document, STARTED, (e) => {
    if ((e as CustomEvent<unknown>).detail !== me) ended.abort();
  });
  document.dispatchEvent(new CustomEvent(STARTED, { detail: me }));

  return {
    get isInvalid() {
      return !alive();
    },
    onInvalidated: (cb) => signal.addEventListener('abort', cb),
    listen,
    listenTo(event, cb) {
      event.addListener(cb);
      signal.addEventListener('abort', () => event.removeListener(cb));
    },
    onLocationChange(cb) {
      let last = location.href;
      const check = () => {
        if (alive() && location.href !== last) {
          last = location.href;
          cb();
        }
      };
      // The Navigation API announces a same-document navigation before the URL changes: look just after.
      // Chrome has it; Firefox builds (a compile-time branch) poll as WXT does, and watch back/forward.
      if (import.meta.env.BROWSER !== 'firefox')
        listen((globalThis as unknown as { navigation: EventTarget }).navigation, 'navigate', () => setTimeout(check, 0));
      else {
        listen(window, 'popstate', check);
        const poll = setInterval(check, 1000);
        signal.addEventListener('abort', () => clearInterval(poll));
      }
    },
    setTimeout: (cb, ms) => setTimeout(() => stillAlive() && cb(), ms) as unknown as number,
    afterLayout(cb) {
      const seen = new ResizeObserver(() => {
        seen.disconnect();
        if (stillAlive()) cb();
      });
      seen.observe(document.documentElement);
    },
    guard:
      (cb) =>
      (...args) =>
        void (stillAlive() && cb(...args)),
  };
}
