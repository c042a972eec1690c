/**
 * The store listing's pictures, made from the built extension in real Chromium: in each interface
 * language, four screenshots at 1280×800 (the hint on a recognised screen, the side panel with its
 * article beside that screen, popup search, the replay page) and the 440×280 promo tile, written to
 * .output/store/. `npm run release:assets` runs this spec alone; `npm test` runs it with the rest and
 * checks every picture's size.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hint, ROOT, test } from './fixtures';
import { openPopupPage } from './lookup-helpers';

const OUT = join(ROOT, '.output/store');
const SIZE = { width: 1280, height: 800 };
const LANGS = [
  { setting: 'en', lang: 'en', query: 'suspicious login' },
  { setting: 'es', lang: 'es', query: 'codigo' },
  { setting: 'pt_BR', lang: 'pt-BR', query: 'codigo' },
] as const;
const SCREEN = 'instagram/suspicious-login/page-en.html';

/** PNG width and height, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Lays pictures side by side on a calm background at exactly 1280×800, and saves that. */
async function compose(page: Page, file: string, parts: { png: Buffer; width: number }[], caption: string) {
  await page.setViewportSize(SIZE);
  const imgs = parts.map((p) => `<img alt="" width="${p.width}" src="data:image/png;base64,${p.png.toString('base64')}">`).join('');
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:20px;background:#eef2f7;font:600 26px system-ui,sans-serif;color:#1f2a37">
    <div>${caption.replace(/[<&]/g, '')}</div><div style="display:flex;gap:24px;align-items:flex-start;box-shadow:0 8px 30px #0002">${imgs}</div></body></html>`);
  const png = await page.screenshot({ path: join(OUT, file), clip: { x: 0, y: 0, ...SIZE } });
  expect(pngSize(png), file).toEqual(SIZE);
}

test.describe.configure({ mode: 'serial' });

for (const { setting, lang, query } of LANGS) {
  test(`store screenshots, ${lang}: four at 1280×800`, async ({ context, ext, extensionId }) => {
    test.setTimeout(60_000);
    mkdirSync(OUT, { recursive: true });
    await ext.setSettings({ hints: true, sites: { instagram: true, x: true }, uiLanguage: setting, mutedTopics: [] });

    // 1. The hint on a recognised screen, the page at full size.
    const { page, tabId } = await ext.openFixture(SCREEN);
    await page.setViewportSize(SIZE);
    await expect(hint(page)).toBeVisible();
    const shot = await page.screenshot({ path: join(OUT, `${lang}-1-hint.png`) });
    expect(pngSize(shot)).toEqual(SIZE);

    // 2. The side panel with its article, beside the screen it explains.
    const panel = await ext.openPanelPage(tabId);
    await panel.setViewportSize({ width: 400, height: 700 });
    await expect(panel.locator('main')).toHaveAttribute('data-topic', 'instagram/suspicious-login');
    await page.setViewportSize({ width: 760, height: 700 });
    const board = await context.newPage();
    await compose(
      board,
      `${lang}-2-panel.png`,
      [
        { png: await page.screenshot(), width: 760 },
        { png: await panel.screenshot(), width: 400 },
      ],
      'Signpost',
    );

    // 3. Popup search.
    const popup = await openPopupPage(context, extensionId);
    await popup.getByRole('combobox').fill(query);
    await expect(popup.getByRole('option').first()).toBeVisible();
    await compose(board, `${lang}-3-search.png`, [{ png: await popup.screenshot(), width: 380 }], 'Signpost');

    // 4. The replay page, for support staff: a bundled screen of this language opened from Screens.
    const replay = await context.newPage();
    await replay.setViewportSize(SIZE);
    await replay.goto(`chrome-extension://${extensionId}/replay.html`);
    await replay.getByRole('tab').nth(1).click();
    const screen = `instagram/suspicious-login/page-${lang.slice(0, 2)}.html`;
    await replay.locator(`[data-testid="gallery-item"][data-file="${screen}"]`).click();
    await expect(replay.getByTestId('replay-matches').locator('li[data-topic]').first()).toHaveAttribute(
      'data-topic',
      'instagram/suspicious-login',
    );
    const replayShot = await replay.screenshot({ path: join(OUT, `${lang}-4-replay.png`) });
    expect(pngSize(replayShot)).toEqual(SIZE);
  });
}

test('store promo tile at 440×280', async ({ context }) => {
  mkdirSync(OUT, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 34px;box-sizing:border-box;background:linear-gradient(135deg,#1d4ed8,#0f766e);color:#fff;font-family:system-ui,sans-serif">
    <svg width="84" height="84" viewBox="0 0 24 24" aria-hidden="true"><path fill="#fff" d="M11 2h2v3h6l3 3-3 3h-6v11h-2V11H5L2 8l3-3h6z"/></svg>
    <div><div style="font:700 38px system-ui,sans-serif">Signpost</div><div style="font:500 17px/1.35 system-ui,sans-serif;margin-top:8px">The fix for Instagram and X<br>security screens, in your browser</div></div></body></html>`);
  const png = await page.screenshot({ path: join(OUT, 'promo-tile-440x280.png') });
  expect(pngSize(png)).toEqual({ width: 440, height: 280 });
});
