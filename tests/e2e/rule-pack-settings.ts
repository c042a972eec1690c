/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURES_DIR } from './fixtures';

// The example rule pack, a page only its new topic knows, and the settings page's pack section, as
// the rule-pack specs drive them.

export const PACK_FILE = join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json');
export const PACK_DIR = join(FIXTURES_DIR, 'packs/acme-it');
export const PACK = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as {
  rules: { frontMatter: Record<string, unknown>; article: string }[];
} & Record<string, unknown>;
export const DEVICE_TOPIC = 'instagram/acme-device-limit';

export const DEVICE_PAGE = `<!doctype html><html lang="en"><head><title>Instagram</title></head><body>
<main role="main"><section><h2>You're logged in on too many devices</h2>
<p>To keep this account secure, log out of a device before you log in here.</p>
<button type="button">Log out of other devices</button></section></main></body></html>`;

export async function openSettings(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('group', { name: 'Organisation rule packs' })).toBeVisible();
}

/** The section's own live region (the page's role=status belongs to the other settings). */
export const packStatus = (page: Page) => page.locator('.packs .result');
export const storedPacks = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('rulePacks')).rulePacks as unknown);
export const packTableIds = (page: Page) =>
  page.evaluate(async () =>
    (((await chrome.storage.local.get('packTable')).packTable as { id: string }[] | undefined) ?? []).map((r) => r.id),
  );

/** The example pack replaces a built-in topic's recognition: it is shown first, and stored once confirmed. */
export async function confirmImport(page: Page) {
  const review = page.getByTestId('pack-review');
  await expect(review).toContainText('changes what Signpost recognises on its built-in screens. It is not imported yet.');
  await review.getByRole('button', { name: 'Import anyway' }).click();
}

export async function importExample(page: Page) {
  await page.getByLabel('Import rule pack').setInputFiles(PACK_FILE);
  await confirmImport(page);
  await expect(packStatus(page)).toHaveText('Imported “Acme IT” 1.2.0: 1 new topic, 1 replacing a built-in topic.');
  // The background derived the match rules the content script reads.
  await expect.poll(() => packTableIds(page)).toEqual([DEVICE_TOPIC, 'instagram/suspicious-login']);
}
