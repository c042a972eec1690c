import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadFixtures, shippedRules } from '../../src/screens/fixtures';
import { expect, ROOT, test } from './fixtures';

/**
 * The replay page's Screens tab against the built extension: every screen fixture, read here in
 * Node, is listed with the topic it expects; the filter narrows the list; opening a screen shows it
 * like an opened file (sandboxed frame, ranked matches, trace) plus the expected topic's article.
 */
const fixtures = loadFixtures();
const { articles } = shippedRules();
const realUrl = (url: string) => url.replace(/&amp;/g, '&');
const items = (page: Page) => page.getByTestId('gallery-item');

test.describe.configure({ timeout: 60_000 });

async function openScreens(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/replay.html`);
  await page.getByRole('tab', { name: 'Screens' }).click();
  await expect(items(page)).toHaveCount(fixtures.length);
}

test('lists every bundled screen with its expected topic, and the engine agrees on each', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openScreens(page, extensionId);
  const listed = await items(page).evaluateAll((els) =>
    els.map((el) => ({
      file: el.getAttribute('data-file'),
      expect: el.querySelector('[data-testid="gallery-item-expect"]')?.textContent,
      agrees: el.getAttribute('data-agrees'),
    })),
  );
  const byFile = (a: { file: string | null }, b: { file: string | null }) => (a.file ?? '').localeCompare(b.file ?? '');
  expect(listed.sort(byFile)).toEqual(
    fixtures.map((f) => ({ file: f.file, expect: f.expect ?? 'nothing should match', agrees: 'true' })).sort(byFile),
  );
  await expect(page.getByTestId('gallery-count')).toHaveText(`${fixtures.length} of ${fixtures.length} screens`);
  // Grouped: the negatives under their own heading, every one of them there.
  const negatives = fixtures.filter((f) => f.expect === null).length;
  await expect(page.locator('section[data-platform="negative"] [data-testid="gallery-item"]')).toHaveCount(negatives);
  await expect(page.getByRole('heading', { name: `Screens where nothing should match (${negatives})` })).toBeVisible();
});

test('the filter narrows the list by topic id, by heading, and to nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openScreens(page, extensionId);
  const filter = page.getByTestId('gallery-filter');

  await filter.fill('x/invalid-code');
  const own = fixtures.filter((f) => f.expect === 'x/invalid-code');
  await expect(items(page)).toHaveCount(own.length);
  expect(new Set(await items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-expect'))))).toEqual(
    new Set(['x/invalid-code']),
  );
  await expect(page.getByTestId('gallery-count')).toHaveText(`${own.length} of ${fixtures.length} screens`);

  // A heading the screen shows (any case, no accents needed) finds that screen among few.
  const target = fixtures.find((f) => f.file === 'instagram/suspicious-login/page-es.html')!;
  const heading = /<h[12][^>]*>([^<]+)</.exec(target.html)![1]!.trim();
  await filter.fill(heading.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''));
  await expect(page.locator(`[data-testid="gallery-item"][data-file="${target.file}"]`)).toBeVisible();
  expect(await items(page).count()).toBeLessThan(fixtures.length / 4);

  await filter.fill('no screen says this 9f3k');
  await expect(items(page)).toHaveCount(0);
  await expect(page.getByText('No screen fits this filter.')).toBeVisible();
});

for (const file of [
  'instagram/suspicious-login/page-en.html',
  'x/invalid-code/modal-en.html',
  'general/sms-not-delivered/instagram-dialog-en.html',
]) {
  test(`opens ${file}: its page sandboxed, its topic first, its article`, async ({ context, extensionId }) => {
    const fixture = fixtures.find((f) => f.file === file);
    expect(fixture, `fixture ${file}`).toBeDefined();
    const topic = fixture!.expect!;
    const page = await context.newPage();
    await openScreens(page, extensionId);
    await page.locator(`[data-testid="gallery-item"][data-file="${file}"]`).click();
    await expect(page.locator(`[data-testid="gallery-item"][data-file="${file}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('replay-url')).toHaveValue(realUrl(fixture!.url));
    await expect(page.getByTestId('gallery-expected')).toHaveText(`Expected first: ${topic}`);
    await expect(page.getByTestId('replay-matches').locator('li[data-topic]').first()).toHaveAttribute('data-topic', topic);
    await expect(page.locator(`[data-rule="${topic}"]`)).toHaveAttribute('data-matched', 'true');

    const frame = page.getByTestId('replay-frame');
    await expect(frame).toHaveAttribute('sandbox', '');
    const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
    expect(srcdoc).not.toMatch(/<script|\son[a-z]+=|\shref=|\ssrc=/i);
    await expect(page.frameLocator('[data-testid="replay-frame"]').locator('body *').first()).toBeAttached();
    await expect(page.frameLocator('[data-testid="replay-frame"]').locator('script')).toHaveCount(0);

    const article = articles.find((a) => a.id === topic)!;
    const shown = page.getByTestId('gallery-article');
    await expect(shown).toHaveAttribute('data-topic', topic);
    await expect(shown.locator('.article-title')).toHaveText(article.title);
    await expect(shown.locator('.summary')).toHaveText(article.summary);
  });
}

test('opens a negative: nothing matched, no article', async ({ context, extensionId }) => {
  const fixture = fixtures.find((f) => f.expect === null && f.file.startsWith('negative/instagram-'))!;
  const page = await context.newPage();
  await openScreens(page, extensionId);
  await page.locator(`[data-testid="gallery-item"][data-file="${fixture.file}"]`).click();
  await expect(page.getByTestId('replay-url')).toHaveValue(realUrl(fixture.url));
  await expect(page.getByTestId('gallery-expected')).toHaveText('Expected first: nothing should match');
  await expect(page.getByTestId('replay-no-match')).toBeVisible();
  await expect(page.getByTestId('replay-matches')).toHaveCount(0);
  await expect(page.getByTestId('gallery-article')).toHaveCount(0);
  await expect(page.getByTestId('replay-frame')).toHaveAttribute('sandbox', '');
});

test('tabs work from the keyboard, each tab keeps what it had open, and the tab strip keeps its width', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/replay.html`);
  const fileTab = page.getByRole('tab', { name: 'Open a file' });
  const screensTab = page.getByRole('tab', { name: 'Screens' });
  const stripWidth = () => page.getByRole('tablist').evaluate((el) => el.getBoundingClientRect().width);
  await expect(fileTab).toHaveAttribute('aria-selected', 'true');
  const fileWidth = await stripWidth();
  await fileTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(screensTab).toBeFocused();
  await expect(screensTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('replay-file')).toBeHidden();
  await expect(items(page)).toHaveCount(fixtures.length);
  expect(await stripWidth()).toBe(fileWidth);
  const first = items(page).first();
  const firstFile = await first.getAttribute('data-file');
  await first.click();
  await expect(page.getByTestId('replay-frame')).toBeVisible();

  await screensTab.focus();
  await page.keyboard.press('Home');
  await expect(fileTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('replay-file')).toBeVisible();
  await expect(page.getByTestId('replay-frame')).toHaveCount(0); // no file opened in this tab
  await expect(page.getByTestId('replay-url')).toHaveValue('');
  await page.keyboard.press('End');
  await expect(page.getByTestId('replay-frame')).toBeVisible();
  await expect(page.getByTestId('replay-url')).toHaveValue(realUrl(fixtures.find((f) => f.file === firstFile)!.url));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Screens with a screen open (${scheme}): axe clean at 1280×800; screenshot`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await openScreens(page, extensionId);
    await page.getByTestId('gallery-filter').fill('suspicious login');
    await page.locator('[data-testid="gallery-item"][data-file="instagram/suspicious-login/page-en.html"]').click();
    await expect(page.getByTestId('gallery-article')).toBeVisible();
    await page.locator('.screens-pane').evaluate((el) => el.scrollTo(0, 0));
    const dir = join(ROOT, 'tests/e2e/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `gallery-${scheme}.png`) });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      // The frame is the screen's own copy (not our UI), sandboxed without scripts: axe cannot run
      // inside it, and its cross-frame run (which also opens a helper tab) would wait on it forever.
      .setLegacyMode(true)
      .options({ iframes: false })
      .analyze();
    expect(
      violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`)
            .slice(0, 2)
            .join(', ')})`,
      ),
    ).toEqual([]);
  });
}
