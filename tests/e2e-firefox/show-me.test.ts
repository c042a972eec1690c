/**
 * Real Firefox: "Show me" from the sidebar page outlines the page's own control (the content script
 * answers the sidebar's message there too), inert, and Escape on the page removes it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './harness';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

test('Show me in the sidebar outlines "Enviar código de seguridad" on a Spanish challenge; Escape removes it', async () => {
  const { page, tabId } = await ff.openFixture('instagram/suspicious-login/page-es.html');
  const panel = await ff.extensionPage(`sidepanel.html?tab=${tabId}`);
  await until('the on-screen label and Show me in the sidebar', async () =>
    panel.evaluate(
      () =>
        document.querySelector('.on-screen-label')?.textContent?.includes('Enviar código de seguridad') === true &&
        document.querySelector('button.show-me') !== null,
    ),
  );
  await panel.evaluate(() => document.querySelector<HTMLButtonElement>('button.show-me')!.click());
  await until('the outline on the page', async () => page.evaluate(() => document.querySelector('signpost-outline') !== null));
  const inert = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Enviar código de seguridad')!;
    const r = button.getBoundingClientRect();
    return {
      pointer: getComputedStyle(document.querySelector('signpost-outline')!).pointerEvents,
      hit: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === button,
    };
  });
  expect(inert).toEqual({ pointer: 'none', hit: true });
  await until('the status in the sidebar', async () =>
    panel.evaluate(() => document.querySelector('.show-status')?.textContent?.includes('Enviar código de seguridad') === true),
  );
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await until('the outline gone after Escape', async () => page.evaluate(() => document.querySelector('signpost-outline') === null));
  await panel.close();
  await page.close();
});
