import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeLightAndDark } from './axe';
import { cardView } from './card';
import { downloadFrom } from './download';
import { expect, readFixture, ROOT, test, type Ext } from './fixtures';

// The panel follows the screen through one problem: Instagram's challenge, from the choice of where
// to send the code, to the code field, to its "check the code" error, to the feed once the login
// went through — as the site's own router moves a tab (history + a new body), in real Chromium.
test.describe.configure({ timeout: 90_000 });

const TOPIC = 'instagram/suspicious-login';
const body = (path: string) => /<body>([\s\S]*)<\/body>/.exec(readFixture(path).html)![1]!;
const FEED = '<main role="main"><article><header><a href="/someone/">someone</a></header><p>Morning run</p></article></main>';

/** Moves the tab to the next screen as the site's router would, and waits until the background has it. */
async function moveTo(ext: Ext, page: Page, tabId: number, url: string, html: string) {
  const since = (await ext.tabState(tabId))!.updatedAt;
  await page.evaluate(
    ({ url, html }) => {
      history.pushState({}, '', url);
      document.body.innerHTML = html;
    },
    { url, html },
  );
  return ext.nextTabState(tabId, since, { url: `https://www.instagram.com${url}` });
}

async function throughTheChallenge(ext: Ext, page: Page) {
  const first = readFixture('instagram/suspicious-login/page-en.html');
  await ext.serve(first.url, first.html, page);
  await page.goto(first.url);
  const tabId = await ext.tabIdOf(page);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe(TOPIC);
  const path = new URL(first.url).pathname;
  return { tabId, path };
}

test('choice → code → "check the code" error → feed: steps marked done, the fallback leads, then "Did this fix it?"', async ({
  context,
  extensionId,
  ext,
}) => {
  const page = await context.newPage();
  const { tabId, path } = await throughTheChallenge(ext, page);
  const panel = await ext.openPanelPage(tabId);
  await panel.setViewportSize({ width: 400, height: 800 });
  const steps = panel.locator('article .body ol').first().locator('> li');
  await expect(steps.first()).not.toHaveClass(/done/);

  // The code field: the code was sent, so "Click Send Security Code" is done.
  await moveTo(ext, page, tabId, path, body('instagram/suspicious-login/code-step-en.html'));
  await expect(steps.first()).toHaveClass(/done/);
  await expect(steps.first()).toContainText('Done:');
  await expect(steps.nth(1)).not.toHaveClass(/done/);
  await expect(panel.locator('.now')).toHaveCount(0);

  // The code refused: what to do now comes first.
  await moveTo(ext, page, tabId, path, body('instagram/suspicious-login/code-rejected-en.html'));
  await expect(panel.locator('.now')).toBeVisible();
  await expect(panel.locator('.now')).toContainText('The screen shows an error');
  await expect(panel.locator('.now h3').first()).toHaveText("If that doesn't work");
  // The card on the page leads with the same: what to do now.
  await expect.poll(() => cardView(page).then((c) => c?.kicker ?? null)).toBe("That didn't work? Try this now");
  expect((await cardView(page))!.summary).toMatch(/^Take the code from the forwarded email/);
  const dir = join(ROOT, 'tests/e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  await panel.screenshot({ path: join(dir, 'follow-refused.png') });
  await axeLightAndDark(panel, 'panel, fix refused');
  await panel.emulateMedia({ colorScheme: 'light' });

  // The feed: the login went through.
  await moveTo(ext, page, tabId, '/', FEED);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'none');
  await expect(panel.getByText('Did “Suspicious login attempt” fix it?')).toBeVisible();
  await panel.screenshot({ path: join(dir, 'follow-asked.png') });
  await axeLightAndDark(panel, 'panel, "Did this fix it?"');
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.getByRole('button', { name: 'No', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Thanks for saying so' })).toBeVisible();
  // Asked once: the answer clears the question from the tab's state.
  await expect.poll(async () => (await ext.tabState(tabId))?.ask).toBeNull();

  // Counted on this computer, shown in Settings and in the diagnostics file.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const row = settings.locator(`.helped-counts tr[data-topic="${TOPIC}"]`);
  await expect(row.locator('th')).toHaveText('Suspicious login attempt');
  await expect(row.locator('td')).toHaveText(['0', '1']);
  const { readDiagnostics } = await import('../../src/report/diagnostics-read');
  const file = readDiagnostics((await downloadFrom(panel, 'Download report')).text);
  if (!file.ok) throw new Error(file.reason);
  expect(file.report.helped).toEqual({ [TOPIC]: { en: { yes: 0, no: 1 } } });
  // The answer is among the person's steps too.
  expect(file.report.tabs.flatMap((t) => t.events)).toContainEqual(expect.objectContaining({ kind: 'helped-no', topic: TOPIC }));
  // The reset clears them.
  await axeLightAndDark(settings, 'settings, what helped');
  await settings.getByRole('button', { name: 'Clear these answers' }).click();
  await expect(settings.getByText('No answers yet.')).toBeVisible();
});

test('with the question switched off in settings, the feed after a recognised screen asks nothing', async ({ context, ext }) => {
  await ext.setSettings({ askHelped: false });
  const page = await context.newPage();
  const { tabId } = await throughTheChallenge(ext, page);
  const panel = await ext.openPanelPage(tabId);
  await moveTo(ext, page, tabId, '/', FEED);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'none');
  expect((await ext.tabState(tabId))!.ask).toBeNull();
  await expect(panel.locator('.helped')).toHaveCount(0);
});
