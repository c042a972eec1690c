import { match } from '../../src/engine/match';
import { readDiagnostics } from '../../src/report/diagnostics-read';
import { readSnapshotJson } from '../../src/report/snapshot-file';
import { shippedRules } from '../../src/screens/fixtures';
import { PRIVACY_PAGE, PRIVATE } from '../unit/privacy';
import { downloadFrom } from './download';
import { expect, test } from './fixtures';

// From the person's side: on a page where they typed a password and a code, and whose text
// holds an email and a phone number, the captured screen and the report (downloaded or copied: one
// Markdown file, the same text) hold none of it; replaying the capture ranks the same topic first
// as the live page did; and the report's timeline has the capture among the person's steps.

const TYPED_PASSWORD = 'Hunter2-Typed-Passw0rd';
const TYPED_CODE = '493817';
const SECRETS = [...PRIVATE, TYPED_PASSWORD, 'Hunter2', TYPED_CODE];

/** The report's text with its times taken out: two reports made a moment apart differ only there. */
const timeless = (report: string) => report.replace(/\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+Z)?/g, 'TIME');

test('capture and the report hold nothing typed or personal; replay ranks first what the live page did', async ({
  context,
  extensionId,
  ext,
}) => {
  test.setTimeout(90_000); // three downloads, a replay page and a panel on a two-core machine
  const { page, tabId } = await ext.openFixture(PRIVACY_PAGE);
  await page.locator('input[name="password"]').fill(TYPED_PASSWORD);
  await page.locator('input[name="verificationCode"]').fill(TYPED_CODE);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe('instagram/invalid-code');
  const liveFirst = (await ext.tabState(tabId))!.matches[0]!.id;

  const panel = await ext.openPanelPage(tabId);
  await expect(panel.getByTestId('support-tools')).toBeVisible();

  // Capture this screen.
  const captured = (await downloadFrom(panel, 'Capture this screen')).text;
  await expect(panel.getByTestId('support-status')).toContainText('.signpost.json');
  for (const secret of SECRETS) expect(captured, secret).not.toContain(secret);
  const read = readSnapshotJson(captured);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.page?.html).toContain('Enter Security Code');
  expect(read.capture?.top).toBe(liveFirst);
  expect(match(shippedRules().table, read.snapshot)[0]?.id).toBe(liveFirst);

  // The replay page agrees.
  const replay = await context.newPage();
  await replay.goto(`chrome-extension://${extensionId}/replay.html`);
  await replay
    .getByTestId('replay-file')
    .setInputFiles({ name: 'capture.signpost.json', mimeType: 'application/json', buffer: Buffer.from(captured) });
  await expect(replay.getByTestId('replay-matches').locator('li[data-topic]').first()).toHaveAttribute('data-topic', liveFirst);

  // Download report: Markdown a person opens, the report for support tools inside it.
  const file = await downloadFrom(panel, 'Download report');
  expect(file.name).toMatch(/^signpost-diagnostics-[\dT-]+\.md$/);
  for (const secret of SECRETS) expect(file.text, secret).not.toContain(secret);
  expect(file.text).toContain('## Signpost diagnostics');
  const diagnostics = readDiagnostics(file.text);
  if (!diagnostics.ok) throw new Error(diagnostics.reason);
  expect(diagnostics.report).toMatchObject({ format: 'signpost-diagnostics', version: 2, extension: { name: 'Signpost' } });
  const events = diagnostics.report.tabs.flatMap((t) => t.events);
  expect(events).toContainEqual(expect.objectContaining({ topic: liveFirst, url: 'https://www.instagram.com/accounts/login/two_factor' }));
  expect(events).toContainEqual(expect.objectContaining({ kind: 'screen-captured', topic: liveFirst }));

  // Copy report (Markdown): the clipboard is stubbed to read back what was written.
  await panel.evaluate(() => {
    (window as unknown as { copied: string }).copied = '';
    navigator.clipboard.writeText = async (text: string) => void ((window as unknown as { copied: string }).copied = text);
  });
  await panel.getByRole('button', { name: 'Copy report' }).click();
  await expect(panel.getByTestId('support-status')).toHaveText('Report copied. Paste it into your support ticket.');
  const markdown = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(timeless(markdown)).toBe(timeless(file.text));
  expect(markdown).toContain(liveFirst);
});

test('capture on a tab without Signpost’s content script says so and saves nothing', async ({ context, ext }) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  await page.goto('about:blank');
  const tabId = await ext.tabIdOf(page);
  const panel = await ext.openPanelPage(tabId);
  let downloads = 0;
  panel.on('download', () => downloads++);
  await panel.getByRole('button', { name: 'Capture this screen' }).click();
  await expect(panel.getByTestId('support-status')).toHaveText('Nothing to capture: open an Instagram or X page in this tab first.');
  expect(downloads).toBe(0);
});
