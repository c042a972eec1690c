import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A file the extension handed to the browser's downloads. */
export interface DownloadedFile {
  /** The name the extension suggested. */
  name: string;
  text: string;
}

/**
 * Clicks the button named `button` on `page` and reads the file it downloads. The wait starts before
 * the click: a download that begins at once is not missed.
 */
export async function downloadFrom(page: Page, button: string): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}
