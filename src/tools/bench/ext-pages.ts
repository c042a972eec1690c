import { rmSync } from 'node:fs';
import { EXTENSION_DIR, launchWithExtension, serveOffline, type Launched } from '../browser';
import { readFixture, shippedRules } from '../../screens/fixtures';
import { createSearch } from '../../search';
import {
  ARTICLE_PAINTED,
  clickClock,
  clickInClosedShadow,
  inSidePanel,
  pageScript,
  popupProbe,
  type FirstRow,
  type PopupTimes,
} from './cold-probes';
import { minimalExtension, SCRIPTED_PANEL_PAGES, SHOW_THE_FIX } from './minimal-ext';
import { median, round } from './stats';
import type { Figure, Section } from './types';

/**
 * The extension's own pages opened cold — a fresh browser and profile for every open, as when a
 * person first clicks the toolbar button or the card — beside a minimal extension (minimal-ext.ts)
 * opened the same way in the same run, alternating which goes first. What Chromium costs anyway
 * (starting a renderer, loading the page, first paint) is in both; Signpost's figure is its median
 * less the minimal one's, budgeted in bench/budgets.json.
 *
 * Opens: the popup (as a tab: Playwright cannot click the toolbar), the side panel page at
 * `#topic=`, and the real side panel opened by the hint card's button on a recognised screen.
 */
const OPENS = Number(process.env.BENCH_COLD_OPENS ?? 7);
/** After the browser starts: its own start-up work and the service worker's are not the page's. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 500);
const QUERY = 'backup code not working';
const CARD_FIXTURE = 'instagram/suspicious-login/page-en.html';
const TOPIC = 'instagram/suspicious-login';

interface Subject {
  dir: string;
  cardHost: string;
  /** The typed query's first row, as this extension's popup shows it. */
  first: FirstRow;
}

type Measure = 'popupReady' | 'popupResult' | 'panelArticle' | 'hintToPanel';
type Runs = Record<Measure, number[]>;

async function cold<T>(subject: Subject, use: (launched: Launched) => Promise<T>): Promise<T> {
  const launched = await launchWithExtension({ extensionDir: subject.dir });
  try {
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return await use(launched);
  } finally {
    await launched.context.close();
    rmSync(launched.profile, { recursive: true, force: true });
  }
}

/** The popup's box focused and shown, then the typed query's first result shown: ms from navigation start. */
function openPopup(subject: Subject): Promise<Required<PopupTimes>> {
  return cold(subject, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.addInitScript(pageScript(popupProbe, { query: QUERY, first: subject.first }));
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const handle = await page.waitForFunction(
      () => {
        const t = (window as unknown as { __coldOpen?: PopupTimes }).__coldOpen;
        return t?.ready !== undefined && t.result !== undefined ? t : null;
      },
      undefined,
      { timeout: 15_000 },
    );
    return (await handle.jsonValue()) as Required<PopupTimes>;
  });
}

/** The side panel's page opened at one topic: its article's text painted, ms from navigation start. */
function openPanelAt(subject: Subject, file = 'sidepanel.html'): Promise<number> {
  return cold(subject, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}#topic=${encodeURIComponent(TOPIC)}`);
    const epoch = (await page.evaluate(ARTICLE_PAINTED)) as number;
    return epoch - (await page.evaluate(() => performance.timeOrigin));
  });
}

/** A recognised screen's card, its button clicked: ms from the click to the article's text painted in the real side panel. */
function hintToPanel(subject: Subject): Promise<number> {
  const fixture = readFixture(CARD_FIXTURE);
  return cold(subject, async ({ context, extensionId }) => {
    await serveOffline(context, (url) => (url.href === fixture.url ? { body: fixture.html } : null));
    const page = await context.newPage();
    await page.addInitScript(pageScript(clickClock));
    await page.goto(fixture.url);
    await clickInClosedShadow(page, subject.cardHost, SHOW_THE_FIX);
    const painted = (await inSidePanel(context, page, extensionId, ARTICLE_PAINTED)) as number;
    const clicked = await page.evaluate(() => (window as unknown as { __clickAt?: number }).__clickAt);
    if (clicked === undefined) throw new Error('the click on the card was not seen by the page');
    return painted - clicked;
  });
}

const LABELS: Record<Measure, [key: string, what: string]> = {
  popupReady: ['extPopupReadyOverMs', 'popup search box focused and shown'],
  popupResult: ['extPopupResultOverMs', `popup first result for "${QUERY}" (typed when the box is shown)`],
  panelArticle: ['extPanelArticleOverMs', 'side panel page at #topic=: article text painted'],
  hintToPanel: ['extHintToPanelOverMs', 'card "Show the fix" clicked → article text painted in the side panel'],
};

const list = (runs: number[]) => runs.map((r) => r.toFixed(0)).join(', ');

function figures(signpost: Runs, minimal: Runs): Figure[] {
  return (Object.keys(LABELS) as Measure[]).flatMap((m) => {
    const [key, what] = LABELS[m];
    const s = median(signpost[m]);
    const n = median(minimal[m]);
    return [
      {
        key,
        label: `${what}: Signpost − minimal extension (medians of ${signpost[m].length} cold opens)`,
        value: round(s - n, 1),
        unit: 'ms',
        detail: `Signpost ${round(s, 1)} ms (${list(signpost[m])}); minimal ${round(n, 1)} ms (${list(minimal[m])})`,
      },
      { key: '', label: `— ${what}: Signpost`, value: round(s, 1), unit: 'ms' },
      { key: '', label: `— ${what}: minimal extension`, value: round(n, 1), unit: 'ms' },
    ];
  });
}

export const extPages: Section = {
  name: 'ext-pages',
  async run() {
    // The first result the popup must show for the query, as its own search ranks it; a query whose
    // first result already heads the empty box's list could not tell the results from that list.
    const search = createSearch(shippedRules().articles, 'en');
    const expected = search.search(QUERY)[0]?.id;
    const browsedFirst = search.browse().groups[0]?.hits[0]?.id;
    if (!expected || expected === browsedFirst)
      throw new Error(`ext-pages: "${QUERY}" must have a first result other than the empty box's first row`);
    const host = new URL(readFixture(CARD_FIXTURE).url).origin;
    const subjects: Record<'signpost' | 'minimal', Subject> = {
      signpost: {
        dir: EXTENSION_DIR,
        cardHost: 'signpost-hint[data-signpost-ui]',
        first: { selector: '[role="option"]', attr: 'data-topic', equals: expected },
      },
      minimal: { dir: minimalExtension([host]), cardHost: 'minimal-hint', first: { selector: '[role="option"]', equals: QUERY } },
    };
    const runs = { signpost: emptyRuns(), minimal: emptyRuns() };
    const scripted = Object.fromEntries(Object.keys(SCRIPTED_PANEL_PAGES).map((how) => [how, [] as number[]]));
    for (let round = 0; round < OPENS; round++) {
      for (const which of round % 2 === 0 ? (['minimal', 'signpost'] as const) : (['signpost', 'minimal'] as const)) {
        const popup = await openPopup(subjects[which]);
        runs[which].popupReady.push(popup.ready);
        runs[which].popupResult.push(popup.result);
        runs[which].panelArticle.push(await openPanelAt(subjects[which]));
        runs[which].hintToPanel.push(await hintToPanel(subjects[which]));
        if (which === 'minimal')
          for (const [how, file] of Object.entries(SCRIPTED_PANEL_PAGES)) scripted[how]!.push(await openPanelAt(subjects.minimal, file));
      }
      process.stderr.write(`  ext-pages: round ${round + 1}/${OPENS}\n`);
    }
    rmSync(subjects.minimal.dir, { recursive: true, force: true });
    return [...figures(runs.signpost, runs.minimal), ...scriptedFigures(runs.signpost, scripted)];
  },
};

/**
 * The side panel's article against the minimal paragraph put in by a script, at once and after one
 * storage read: no budget, a reading. Any page whose words depend on a setting reads it and paints
 * with a script; this shows how much of Signpost's figure is that, on this machine, in this run.
 */
function scriptedFigures(signpost: Runs, scripted: Record<string, number[]>): Figure[] {
  const s = median(signpost.panelArticle);
  const what = 'side panel page at #topic=: article text painted';
  return Object.entries(scripted).map(([how, runs]) => {
    const n = median(runs);
    return {
      key: '',
      label: `${what}: Signpost − minimal page painted by a ${how} (medians of ${runs.length} cold opens; no budget)`,
      value: round(s - n, 1),
      unit: 'ms',
      detail: `Signpost ${round(s, 1)} ms; minimal, ${how} ${round(n, 1)} ms (${list(runs)})`,
    };
  });
}

const emptyRuns = (): Runs => ({ popupReady: [], popupResult: [], panelArticle: [], hintToPanel: [] });
