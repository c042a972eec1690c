/**
 * `npm start` (after `wxt build`): Chromium with the built extension, on bundled screens served at
 * their real addresses — offline, no account.
 *
 *   with a display  ($DISPLAY or $WAYLAND_DISPLAY set): opens the screen gallery (src/tools/gallery.ts)
 *                   and stays until the browser is closed.
 *   without one     runs headless on one screen (or the one named, or --all), prints what the
 *                   extension recognised — the tab's badge and the background's per-tab topic — and
 *                   exits 0.
 *
 *   npm start [-- <fixture path under tests/fixtures>] [--all] [--headless]
 */
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchWithExtension, recognitionOf, serveOffline } from './browser';
import { loadFixtures, shippedRules } from '../screens/fixtures';
import { fixtureUrl } from '../screens/fixtures';
import { GALLERY_URL, galleryServer } from './gallery';

const DEFAULT_SCREEN = 'instagram/suspicious-login/page-en.html';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean' }, headless: { type: 'boolean' } } });
const fixtures = loadFixtures();
const titles = new Map(shippedRules().articles.map((a) => [a.id, a.title]));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = values.headless === true || !hasDisplay;

const server = galleryServer(fixtures, titles);

async function main(): Promise<number> {
  const { context, worker } = await launchWithExtension({ headless });
  await serveOffline(context, server.respond);

  if (!headless) {
    const page: Page = context.pages()[0] ?? (await context.newPage());
    await page.goto(GALLERY_URL);
    console.log(`Signpost: the screen gallery is open (${fixtures.length} screens). Close the browser to stop.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return 0;
  }

  const named = positionals[0];
  const chosen = values.all ? fixtures : fixtures.filter((f) => f.file === (named ?? DEFAULT_SCREEN));
  if (chosen.length === 0) {
    console.error(`signpost start: no bundled screen "${named}" (paths are relative to tests/fixtures, e.g. ${DEFAULT_SCREEN})`);
    await context.close();
    return 2;
  }
  console.log(
    hasDisplay
      ? 'Signpost: running headless (--headless); what the extension recognised:'
      : 'Signpost: no display ($DISPLAY and $WAYLAND_DISPLAY are unset), so Chromium ran headless and the gallery was not opened. What the extension recognised:',
  );
  let agreed = 0;
  for (const fixture of chosen) {
    server.choose(fixture);
    const page = await context.newPage();
    await page.goto(fixtureUrl(fixture));
    const seen = await recognitionOf(worker, page);
    await page.close();
    const top = seen.topics === null ? '(no state: the background never heard from this tab)' : (seen.topics[0] ?? 'nothing');
    const ok = (seen.topics?.[0] ?? null) === fixture.expect;
    if (ok) agreed++;
    console.log(
      `  ${fixture.file}\n    at ${fixtureUrl(fixture)}\n    badge "${seen.badge}"; recognised: ${top}; fixture expects: ${fixture.expect ?? 'nothing'} ${ok ? '✓' : '✗'}`,
    );
  }
  console.log(`Signpost: ${agreed} of ${chosen.length} screen(s) recognised as their fixture expects. Run with a display for the gallery.`);
  await context.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`signpost start: ${(e as Error).message}`);
    process.exit(1);
  },
);
