import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SNAPSHOT_FILE_VERSION, SNAPSHOT_FORMAT } from '../../src/report/file-version';
import { expect, test } from './fixtures';

// Replay opens files from strangers: a page copy may carry live links, and a saved page may be
// built to stall a parser. Neither may reach the network or freeze the page.

const tmp = mkdtempSync(join(tmpdir(), 'signpost-replay-untrusted-'));
const LOCAL = /^(?:chrome-extension|data|blob|about):/;
const TEXTS = { heading: [], dialog: [], alert: [], button: [], label: [], text: [] };

/** Every request to anything but the extension's own files, recorded and refused (nothing leaves the machine). */
async function recordRequests(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (!LOCAL.test(request.url())) seen.push(`${request.resourceType()} ${request.url()}`);
  });
  await context.route(
    (url) => !LOCAL.test(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return seen;
}

/** A snapshot file as a stranger could write it: its page copy is whatever markup they like. */
function snapshotFile(name: string, pageHtml: string): string {
  const file = join(tmp, name);
  const snapshot = {
    url: 'https://www.instagram.com/challenge/1/',
    lang: 'en',
    texts: TEXTS,
    inputs: [],
    testids: [],
    roles: [],
    truncated: false,
  };
  writeFileSync(
    file,
    JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_FILE_VERSION, snapshot, page: { html: pageHtml, truncated: false } }),
  );
  return file;
}

async function openReplay(page: Page, extensionId: string, file: string) {
  await page.goto(`chrome-extension://${extensionId}/replay.html`);
  await page.getByTestId('replay-file').setInputFiles(file);
}

const LIVE_LINKS = [
  '<base href="https://base.example/">',
  '<meta http-equiv="refresh" content="1; url=https://refresh.example/">',
  '<h1>Enter Security Code</h1>',
  '<p><a href="https://link.example/away">Open the link</a></p>',
  '<p><a href="relative/page">A relative link</a></p>',
  '<p><a href="javascript:void(0)" target="_top">A script link</a></p>',
  '<form action="https://form.example/post" method="post"><button formaction="https://form.example/button">Send</button></form>',
  '<map name="m"><area shape="rect" coords="0,0,80,80" href="https://area.example/"></map>',
].join('');

test('links, forms, a base and a refresh in a page copy do not navigate its frame: clicks make no request', async ({
  context,
  extensionId,
}) => {
  const requests = await recordRequests(context);
  const page = await context.newPage();
  await openReplay(page, extensionId, snapshotFile('links.signpost.json', LIVE_LINKS));
  const copy = page.frameLocator('[data-testid="replay-frame"]');
  await expect(copy.getByRole('heading', { name: 'Enter Security Code' })).toBeVisible();

  for (const text of ['Open the link', 'A relative link', 'A script link', 'Send']) {
    await copy.getByText(text).click();
    // A navigation the click started shows as a request within moments.
    await page.waitForTimeout(300);
    expect(requests, `after a click on "${text}"`).toEqual([]);
  }
  // The refresh asked for one second.
  await page.waitForTimeout(1_200);
  expect(requests).toEqual([]);
  const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame());
  expect(frame?.url()).toBe('about:srcdoc');
  await expect(copy.getByRole('heading', { name: 'Enter Security Code' })).toBeVisible();
  // What reaches the frame carries no address to go to (its head is the inert document's own CSP).
  const srcdoc = (await page.getByTestId('replay-frame').getAttribute('srcdoc')) ?? '';
  const body = srcdoc.slice(srcdoc.indexOf('<body>'));
  expect(body).toContain('Open the link');
  for (const live of ['href=', 'action=', 'formaction=', 'http-equiv', '<base', '<meta', 'example']) expect(body, live).not.toContain(live);
});

test('a saved page with live links opens the same way: its copy has no link to follow', async ({ context, extensionId }) => {
  const requests = await recordRequests(context);
  const file = join(tmp, 'saved.html');
  writeFileSync(
    file,
    `<!DOCTYPE html><html lang="en"><head><meta name="signpost:url" content="https://www.instagram.com/challenge/1/"></head><body>${LIVE_LINKS}</body></html>`,
  );
  const page = await context.newPage();
  await openReplay(page, extensionId, file);
  const copy = page.frameLocator('[data-testid="replay-frame"]');
  await expect(copy.getByRole('heading', { name: 'Enter Security Code' })).toBeVisible();
  for (const text of ['Open the link', 'A relative link', 'Send']) await copy.getByText(text).click();
  await page.waitForTimeout(1_500);
  expect(requests).toEqual([]);
});

test('a page nested 300 000 deep, as a saved page and as a page copy, opens in seconds', async ({ context, extensionId }) => {
  const depth = 300_000;
  const deep = `${'<div>'.repeat(depth)}<h1>Deep down</h1>${'</div>'.repeat(depth)}`;
  const html = join(tmp, 'deep.html');
  writeFileSync(
    html,
    `<!DOCTYPE html><html lang="en"><head><meta name="signpost:url" content="https://www.instagram.com/challenge/1/"></head><body>${deep}</body></html>`,
  );
  // A page copy is capped at 2.5 million characters: as deep as fits.
  const copyDepth = 200_000;
  const json = snapshotFile('deep.signpost.json', `${'<div>'.repeat(copyDepth)}<h1>Deep copy</h1>${'</div>'.repeat(copyDepth)}`);
  const page = await context.newPage();
  for (const [file, title] of [
    [html, 'deep.html'],
    [json, 'deep.signpost.json'],
  ] as const) {
    const started = Date.now();
    await openReplay(page, extensionId, file);
    await expect(page.getByRole('heading', { name: new RegExp(title.replace('.', '\\.')) })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('replay-frame')).toBeVisible({ timeout: 20_000 });
    // The page still answers: it was not left parsing.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started, file).toBeLessThan(20_000);
  }
});
