import type { Page } from '@playwright/test';
import { loadFixtures } from '../../src/screens/fixtures';
import { FIRST_VIEW_MARK } from '../../src/first-view/handoff';
import { LOOKUP_REQUEST_KEY, PACK_TOPICS_KEY, tabKey } from '../../src/storage/keys';
import { expect, test } from './fixtures';
import { importExample, openSettings } from './rule-pack-settings';

/**
 * The side panel's first view paints the article before the panel's own scripts load, then the
 * panel takes over. Whatever way the panel is opened (an address, a screen recognised in its tab)
 * and whatever the interface language, the first view must show what the panel then shows: the
 * same topic, the same words, in the same place, never the two at once and never "Loading…" between.
 */

/** An article as a person reads it: what it is, its words, and where its title sits. */
interface ArticleRead {
  state: string | null;
  topic: string | null;
  lang: string | null;
  htmlLang: string;
  title: string;
  summary: string;
  steps: string[];
  top: number;
  /** What to do now, when the fix was tried and refused (the "If that doesn't work" steps first). */
  now: string | null;
}

/** What a page recorded of the first view and the handover (installed before any of its scripts). */
interface Seen {
  first: (ArticleRead & { appEmpty: boolean }) | null;
  both: boolean;
  loadingWithFirst: boolean;
}

type Recorder = { __firstView: Seen; __readArticle: (article: Element) => ArticleRead };

/** Installed before the page's scripts: reads the first view as it appears, and watches the handover. */
function recordHandover(): void {
  const read = (article: Element): ArticleRead => ({
    state: article.closest('main')?.getAttribute('data-state') ?? null,
    topic: article.getAttribute('data-topic'),
    lang: article.getAttribute('lang'),
    htmlLang: document.documentElement.lang,
    title: article.querySelector('h2')?.textContent ?? '',
    summary: article.querySelector('.summary')?.textContent ?? '',
    steps: [...article.querySelectorAll('.body ol > li')].slice(0, 3).map((li) => li.textContent ?? ''),
    top: article.querySelector('h2')!.getBoundingClientRect().top,
    now: article.querySelector('section.now .body')?.textContent ?? null,
  });
  const seen: Seen = { first: null, both: false, loadingWithFirst: false };
  Object.assign(window, { __firstView: seen, __readArticle: read } satisfies Recorder);
  new MutationObserver(() => {
    const first = document.querySelector('#first-view article');
    const app = document.querySelector('#app article');
    if (first && app) seen.both = true;
    if (first && document.querySelector('#app p.muted')) seen.loadingWithFirst = true;
    if (first && !seen.first) seen.first = { ...read(first), appEmpty: document.getElementById('app')?.childElementCount === 0 };
  }).observe(document, { childList: true, subtree: true });
}

/** The panel's own article, once it has taken over, read the way the first view was. */
async function panelArticle(page: Page): Promise<ArticleRead> {
  const article = page.locator('#app article[data-topic]');
  await expect(article.locator('h2')).toBeVisible();
  await expect(page.locator('#first-view')).toHaveCount(0);
  return article.evaluate((a) => (window as unknown as Recorder).__readArticle(a));
}

async function seenOn(page: Page): Promise<Seen> {
  return page.evaluate(() => (window as unknown as Recorder).__firstView);
}

const LANGUAGES = [
  { setting: 'en', lang: 'en' },
  { setting: 'es', lang: 'es' },
  { setting: 'pt_BR', lang: 'pt-BR' },
] as const;

/** A fixture the engine recognises, for each way in: one per platform. */
const RECOGNISED = ['instagram/suspicious-login', 'x/new-login-location'].map((topic) => {
  const fixture = loadFixtures().find((f) => f.expect === topic && f.lang.startsWith('en'));
  if (!fixture) throw new Error(`no English fixture expects ${topic}`);
  return fixture;
});

for (const { setting, lang } of LANGUAGES) {
  test(`interface in ${setting}: the first view at #topic= shows the article the panel then shows, in place`, async ({
    context,
    ext,
    extensionId,
  }) => {
    await ext.setSettings({ uiLanguage: setting });
    const topic = 'instagram/suspicious-login';
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.addInitScript(recordHandover);
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#topic=${encodeURIComponent(topic)}`);
    const panel = await panelArticle(page);
    const seen = await seenOn(page);
    expect(seen.first, 'the first view painted an article').not.toBeNull();
    const { appEmpty, ...first } = seen.first!;
    expect(appEmpty, 'the first view painted before the panel').toBe(true);
    expect(first).toEqual(panel);
    expect(panel).toMatchObject({ state: 'article', topic, lang, htmlLang: lang });
    expect(seen.both, 'two articles on screen at once').toBe(false);
    expect(seen.loadingWithFirst, '"Loading…" beside the first view').toBe(false);
  });

  for (const fixture of RECOGNISED) {
    test(`interface in ${setting}: the first view of ${fixture.expect} recognised in the tab is the panel's`, async ({
      context,
      ext,
      extensionId,
    }) => {
      await ext.setSettings({ uiLanguage: setting });
      const { tabId } = await ext.openFixture(fixture.file);
      await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe(fixture.expect);
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 800 });
      await page.addInitScript(recordHandover);
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      const panel = await panelArticle(page);
      const seen = await seenOn(page);
      expect(seen.first, 'the first view painted an article').not.toBeNull();
      const { appEmpty, ...first } = seen.first!;
      expect(appEmpty).toBe(true);
      // The panel adds the page's own words beside a step's labels once it has them: the first view
      // has the article's; the title, summary and place are the same.
      expect({ ...first, steps: [] }).toEqual({ ...panel, steps: [] });
      expect(panel).toMatchObject({ state: 'recognised', topic: fixture.expect, htmlLang: lang });
      expect(seen.both).toBe(false);
      expect(seen.loadingWithFirst).toBe(false);
    });
  }
}

test("the panel's scripts start once the browser has put the first view on screen, not before: they would hold its frame back", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // When the first of the panel's parked scripts was put in the page (page clock).
    new MutationObserver((_, observer) => {
      if (!document.head?.querySelector('script[type="module"][src*="/chunks/"]')) return;
      Object.assign(window, { __appStartedAt: performance.now() });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html#topic=${encodeURIComponent('instagram/suspicious-login')}`);
  await expect(page.locator('#app article h2')).toBeVisible();
  const { startedAt, firstPaint, painted } = await page.evaluate(
    (mark) => ({
      startedAt: (window as unknown as { __appStartedAt?: number }).__appStartedAt,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
      painted: performance.getEntriesByName(mark)[0]?.startTime,
    }),
    FIRST_VIEW_MARK,
  );
  expect(painted, 'the first view painted').toBeDefined();
  // Nothing else is on this page before the first view: its first paint is the first view's.
  expect(firstPaint, 'the page reports its first paint').toBeGreaterThan(painted!);
  expect(startedAt, "the panel's scripts started").toBeDefined();
  expect(startedAt!).toBeGreaterThanOrEqual(firstPaint!);
});

test('nothing to show (no topic, nothing recognised): no first view, the panel as before', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.addInitScript(recordHandover);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html#topic=${encodeURIComponent('instagram/no-such-topic')}`);
  await expect(page.locator('#app main')).toBeVisible();
  expect((await seenOn(page)).first).toBeNull();
  await expect(page.locator('#first-view')).toHaveCount(0);
});

test("a rule pack's topic in place of the bundled one: no first view (its file holds the bundled words); the pack's article", async ({
  context,
  ext,
  extensionId,
}) => {
  const settings = await context.newPage();
  await openSettings(settings, extensionId);
  await importExample(settings);
  const topic = 'instagram/suspicious-login';
  const probe = await ext.probe();
  await expect
    .poll(() =>
      probe.evaluate(
        async (key) => ((await chrome.storage.local.get(key))[key] as { id: string }[] | undefined)?.map((t) => t.id) ?? [],
        PACK_TOPICS_KEY,
      ),
    )
    .toContain(topic);
  const page = await context.newPage();
  await page.addInitScript(recordHandover);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html#topic=${encodeURIComponent(topic)}`);
  await expect(page.locator('#app article h2')).toHaveText('Suspicious login attempt (Acme procedure)');
  expect((await seenOn(page)).first).toBeNull();
  expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, FIRST_VIEW_MARK)).toBe(0);
});

test('an article asked for from the popup wins over the screen recognised in the tab, in the first view as in the panel', async ({
  context,
  ext,
  extensionId,
}) => {
  const [fixture] = RECOGNISED;
  const { tabId } = await ext.openFixture(fixture!.file);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe(fixture!.expect);
  const asked = 'general/sms-not-delivered';
  const probe = await ext.probe();
  await probe.evaluate(([key, topic]) => chrome.storage.session.set({ [key]: { topic, at: Date.now() } }), [
    LOOKUP_REQUEST_KEY,
    asked,
  ] as const);
  const page = await context.newPage();
  await page.addInitScript(recordHandover);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  const panel = await panelArticle(page);
  const seen = await seenOn(page);
  expect(seen.first).toMatchObject({ state: 'article', topic: asked });
  expect(panel).toMatchObject({ state: 'article', topic: asked });
  expect(seen.both).toBe(false);
});

test('a fix tried and refused: the first view leads with what to do now, as the panel does', async ({ context, ext, extensionId }) => {
  const [fixture] = RECOGNISED;
  const { tabId } = await ext.openFixture(fixture!.file);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe(fixture!.expect);
  // The tab's state as the background writes it after the fix was refused (journey.failed).
  const state = await ext.tabState(tabId);
  const probe = await ext.probe();
  await probe.evaluate(([key, value]) => chrome.storage.session.set({ [key]: value }), [
    tabKey(tabId),
    { ...state, journey: { topic: fixture!.expect, steps: [], failed: true } },
  ] as const);
  const page = await context.newPage();
  await page.addInitScript(recordHandover);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(page.locator('#app article section.now')).toBeVisible();
  const nowFirst = await page.evaluate(() => document.querySelector('#app article section.now .body')?.textContent ?? '');
  const seen = await seenOn(page);
  expect(seen.first?.now, 'the first view showed what to do now').toBe(nowFirst);
  expect(nowFirst.length).toBeGreaterThan(0);
});
