/**
 * Typed values are never read. On pages where the test types a password and a code key by
 * key (input events fire, the screen then changes so the content script snapshots again), no typed
 * secret appears in any storage area (local, sync, session), in any message a content script sends
 * to the extension, in the side panel or the hint. Reports and captured snapshots taken on the same
 * kind of page: tests/e2e/support-capture.spec.ts.
 */
import type { Page } from '@playwright/test';
import { PRIVACY_PAGE } from '../unit/privacy';
import { expect, hint, test, type Ext } from './fixtures';

const TYPED_PASSWORD = 'Tr0ub4dor&3-Typed';
const TYPED_CODE = '864209';
const TYPED_BACKUP = '4711 0815';
const SECRETS = [TYPED_PASSWORD, 'Tr0ub4dor', TYPED_CODE, '864 209', TYPED_BACKUP, '47110815'];

/** Every message content scripts send: extension pages receive runtime messages too, so a probe page listens. */
async function recordMessages(ext: Ext): Promise<() => Promise<string>> {
  const probe = await ext.probe();
  await probe.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    chrome.runtime.onMessage.addListener((message) => void w.seen.push(JSON.stringify(message)));
  });
  return async () => probe.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'));
}

async function allStorage(ext: Ext): Promise<string> {
  return (await ext.probe()).evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]),
  );
}

async function typeSecrets(page: Page, fields: string[]) {
  const values = [TYPED_PASSWORD, TYPED_CODE, TYPED_BACKUP];
  for (const [i, selector] of fields.entries()) {
    await page.locator(selector).click();
    await page.locator(selector).pressSequentially(values[i]!, { delay: 5 });
  }
}

test('typed password and codes reach no storage area, no message, no panel', async ({ ext }) => {
  test.setTimeout(60_000);
  const messages = await recordMessages(ext);
  const { page, tabId } = await ext.openFixture(PRIVACY_PAGE);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe('instagram/invalid-code');
  await typeSecrets(page, ['input[name="password"]', 'input[name="verificationCode"]', 'textarea[name="note"]']);
  // The screen changes after typing: the content script takes a new snapshot with the values in the fields.
  const since = (await ext.tabState(tabId))!.updatedAt;
  await page.evaluate(() => {
    const alert = document.querySelector('[role="alert"]')!;
    alert.textContent = 'That code isn’t valid. You can request a new one.';
  });
  await ext.nextTabState(tabId, since);
  const panel = await ext.openPanelPage(tabId);
  await expect(panel.getByTestId('support-tools')).toBeVisible();

  const seen = await messages();
  expect(seen).toContain('"type":"screen"'); // the recorder really saw the reports
  const stored = await allStorage(ext);
  expect(stored).toContain('instagram/invalid-code');
  const panelText = await panel.locator('body').textContent();
  const hintText = (await hint(page).count()) ? await hint(page).textContent() : '';
  for (const secret of SECRETS) {
    expect(seen, `message holds ${secret}`).not.toContain(secret);
    expect(stored, `storage holds ${secret}`).not.toContain(secret);
    expect(panelText, `panel shows ${secret}`).not.toContain(secret);
    expect(hintText, `hint shows ${secret}`).not.toContain(secret);
  }
});
