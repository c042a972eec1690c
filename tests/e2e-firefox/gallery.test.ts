/**
 * Real Firefox: the replay page's Screens tab lists every bundled screen (the fixtures, read here in
 * Node) and opening one shows its match — the dynamic import of the screens chunk works from a
 * moz-extension:// page too.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadFixtures } from '../../src/screens/fixtures';
import { launchFirefox, until, type Firefox } from './harness';

const fixtures = loadFixtures();
let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

test('Screens lists every bundled screen; opening one shows its expected topic first', async () => {
  const page = await ff.extensionPage('replay.html');
  // The page is loaded before its UI has rendered: click the tab once it is there.
  await until('the Screens tab', async () =>
    page.evaluate(() => {
      const tab = document.querySelector<HTMLButtonElement>('[data-testid="gallery-tab-screens"]');
      tab?.click();
      return tab !== null;
    }),
  );
  let files: string[] = [];
  await until('the Screens list', async () => {
    files = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="gallery-item"]')].map((el) => el.getAttribute('data-file') ?? ''),
    );
    return files.length === fixtures.length;
  });
  expect(files.sort()).toEqual(fixtures.map((f) => f.file).sort());

  const fixture = fixtures.find((f) => f.file === 'x/invalid-code/modal-en.html')!;
  await page.evaluate(
    (file) => (document.querySelector(`[data-testid="gallery-item"][data-file="${file}"]`) as HTMLButtonElement).click(),
    fixture.file,
  );
  let first: string | null = null;
  await until(`a match for ${fixture.file}`, async () => {
    first = await page.evaluate(
      () => document.querySelector('[data-testid="replay-matches"] li[data-topic]')?.getAttribute('data-topic') ?? null,
    );
    return first !== null;
  });
  expect(first).toBe(fixture.expect);
  const frame = await page.evaluate(() => document.querySelector('[data-testid="replay-frame"]')?.getAttribute('sandbox'));
  expect(frame).toBe('');
});
