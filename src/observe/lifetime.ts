import { browser } from 'wxt/browser';

/**
 * How long this copy of the content script may act: until the extension is reloaded, updated or
 * removed (the script stays on the page, orphaned: `runtime.id` goes, messages fail), or a newer copy
 * starts on the same page. Timers, frames and listeners made through it stop then, and
 * `onInvalidated` callbacks run (observer off, card gone).
 *
 * Why not WXT's ContentScriptContext: it does the same, plus intervals, idle callbacks and dev-mode
 * helpers, for ≈ 2.6 KB that every Instagram and X page would download (budget: 30 KB). This is the
 * part Signpost uses. It also reports URL changes of single-page apps (`onLocationChange`).
 */
export interface Lifetime {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  listen(target: EventTarget, type: string, cb: (e: Event) => void): void;
  /** SPA navigations (history.pushState, back/forward inside the app). */
  onLocationChange(cb: () => void): void;
  setTimeout(cb: () => void, ms: number): number;
  requestAnimationFrame(cb: FrameRequestCallback): number;
}

const STARTED = 'signpost:content-started';

export function createLifetime(): Lifetime {
  const ended = new AbortController();
  const { signal } = ended;
  const alive = () => {
    if (!browser.runtime?.id) ended.abort();
    return !signal.aborted;
  };
  // Timers and frames look at `runtime.id` one call in 16: on a churning feed they fire hundreds of
  // times a second, and each look costs several µs. An orphan then runs at most a few more passes,
  // whose messages fail harmlessly; a newer copy stops it at once (STARTED, below).
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
      if (import.meta.env.BROWSER !== 'firefox') listen((globalThis as unknown as { navigation: EventTarget }).navigation, 'navigate', () => setTimeout(check, 0));
      else {
        listen(window, 'popstate', check);
        const poll = setInterval(check, 1000);
        signal.addEventListener('abort', () => clearInterval(poll));
      }
    },
    setTimeout: (cb, ms) => setTimeout(() => stillAlive() && cb(), ms) as unknown as number,
    requestAnimationFrame: (cb) => requestAnimationFrame((t) => stillAlive() && cb(t)),
  };
}
