import { execFile } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { captureDocument } from '../../src/report/capture';
import { serveOffline } from '../../src/tools/browser';
import { loadFixtures, shippedRules } from '../../src/screens/fixtures';
import { GALLERY_URL, galleryServer } from '../../src/tools/gallery';
import { PRIVACY_PAGE, PRIVATE } from '../unit/privacy';
import { expect, readFixture, ROOT, test } from './fixtures';

// Support tools: the replay page, the screen gallery and `npm start` without a display.

const tmp = mkdtempSync(join(tmpdir(), 'signpost-support-e2e-'));
const privacy = readFixture(PRIVACY_PAGE);

/** A snapshot file of the privacy page, made by the same capture code the extension runs. */
function privacySnapshotFile(): string {
  const file = join(tmp, 'privacy.signpost.json');
  const captured = captureDocument(
    parseHtmlDocument(privacy.html),
    privacy.url,
    { at: new Date().toISOString(), top: 'instagram/invalid-code' },
    parseHtmlDocument,
  );
  writeFileSync(file, JSON.stringify(captured));
  return file;
}

async function openReplay(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/replay.html`);
  await expect(page.getByRole('heading', { name: 'Signpost replay' })).toBeVisible();
}

test.describe('replay page', () => {
  test('shows ranked matches, the explain trace and the sanitised page in a sandboxed frame', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openReplay(page, extensionId);
    await page.getByTestId('replay-file').setInputFiles(privacySnapshotFile());
    await expect(page.getByTestId('replay-url')).toHaveValue('https://www.instagram.com/accounts/login/two_factor');
    await expect(page.getByTestId('replay-matches').locator('li[data-topic]').first()).toHaveAttribute(
      'data-topic',
      'instagram/invalid-code',
    );
    await expect(page.getByTestId('replay-capture')).toContainText('the live page ranked first: instagram/invalid-code');
    const rule = page.locator('[data-rule="instagram/invalid-code"]');
    await expect(rule).toHaveAttribute('data-matched', 'true');
    await expect(rule.locator('li[data-passed="true"]').first()).toBeVisible();
    // Its exclusion (the suspicious-login check's own error) did not hold: the trace shows it.
    await expect(rule.locator('li').filter({ hasText: 'please check the code we sent you and try again' })).toHaveCount(1);
    await expect(page.locator('[data-rule="x/invalid-code"]')).toHaveAttribute('data-matched', 'false');

    const frame = page.getByTestId('replay-frame');
    await expect(frame).toHaveAttribute('sandbox', '');
    const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
    for (const secret of PRIVATE) expect(srcdoc, secret).not.toContain(secret);
    await expect(page.frameLocator('[data-testid="replay-frame"]').getByRole('heading', { name: 'Enter Security Code' })).toBeVisible();

    // Changing the address re-runs the engine: on another host nothing matches.
    await page.getByTestId('replay-url').fill('https://x.com/home');
    await expect(page.getByTestId('replay-no-match')).toBeVisible();
  });

  test('opens a saved HTML page by drag and drop, taking its address from the page', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openReplay(page, extensionId);
    const fixture = readFixture('instagram/suspicious-login/page-en.html');
    await page.evaluate(
      ({ html }) => {
        const data = new DataTransfer();
        data.items.add(new File([html], 'page-en.html', { type: 'text/html' }));
        document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { html: fixture.html },
    );
    await expect(page.getByTestId('replay-url')).toHaveValue(fixture.url);
    await expect(page.getByTestId('replay-matches').locator('li[data-topic]').first()).toHaveAttribute('data-topic', fixture.expect!);
  });

  test('a corrupt file, a future version and a 50 MB file each get one clear error, and what was open stays', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (e) => crashes.push(e.message));
    await openReplay(page, extensionId);
    await page.getByTestId('replay-file').setInputFiles(privacySnapshotFile());
    await expect(page.getByTestId('replay-matches')).toBeVisible();

    const corrupt = join(tmp, 'corrupt.signpost.json');
    writeFileSync(corrupt, '{"format":"signpost-snapshot","version":2,"snapshot":{"url":');
    const future = join(tmp, 'future.signpost.json');
    writeFileSync(future, JSON.stringify({ format: 'signpost-snapshot', version: 3, snapshot: {}, hologram: true }));
    const zipped = join(tmp, 'acme-it.zip');
    writeFileSync(zipped, zipSync({ 'pack.json': strToU8('{"name":"Acme IT","version":"1.0.0"}') }));
    const big = join(tmp, 'big.signpost.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);

    for (const [file, message] of [
      [corrupt, /^corrupt\.signpost\.json: not valid JSON/],
      [future, /^future\.signpost\.json: snapshot file version 3 is newer than this Signpost understands \(2\); update Signpost$/],
      [big, /^big\.signpost\.json: file is 50 MB; the limit is 20 MB/],
      // A rule pack (JSON, or a zip of rule files) is sent where it belongs: Settings.
      [
        join(ROOT, 'tests/fixtures/packs/acme-it.signpost-pack.json'),
        /^“acme-it\.signpost-pack\.json” is a rule pack, not a captured screen: import it in Settings/,
      ],
      [zipped, /^“acme-it\.zip” is a rule pack, not a captured screen/],
    ] as const) {
      await page.getByTestId('replay-file').setInputFiles(file);
      await expect(page.getByRole('alert')).toHaveCount(1);
      await expect(page.getByTestId('replay-error')).toHaveText(message);
      await expect(page.getByTestId('replay-matches').locator('li[data-topic]').first()).toHaveAttribute(
        'data-topic',
        'instagram/invalid-code',
      );
    }
    expect(crashes).toEqual([]);
  });
});

test.describe('screen gallery', () => {
  test('lists every bundled screen by platform and topic; choosing one loads it at its real address', async ({ context, ext }) => {
    const fixtures = loadFixtures();
    await serveOffline(context, galleryServer(fixtures, new Map(shippedRules().articles.map((a) => [a.id, a.title]))).respond);
    const page = await context.newPage();
    await page.goto(GALLERY_URL);
    await expect(page.locator('a[data-file]')).toHaveCount(fixtures.length);
    await expect(page.getByRole('heading', { name: 'instagram', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^instagram\/suspicious-login/ })).toBeVisible();

    // Two fixtures share this address: the one chosen is the one served.
    const dialog = readFixture('instagram/suspicious-login/dialog-en.html');
    await page.locator(`a[data-file="instagram/suspicious-login/dialog-en.html"]`).click();
    await expect(page).toHaveURL(dialog.url);
    await expect(page.locator('[role=dialog]').first()).toBeVisible();
    const tabId = await ext.tabIdOf(page);
    await expect.poll(async () => (await ext.badge(tabId)).text).not.toBe('');
    await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe('instagram/suspicious-login');
  });
});

test.describe('npm start without a display', () => {
  test('runs headless, prints what the extension recognised, says so, and exits 0', async () => {
    test.setTimeout(90_000); // its own Chromium launch, plus tsx start-up
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = await promisify(execFile)('npx', ['--no-install', 'tsx', 'src/tools/start.ts'], { cwd: ROOT, env, timeout: 80_000 }).catch(
      (e: { code?: number; stdout?: string; stderr?: string }) => e,
    );
    expect(run.stderr ?? '', 'start.ts wrote to stderr').not.toMatch(/signpost start:/);
    expect((run as { code?: number }).code ?? 0).toBe(0);
    const stdout = run.stdout ?? '';
    expect(stdout).toMatch(/no display \(\$DISPLAY and \$WAYLAND_DISPLAY are unset\), so Chromium ran headless/);
    expect(stdout).toMatch(/badge "!"; recognised: instagram\/suspicious-login; fixture expects: instagram\/suspicious-login ✓/);
  });
});
