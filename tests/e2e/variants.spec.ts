import { BADGE } from '../../entrypoints/background/badge-style';
import { latePortalParts, unknownLanguage } from '../../src/tools/variants';
import { expect, readFixture, test } from './fixtures';

// A few of the variants every fixture is re-checked as in the unit suite (tests/unit/variants.test.ts),
// here in real Chromium with the built extension: what the content script does when the page moves.
test.describe.configure({ timeout: 60_000 });

test('a dialog appended after first paint at the end of a long feed is recognised', async ({ context, ext }) => {
  const fixture = readFixture('instagram/suspicious-login/dialog-en.html');
  const parts = latePortalParts(fixture.html)!;
  const url = 'https://www.instagram.com/?variant=late-portal';
  await ext.serve(url, parts.before);
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await ext.tabIdOf(page);
  // The feed alone is no screen.
  await page.waitForTimeout(500);
  expect((await ext.tabState(tabId))?.matches ?? []).toEqual([]);
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), parts.portalHtml);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id, { timeout: 10_000 }).toBe('instagram/suspicious-login');
});

test('a challenge in a language no rule has words for gets the grey ?, not a topic', async ({ context, ext }) => {
  const fixture = readFixture('general/account-recovery/instagram-confirm-owner-en.html');
  const page = await context.newPage();
  await ext.serve(fixture.url, unknownLanguage(fixture.html, fixture.file, 'armenian'), page);
  await page.goto(fixture.url);
  const tabId = await ext.tabIdOf(page);
  await expect.poll(async () => (await ext.tabState(tabId))?.unknown !== undefined, { timeout: 10_000 }).toBe(true);
  expect((await ext.tabState(tabId))!.matches).toEqual([]);
  const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
  expect(await ext.badge(tabId)).toEqual({ text: BADGE.unknown.text, color: rgba(BADGE.unknown.color) });
});

test('"Incorrect. Please try again." on X\'s emailed-code step keeps the emailed-code topic first', async ({ ext }) => {
  const { page, tabId } = await ext.openFixture('x/new-login-location/page-code-en.html');
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id, { timeout: 10_000 }).toBe('x/new-login-location');
  // The wrong code: X's toast comes into the status region that was empty. The step is the same, so
  // the topic is too (nothing new is reported; a wrong switch would be).
  await page.evaluate(() => {
    const region = document.querySelector('[role=status]')!;
    const toast = region.appendChild(document.createElement('div'));
    toast.setAttribute('role', 'alert');
    toast.dataset.testid = 'toast';
    toast.textContent = 'Incorrect. Please try again.';
  });
  await page.waitForTimeout(1_500);
  expect((await ext.tabState(tabId))!.matches.map((m) => m.id)).toEqual(['x/new-login-location']);
  // Opened with the error already there: the same.
  const rejected = await ext.openFixture('x/new-login-location/page-code-rejected-en.html');
  await expect.poll(async () => (await ext.tabState(rejected.tabId))?.matches[0]?.id, { timeout: 10_000 }).toBe('x/new-login-location');
  expect((await ext.tabState(rejected.tabId))!.matches.map((m) => m.id)).not.toContain('x/invalid-code');
});
