/// <reference types="chrome" />
/**
 * Real Firefox: a recognised Instagram fixture and a recognised X fixture set the badge,
 * the sidebar page shows the article, and the hint card shows the short fix inline (Firefox cannot
 * open the sidebar from a page click) with the sidebar shortcut instead of a "Show the fix" button.
 * The sidebar's and the popup's first views paint there too before their pages take over.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BADGE } from '../../entrypoints/background/badge-style';
import { compileRulesDir } from '../../src/build/rules/load';
import { FIRST_VIEW_MARK } from '../../src/first-view/handoff';
import { shortFix } from '../../src/build/rules/short-fix';
import { inCard } from './card';
import { EXTENSION_DIR, launchFirefox, ROOT, until, type Firefox } from './harness';

const { table, articles } = compileRulesDir(`${ROOT}/rules`);
const KIND = new Map(table.map((r) => [r.id, r.kind]));
const ARTICLE = new Map(articles.map((a) => [a.id, a]));
const MANIFEST_FILE = join(EXTENSION_DIR, 'manifest.json');
if (!existsSync(MANIFEST_FILE))
  throw new Error(`no Firefox build at ${EXTENSION_DIR}: run npm run build:firefox (npm run test:firefox does)`);
const MANIFEST = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };

const CASES = ['instagram/suspicious-login/page-en.html', 'x/invalid-code/modal-en.html'];

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

test('the Firefox manifest: sidebar not opened at install, the sidebar shortcut, no sidePanel', () => {
  expect(MANIFEST).toMatchObject({
    manifest_version: 3,
    sidebar_action: { default_panel: 'sidepanel.html', open_at_install: false },
    permissions: ['storage'],
    commands: { _execute_sidebar_action: { suggested_key: { default: expect.any(String) } } },
    browser_specific_settings: { gecko: { id: 'signpost@signpost.extension', data_collection_permissions: { required: ['none'] } } },
  });
});

describe.each(CASES)('%s in Firefox', (path) => {
  test('badge, sidebar page with the article, hint card with the inline fix', async () => {
    const { page, fixture, tabId } = await ff.openFixture(path);
    const topic = fixture.expect!;
    const expected = BADGE[KIND.get(topic)!].text;

    let badge = '';
    await until(`badge "${expected}" on tab ${tabId} (${fixture.url})`, async () => (badge = await ff.badge(tabId)) === expected).catch(
      (e: Error) => {
        throw new Error(`${e.message}; badge is "${badge}"`);
      },
    );

    // The hint card: the title, the summary (the first action), the short steps of this topic's fix,
    // the shortcut, and no button that cannot work.
    let card: { title: string; summary: string; steps: string[]; more: string; buttons: string[]; styled: boolean } | null = null;
    await until(`hint card for ${topic}`, async () => {
      // The page itself cannot see into the card (closed shadow root): read it as the browser can.
      expect(await page.evaluate(() => document.querySelector('signpost-hint')?.shadowRoot ?? null)).toBeNull();
      card = await inCard(page, (root) => {
        return {
          title: root.querySelector('.title')?.textContent ?? '',
          summary: root.querySelector('.summary')?.textContent ?? '',
          steps: [...root.querySelectorAll('.steps li')].map((li) => li.textContent ?? ''),
          more: root.querySelector('.more')?.textContent ?? '',
          buttons: [...root.querySelectorAll('button')].map((b) => b.textContent ?? ''),
          // Styled despite the page's strict CSP (constructable stylesheet, not a <style>).
          styled:
            getComputedStyle(root.querySelector('.card')!).borderLeftWidth === '4px' &&
            getComputedStyle(root.querySelector('.steps')!).paddingLeft === '20px',
        };
      });
      return card !== null && card.steps.length > 0;
    });
    const article = ARTICLE.get(topic)!;
    expect(card).toEqual({
      title: article.title,
      summary: article.summary,
      steps: shortFix(article),
      more: `Open the full article with ${MANIFEST.commands._execute_sidebar_action!.suggested_key!.default}.`,
      buttons: ['Dismiss', "Don't show for this topic"],
      styled: true,
    });

    // The sidebar's page, pinned to this tab, shows the recognised article.
    const panel = await ff.extensionPage(`sidepanel.html?tab=${tabId}`);
    let shown: { state: string | null; topic: string | null; article: string | null; firstView: boolean; painted: string | null } | null =
      null;
    await until(`sidebar page showing ${topic}`, async () => {
      // The panel's own screen (in #app), once it has replaced its first view (src/first-view).
      shown = await panel.evaluate(
        (mark) => ({
          state: document.querySelector('#app main')?.getAttribute('data-state') ?? null,
          topic: document.querySelector('#app main')?.getAttribute('data-topic') ?? null,
          article: document.querySelector('#app article[data-topic]')?.getAttribute('data-topic') ?? null,
          firstView: document.getElementById('first-view') !== null,
          // The first view painted this topic before the panel took over.
          painted: (performance.getEntriesByName(mark)[0] as PerformanceMark | undefined)?.detail?.topic ?? null,
        }),
        FIRST_VIEW_MARK,
      );
      return shown?.article === topic;
    }).catch((e: Error) => {
      throw new Error(`${e.message}; panel shows ${JSON.stringify(shown)}`);
    });
    expect(shown).toEqual({ state: 'recognised', topic, article: topic, firstView: false, painted: topic });
    await panel.close();
    await page.close();
  });
});

test("the popup's page: its first view paints, then the popup takes over and lists results", async () => {
  const popup = await ff.extensionPage('popup.html');
  let shown: { shell: boolean; first: string | null; painted: boolean } | null = null;
  await until('the popup listing results', async () => {
    shown = await popup.evaluate(
      (mark) => ({
        shell: document.getElementById('popup-shell') !== null,
        first: document.querySelector('#app [role="option"]')?.getAttribute('data-topic') ?? null,
        painted: performance.getEntriesByName(mark).length > 0,
      }),
      FIRST_VIEW_MARK,
    );
    return shown?.first !== null && shown?.shell === false;
  }).catch((e: Error) => {
    throw new Error(`${e.message}; popup shows ${JSON.stringify(shown)}`);
  });
  expect(shown).toMatchObject({ shell: false, painted: true });
  await popup.close();
});
