/**
 * The rule builder's whole loop, in the built extension: an X login step no topic knows is captured
 * from the side panel, opened in replay, made into a rule there (pre-filled from the screen, no
 * conflict), exported as a pack, imported in Settings — and the same page is then recognised with the
 * new topic. A rule made too broad (only the address) shows a conflict and cannot be exported.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { downloadFrom } from './download';
import { expect, ROOT, test } from './fixtures';

test.describe.configure({ timeout: 120_000 }); // capture, replay, settings and a page reload on two shared cores

const FIXTURE = 'negative/x-unknown-confirm-phone-en.html';
const TOPIC = 'x/acme-confirm-phone';
const TITLE = 'X asks to confirm the phone number';
const ARTICLE =
  "## Fix it\n\n1. Type the account's full phone number and choose **Next**.\n2. If the number is not the one in Cerby, ask the account owner.\n\n## Why it happens\n\nX checks that the person logging in knows the account's phone number.\n";

const builder = (page: Page) => page.getByTestId('builder');

test('capture an unknown screen, make a rule in replay, import it in Settings: the screen is recognised', async ({
  context,
  extensionId,
  ext,
}) => {
  // The screen no topic knows, at its real address.
  const { page, tabId } = await ext.openFixture(FIXTURE);
  await expect(page.getByRole('heading', { name: 'Confirm the phone number on your account' })).toBeVisible();
  expect((await ext.tabState(tabId))?.matches ?? []).toEqual([]);

  // The person sees "not known yet" and captures the screen for support, as the panel offers.
  const panel = await ext.openPanelPage(tabId);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'unknown');
  const capture = await downloadFrom(panel, 'Capture this screen for support');
  expect(capture.name).toMatch(/\.signpost\.json$/);

  // Open it in replay and make a rule from it.
  const replay = await context.newPage();
  await replay.goto(`chrome-extension://${extensionId}/replay.html`);
  await replay
    .getByTestId('replay-file')
    .setInputFiles({ name: capture.name, mimeType: 'application/json', buffer: Buffer.from(capture.text) });
  await expect(replay.getByTestId('replay-no-match')).toBeVisible();
  await replay.getByRole('button', { name: 'Make a rule from this screen' }).click();
  const b = builder(replay);
  await expect(b.getByRole('heading', { name: 'New rule from this screen' })).toBeVisible();

  // Pre-filled from the screen: the generalised route and its heading required, its buttons as evidence.
  await expect(b.getByRole('combobox', { name: 'Use “/i/flow/login”' })).toHaveValue('all');
  await expect(b.getByRole('combobox', { name: 'Use “Confirm the phone number on your account”' })).toHaveValue('all');
  await expect(b.getByRole('combobox', { name: 'Use “Next”' })).toHaveValue('any');
  await expect(b.locator('table.signals')).not.toContainText('42'); // the masked phone ending is not a signal

  // A bundled id is refused; the pack's own id is not.
  await b.getByLabel('Topic id').fill('x/invalid-code');
  await expect(b.getByTestId('builder-problems')).toContainText('frontMatter.id — x/invalid-code is a built-in topic');
  await b.getByLabel('Topic id').fill(TOPIC);
  await b.getByLabel('Title', { exact: true }).first().fill(TITLE);
  await b.getByLabel('Summary (the first thing to do, one line)').first().fill('Type the full phone number of the account, then Next.');
  await b.getByLabel('Article (Markdown)', { exact: true }).first().fill(ARTICLE);
  await expect(b.getByTestId('builder-preview').getByRole('listitem').first()).toHaveText(
    "Type the account's full phone number and choose Next.",
  );
  await b.getByLabel('Pack name').fill('Acme support');

  // Live check: first on this screen, no conflict with any bundled screen; export is offered.
  await expect(b.getByTestId('builder-here')).toHaveText('On this screen, the new topic comes first.');
  await expect(b.getByTestId('builder-no-conflict')).toContainText('No conflict');
  await expect(b.getByTestId('builder-problems')).toHaveCount(0);
  await replay.setViewportSize({ width: 1100, height: 900 });
  const dir = join(ROOT, 'tests/e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await replay.emulateMedia({ colorScheme: scheme });
    await b.scrollIntoViewIfNeeded();
    await b.screenshot({ path: join(dir, `builder-${scheme}.png`) });
  }
  await replay.emulateMedia({ colorScheme: 'light' });
  const exported = await downloadFrom(replay, 'Export pack (.json)');
  expect(exported.name).toBe('acme-support-1.0.0.signpost-pack.json');
  const pack = JSON.parse(exported.text) as { rules: { frontMatter: { id: string } }[] };
  expect(pack.rules.map((r) => r.frontMatter.id)).toEqual([TOPIC]);

  // Import it in Settings, as an administrator would.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings
    .getByLabel('Import rule pack')
    .setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  // The screen the rule was made from ships with Signpost as one no topic knows: the builder made the
  // rule for it, the import (which cannot know that) says the pack takes it, and imports once confirmed.
  const review = settings.getByTestId('pack-review');
  await expect(review).toContainText('1 built-in screen would show a different topic, or none');
  await review.getByRole('button', { name: 'Import anyway' }).click();
  await expect(settings.locator('.packs .result')).toHaveText('Imported “Acme support” 1.0.0: 1 new topic, 0 replacing built-in topics.');

  // Back in the builder, the imported pack can take the rule again; it says what changes before saving.
  const stored = () =>
    settings.evaluate(
      async () =>
        (await chrome.storage.local.get('rulePacks')).rulePacks as {
          name: string;
          version: string;
          data: { rules: { article: string }[] };
        }[],
    );
  await b.getByLabel('Article (Markdown)', { exact: true }).first().fill(`${ARTICLE}\nCerby keeps the number in the account's notes.\n`);
  await b.getByRole('combobox', { name: 'Pack', exact: true }).selectOption('Acme support');
  await b.getByLabel('Version after the change').fill('1.0.1');
  await expect(b.getByTestId('builder-add-change')).toHaveText(
    `Replaces the pack's own ${TOPIC} in “Acme support” and keeps its 0 other rules as they are. The version goes from 1.0.0 to 1.0.1.`,
  );
  await b.getByRole('button', { name: 'Add to the pack' }).click();
  await expect(b.getByTestId('builder-status')).toHaveText('Saved in “Acme support” 1.0.1; Signpost uses it now.');
  await expect
    .poll(async () => (await stored()).map((p) => [p.name, p.version, p.data.rules.length]))
    .toEqual([['Acme support', '1.0.1', 1]]);
  expect((await stored())[0]!.data.rules[0]!.article).toContain("Cerby keeps the number in the account's notes.");

  // The same screen, loaded again: recognised as the new topic (tab state, badge, panel).
  await page.reload();
  await expect
    .poll(async () => (await ext.tabState(tabId))?.matches[0]?.id, { message: 'the content script recognises the new topic' })
    .toBe(TOPIC);
  await expect.poll(async () => (await ext.badge(tabId)).text, { message: 'the badge says a blocking screen' }).toBe('!');
  const after = await ext.openPanelPage(tabId);
  await expect(after.locator('main')).toHaveAttribute('data-topic', TOPIC);
  await expect(after.locator(`article[data-topic="${TOPIC}"]`).getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
});

test('a rule made too broad (only the address) shows a conflict in red and cannot be exported', async ({ context, extensionId, ext }) => {
  const { page, tabId } = await ext.openFixture(FIXTURE);
  await expect(page.getByRole('heading', { name: 'Confirm the phone number on your account' })).toBeVisible();
  const panel = await ext.openPanelPage(tabId);
  const capture = await downloadFrom(panel, 'Capture this screen for support');

  const replay = await context.newPage();
  await replay.goto(`chrome-extension://${extensionId}/replay.html`);
  await replay
    .getByTestId('replay-file')
    .setInputFiles({ name: capture.name, mimeType: 'application/json', buffer: Buffer.from(capture.text) });
  await replay.getByRole('button', { name: 'Make a rule from this screen' }).click();
  const b = builder(replay);
  await b.getByLabel('Topic id').fill(TOPIC);
  await b.getByLabel('Summary (the first thing to do, one line)').first().fill('Type the full phone number of the account.');
  await b.getByLabel('Article (Markdown)', { exact: true }).first().fill(ARTICLE);
  await b.getByLabel('Pack name').fill('Acme support');
  const exportJson = b.getByRole('button', { name: 'Export pack (.json)' });
  await expect(exportJson).toBeEnabled();

  // Keep only the address: every signal but the path left out.
  for (const select of await b.locator('table.signals select').all()) {
    if ((await select.getAttribute('aria-label')) !== 'Use “/i/flow/login”') await select.selectOption('off');
  }
  const conflicts = b.getByTestId('builder-conflicts');
  await expect(conflicts).toContainText('export is blocked');
  await expect(conflicts).toContainText(`negative/x-first-step-en.html: its first topic (none) would become ${TOPIC}`);
  expect(await conflicts.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(179, 38, 30)'); // --bad, the page's red
  await expect(exportJson).toBeDisabled();
  await expect(b.getByRole('button', { name: 'Export rule files (.zip)' })).toBeDisabled();
  await conflicts.scrollIntoViewIfNeeded();
  await replay.screenshot({ path: join(ROOT, 'tests/e2e/screenshots', 'builder-conflict.png') });

  // The builder is accessible in both colour schemes, conflict shown (labels, names, contrast).
  for (const scheme of ['light', 'dark'] as const) {
    await replay.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page: replay })
      .include('[data-testid="builder"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      violations.map(
        (v) => `${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(', ')})`,
      ),
    ).toEqual([]);
  }
  await replay.emulateMedia({ colorScheme: 'light' });

  // Requiring the heading again clears it.
  await b.getByRole('combobox', { name: 'Use “Confirm the phone number on your account”' }).selectOption('all');
  await expect(b.getByTestId('builder-no-conflict')).toBeVisible();
  await expect(exportJson).toBeEnabled();
});
