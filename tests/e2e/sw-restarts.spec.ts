/**
 * Service-worker restarts: the MV3 worker is stopped 10 times during a session (as Chrome
 * does when idle). After every stop, both tabs' stored state, their badges and the side panel are
 * intact; every other stop, a tab then changes screen and the woken worker handles it as usual.
 */
import { expect, readFixture, test } from './fixtures';

const A = 'instagram/suspicious-login/dialog-de.html';
const B = 'x/email-swap/settings-email-en.html';
const B2 = 'x/email-swap/settings-email-dialog-es.html';

test('stopped 10 times in a session: state, badges and panel intact; new screens still handled', async ({ context, ext }) => {
  test.setTimeout(180_000);
  const a = await ext.openFixture(A);
  await expect.poll(async () => (await ext.tabState(a.tabId))?.matches[0]?.id).toBe(a.fixture.expect);
  const b = await ext.openFixture(B);
  await expect.poll(async () => (await ext.tabState(b.tabId))?.matches[0]?.id).toBe(b.fixture.expect);
  const panel = await ext.openPanelPage(a.tabId);
  await expect(panel.locator('main')).toHaveAttribute('data-topic', a.fixture.expect!);

  const stateA = await ext.tabState(a.tabId);
  const badgeA = await ext.badge(a.tabId);
  const badgeB = await ext.badge(b.tabId);
  expect(badgeA.text).not.toBe('');
  const alt = readFixture(B2);
  await ext.serve(`${alt.url + (alt.url.includes('?') ? '&' : '?')}v=2`, alt.html);

  for (let stop = 1; stop <= 10; stop++) {
    await ext.stopServiceWorker();
    expect(await ext.serviceWorkerRunning(), `stop ${stop}: worker stopped`).toBe(false);
    // Nothing held only in the worker's memory was lost.
    expect(await ext.tabState(a.tabId), `stop ${stop}: tab A state`).toEqual(stateA);
    expect(await ext.badge(a.tabId), `stop ${stop}: tab A badge`).toEqual(badgeA);
    await expect(panel.locator('main'), `stop ${stop}: panel`).toHaveAttribute('data-topic', a.fixture.expect!);
    if (stop % 2 === 0) {
      // Tab B changes screen: the event wakes the worker, which stores the new state and badge.
      const since = (await ext.tabState(b.tabId))!.updatedAt;
      const target = stop % 4 === 0 ? b.fixture : alt;
      const url = target === alt ? `${alt.url + (alt.url.includes('?') ? '&' : '?')}v=2` : b.fixture.url;
      await b.page.goto(url);
      const state = await ext.nextTabState(b.tabId, since, { url });
      expect(state.matches[0]?.id, `stop ${stop}: tab B handled after restart`).toBe(target.expect);
      expect(await ext.badge(b.tabId), `stop ${stop}: tab B badge`).toEqual(badgeB);
    } else {
      expect(await ext.badge(b.tabId), `stop ${stop}: tab B badge`).toEqual(badgeB);
    }
  }
  // The panel still follows its tab live after all that: tab A changes screen.
  const since = (await ext.tabState(a.tabId))!.updatedAt;
  await a.page.evaluate(() => document.body.replaceChildren());
  await ext.nextTabState(a.tabId, since);
  await expect(panel.locator('main')).not.toHaveAttribute('data-topic', a.fixture.expect!);
  expect(context.pages().length).toBeGreaterThan(0);
});
