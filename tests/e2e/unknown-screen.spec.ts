import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BADGE } from '../../entrypoints/background/badge-style';
import { match } from '../../src/engine/match';
import { readDiagnostics } from '../../src/report/diagnostics-read';
import { readSnapshotJson } from '../../src/report/snapshot-file';
import { shippedRules } from '../../src/screens/fixtures';
import { downloadFrom } from './download';
import { expect, hint, ROOT, test } from './fixtures';

// A security step no topic knows: the person gets a calm "not known yet" instead of silence — a
// neutral badge, no card, a panel that searches with the screen's heading and captures it for support.
test.describe.configure({ timeout: 90_000 });

const UNKNOWN = 'negative/x-unknown-confirm-phone-en.html';
const HEADING = 'Confirm the phone number on your account';
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

test('an unknown security step: neutral ? badge, no card, the panel says so, searches with the heading, captures the screen', async ({
  ext,
}) => {
  const { page, tabId } = await ext.openFixture(UNKNOWN);
  await expect.poll(async () => (await ext.tabState(tabId))?.unknown?.heading).toBe(HEADING);
  expect((await ext.tabState(tabId))!.matches).toEqual([]);
  expect(await ext.badge(tabId)).toEqual({ text: BADGE.unknown.text, color: rgba(BADGE.unknown.color) });
  await expect(hint(page)).toHaveCount(0);

  const panel = await ext.openPanelPage(tabId);
  await panel.setViewportSize({ width: 400, height: 800 });
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'unknown');
  await expect(panel.getByRole('heading', { name: "Signpost doesn't know this screen yet." })).toBeVisible();
  await expect(panel.getByRole('combobox')).toHaveValue(HEADING);
  // Its own platform's articles: an X screen is not helped by Instagram ones.
  await expect(panel.getByRole('radio', { name: 'X', exact: true })).toBeChecked();

  const captured = (await downloadFrom(panel, 'Capture this screen for support')).text;
  await expect(panel.getByTestId('unknown-status')).toContainText('.signpost.json');
  const read = readSnapshotJson(captured);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.page?.html).toContain(HEADING);
  expect(read.capture?.top).toBeNull();
  expect(match(shippedRules().table, read.snapshot)).toEqual([]);

  const report = readDiagnostics((await downloadFrom(panel, 'Download report')).text);
  if (!report.ok) throw new Error(report.reason);
  expect(report.report.unknownScreens).toContainEqual(expect.objectContaining({ url: 'https://x.com/i/flow/login', heading: HEADING }));

  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const dir = join(ROOT, 'tests/e2e/screenshots');
    mkdirSync(dir, { recursive: true });
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(dir, `unknown-screen-${scheme}.png`) });
  }
});

test('the ? can be switched off in settings; the panel still says the screen is not known', async ({ context, extensionId, ext }) => {
  const { tabId } = await ext.openFixture(UNKNOWN);
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: BADGE.unknown.text });
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const box = settings.getByRole('checkbox', { name: /grey "\?" on the toolbar icon/ });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '' });
  const panel = await ext.openPanelPage(tabId);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'unknown');
  await box.check();
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: BADGE.unknown.text });
});
