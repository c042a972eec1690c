/**
 * Hostile pages. A page at a real Instagram address whose own script redefines DOM
 * getters and methods before our content script runs, dispatches fake events, adds a 10 MB text
 * node, nests 5 000 levels deep and mutates 100 000 nodes in 10 s. Through all of it: the extension
 * keeps working (another tab's screen is still handled), the page is not frozen by us (its own
 * heartbeat keeps ticking), nothing leaks into the other tab's state, and a real screen shown after
 * the storm is recognised.
 */
import { CSP_NONCE, expect, readFixture, test } from './fixtures';

const REAL = readFixture('instagram/suspicious-login/code-rejected-en.html');
const OTHER = readFixture('x/email-swap/settings-email-en.html');
const REAL_BODY = /<body>([\s\S]*)<\/body>/.exec(REAL.html)![1]!;
const HOSTILE_URL = 'https://www.instagram.com/challenge/hostile/';

const HOSTILE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title>
<script nonce="${CSP_NONCE}">
  // Lie about the DOM: getters that throw or return junk, methods replaced.
  const lie = (proto, name, get) => { try { Object.defineProperty(proto, name, { get, configurable: true }); } catch {} };
  lie(Node.prototype, 'textContent', () => { throw new Error('hostile textContent'); });
  lie(Node.prototype, 'nodeValue', () => 'Enter the 6-digit code');
  lie(Node.prototype, 'firstChild', () => null);
  lie(Element.prototype, 'tagName', () => 'BUTTON');
  lie(HTMLElement.prototype, 'innerText', () => { throw new Error('hostile innerText'); });
  lie(HTMLInputElement.prototype, 'value', () => 'stolen?');
  Element.prototype.getAttribute = () => 'one-time-code';
  Element.prototype.closest = () => { throw new Error('hostile closest'); };
  window.getComputedStyle = () => { throw new Error('hostile getComputedStyle'); };
  MutationObserver.prototype.observe = function () {};
  // The page's own heartbeat: the longest gap between 20 ms ticks.
  window.__beat = { last: performance.now(), maxGap: 0 };
  setInterval(() => { const now = performance.now(); __beat.maxGap = Math.max(__beat.maxGap, now - __beat.last); __beat.last = now; }, 20);
</script></head><body><main><h1>Loading…</h1></main></body></html>`;

test('a hostile page: extension keeps working, page not frozen, no leak, real screen recognised after', async ({ context, ext }) => {
  test.setTimeout(150_000);
  await ext.serve(HOSTILE_URL, HOSTILE_PAGE);
  const hostile = await context.newPage();
  await hostile.goto(HOSTILE_URL);
  const tabId = await ext.tabIdOf(hostile);
  const other = await ext.openFixture(OTHER.file);
  await expect.poll(async () => (await ext.tabState(other.tabId))?.matches[0]?.id).toBe(OTHER.expect);
  const otherState = await ext.tabState(other.tabId);

  // Fake events: synthetic keys (our shortcut), clicks, messages, custom events, focus churn.
  await hostile.evaluate(() => {
    for (let i = 0; i < 2_000; i++) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', altKey: true, shiftKey: true, bubbles: true }));
      document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      window.postMessage({ type: 'open-side-panel' }, '*');
      window.postMessage({ type: 'screen', url: location.href, matches: [{ id: 'x/email-swap', score: 99, evidence: [] }] }, '*');
      document.dispatchEvent(new CustomEvent('signpost', { detail: { type: 'dismiss', topic: 'x/email-swap' } }));
      window.dispatchEvent(new Event('popstate'));
    }
  });

  // The heartbeat is judged over the storm alone (the 10 MB node comes after: laying it out stalls
  // Chromium itself for tens of seconds here, extension or not, which would say nothing about us).
  await hostile.evaluate(() => {
    const beat = (window as unknown as { __beat: { last: number; maxGap: number } }).__beat;
    beat.last = performance.now();
    beat.maxGap = 0;
  });
  // 100 000 node mutations within 10 s (batches on timers, as a busy app would).
  const mutated = await hostile.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const host = document.createElement('section');
        document.body.appendChild(host);
        let done = 0;
        const start = performance.now();
        const tick = () => {
          for (let i = 0; i < 2_000; i++) {
            const el = document.createElement('span');
            el.textContent = `item ${done + i}`;
            host.appendChild(el);
            if (host.children.length > 500) host.children[0]!.remove(); // (firstChild is one of the lies)
          }
          done += 2_000;
          if (done >= 100_000 || performance.now() - start > 10_000) resolve(done);
          else setTimeout(tick, 0);
        };
        tick();
      }),
  );

  expect(mutated).toBeGreaterThanOrEqual(100_000);
  test.info().annotations.push({ type: 'storm', description: `${mutated} mutations; page heartbeat max gap measured next` });
  // The page was never frozen by us: its heartbeat kept ticking through the storm (generous bound:
  // a loaded 2-core machine, and the page's own mutations cost it too).
  const maxGap = await hostile.evaluate(() => (window as unknown as { __beat: { maxGap: number } }).__beat.maxGap);
  test.info().annotations.push({ type: 'heartbeat', description: `longest stall ${Math.round(maxGap)} ms` });
  expect(maxGap, 'longest stall of the page’s own 20 ms heartbeat (ms)').toBeLessThan(3_000);

  // A 10 MB text node, then 5 000 levels of nesting.
  await hostile.evaluate(() => {
    const big = document.createElement('div');
    big.appendChild(document.createTextNode('Enter the code '.repeat(700_000)));
    document.body.appendChild(big);
    // Inline elements: 5 000 nested *block* elements crash Chromium's renderer on its own, with no
    // extension loaded (checked by hand); the walk our content script does is the same either way.
    let node: Element = document.body;
    for (let i = 0; i < 5_000; i++) node = node.appendChild(document.createElement('span'));
    node.appendChild(document.createTextNode('deep Suspicious Login Attempt'));
  });

  // The other tab's state is untouched by anything the hostile page did or claimed.
  expect(await ext.tabState(other.tabId)).toEqual(otherState);
  expect(((await ext.tabState(tabId))?.matches ?? []).map((m) => m.id)).not.toContain('x/email-swap');

  // After the storm, the page shows a real screen: recognised.
  const since = (await ext.tabState(tabId))?.updatedAt ?? 0;
  await hostile.evaluate((body) => {
    document.body.replaceChildren();
    document.body.insertAdjacentHTML('beforeend', body);
  }, REAL_BODY);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id, { timeout: 20_000 }).toBe(REAL.expect);
  expect((await ext.tabState(tabId))!.updatedAt).toBeGreaterThan(since);
  expect((await ext.badge(tabId)).text).not.toBe('');

  // And the extension still handles other tabs: a new screen elsewhere is recognised.
  const third = await ext.openFixture('instagram/suspicious-login/dialog-de.html');
  await expect.poll(async () => (await ext.tabState(third.tabId))?.matches[0]?.id).toBe(third.fixture.expect);
});
