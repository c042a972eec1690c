import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadFixtures } from '../../src/screens/fixtures';
import { cardView, inCard } from './card';
import { expect, hint, test } from './fixtures';

/**
 * People act on the side panel within seconds: at its usual size (400 × 800) the first screen must
 * hold the article's title, its summary and the fix steps; "Why am I seeing this?" follows the steps
 * and says in plain words what Signpost saw. Article wording changes often: these tests look only at
 * the structure every topic has (a title, a summary, a numbered list of steps).
 */

// Each test runs axe twice on a two-core machine.
test.describe.configure({ timeout: 90_000 });

const PANEL = { width: 400, height: 800 };
const TOPICS = ['instagram/suspicious-login', 'x/new-login-location', 'instagram/invalid-code', 'general/sms-not-delivered'];
// The engine's evidence format (src/engine/conditions.ts), which the panel must not show people.
const ENGINE_WORDING = /URL path|input with|element with|data-testid|page text|dialog text|=/;

/** An English fixture whose expected topic is `topic` (found, not named: fixture files come and go). */
function englishFixture(topic: string): string {
  const fixture = loadFixtures().find((f) => f.expect === topic && f.lang.startsWith('en'));
  if (!fixture) throw new Error(`no English fixture expects ${topic}`);
  return fixture.file;
}

async function axe(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `${label}: axe violations`,
  ).toEqual([]);
}

/** Where the first screen's parts are: top edges in CSS px from the top of the viewport. */
function firstScreen(panel: Page) {
  return panel.evaluate(() => {
    const article = document.querySelector('article[data-topic]')!;
    const top = (el: Element | null) => (el ? el.getBoundingClientRect().top : null);
    const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom : null);
    const step = article.querySelector('.body ol > li');
    const why = article.querySelector('details.evidence');
    return {
      scrollY: window.scrollY,
      title: bottom(article.querySelector('h2')),
      summary: bottom(article.querySelector('.summary')),
      step: top(step),
      // Is the folded "why" list after the first step in the page's order?
      whyAfterStep: Boolean(step && why && step.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
}

for (const topic of TOPICS) {
  test(`side panel at 400 × 800 on ${topic}: title, summary and the first fix step on the first screen; the reasons in plain words; axe clean in light and dark`, async ({
    ext,
  }) => {
    const { tabId } = await ext.openFixture(englishFixture(topic));
    const panel = await ext.openPanelPage(tabId);
    await panel.setViewportSize(PANEL);
    await expect(panel.locator('main')).toHaveAttribute('data-topic', topic);
    const article = panel.locator(`article[data-topic="${topic}"]`);
    await expect(article.locator('h2')).toBeInViewport();
    await expect(article.locator('.summary')).toBeVisible();
    await expect(article.locator('.summary')).not.toBeEmpty();

    const screen = await firstScreen(panel);
    expect(screen.scrollY).toBe(0);
    expect(screen.step, 'a numbered fix step').not.toBeNull();
    expect(screen.summary!, 'summary ends inside the first screen').toBeLessThanOrEqual(PANEL.height);
    expect(screen.step!, 'first fix step starts inside the first screen').toBeGreaterThanOrEqual(0);
    expect(screen.step!, 'first fix step starts inside the first screen').toBeLessThan(PANEL.height);
    expect(screen.whyAfterStep, '"Why am I seeing this?" comes after the fix steps').toBe(true);
    await expect(article.locator('.body ol > li').first()).toBeInViewport();

    // "Why am I seeing this?": sentences, not the engine's evidence strings.
    const why = article.locator('details.evidence');
    await why.locator('summary').click();
    const reasons = why.locator('li');
    await expect(reasons.first()).toBeVisible();
    const english = await reasons.allTextContents();
    for (const reason of english) expect(reason, `${topic}: “${reason}”`).not.toMatch(ENGINE_WORDING);
    expect(
      english.some((r) => r.startsWith('The page')),
      `${topic}: ${english.join(' | ')}`,
    ).toBe(true);

    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await axe(panel, `${topic}, ${scheme}`);
    }

    // The way out when the match is wrong: on the first screen, and it brings the search into view.
    await panel.emulateMedia({ colorScheme: 'light' });
    const wayOut = panel.getByRole('button', { name: 'Other topics and search' });
    await expect(wayOut).toBeInViewport();
    await wayOut.click();
    await expect(panel.locator('#panel-browse')).toHaveAttribute('open', '');
    await expect(panel.locator('#panel-browse').getByRole('combobox')).toBeInViewport();
    await expect(panel.locator('nav .settings-link')).toBeVisible();
    // Nowhere to go back or forward to yet: no such buttons.
    await expect(panel.getByRole('button', { name: /Back|Forward/ })).toHaveCount(0);

    // In Spanish: the article stays English (with a one-line notice), the reasons are Spanish, and
    // the first step is still on the first screen.
    await ext.setSettings({ uiLanguage: 'es' });
    await expect(panel.locator('html')).toHaveAttribute('lang', 'es');
    await panel.evaluate(() => window.scrollTo(0, 0));
    const spanish = await reasons.allTextContents();
    expect(spanish).toHaveLength(english.length);
    for (const [i, reason] of spanish.entries()) {
      expect(reason, `${topic}: “${reason}”`).not.toMatch(ENGINE_WORDING);
      expect(reason).not.toBe(english[i]);
    }
    const inSpanish = await firstScreen(panel);
    expect(inSpanish.step!, 'Spanish UI: first fix step starts inside the first screen').toBeLessThan(PANEL.height);
  });
}

test('the hint card shows the topic title and, under it, the summary: the first thing to do', async ({ ext }) => {
  const { page, tabId } = await ext.openFixture(englishFixture('instagram/suspicious-login'));
  await expect(hint(page)).toBeVisible();
  const boxes = await inCard(page, (root) => {
    const box = (sel: string) => {
      const r = root.querySelector(sel)!.getBoundingClientRect();
      return { y: r.y, height: r.height };
    };
    return { title: box('.title'), summary: box('.summary') };
  });
  const card = (await cardView(page))!;
  expect(card.summary).not.toBe('');
  expect(boxes!.summary.height).toBeGreaterThan(0);
  // Right under the title.
  expect(boxes!.summary.y).toBeGreaterThanOrEqual(boxes!.title.y + boxes!.title.height);
  // The same words the side panel shows for the topic (both from this build's article).
  const panel = await ext.openPanelPage(tabId);
  const article = panel.locator('article[data-topic="instagram/suspicious-login"]');
  expect(card.summary).toBe((await article.locator('.summary').textContent())!);
  expect(card.title).toBe((await article.locator('h2').textContent())!);
});
