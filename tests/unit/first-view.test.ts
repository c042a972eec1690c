import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import { firstViewFiles, parkScripts, searchFile } from '../../src/build/first-view';
import { FIRST_VIEW_MESSAGES, firstViewPath } from '../../src/first-view/files';
import { uiLanguageOf } from '../../src/first-view/language';
import { ON_SCREEN_GIVE_UP_MS, whenOnScreen } from '../../src/first-view/run';
import { UI_LANGUAGES } from '../../src/i18n';
import { applyPolicy, parseManagedPolicy } from '../../src/settings/policy/managed';
import type { Article } from '../../src/rules/types';
import { createSearch } from '../../src/search';
import { INDEX_OPTIONS } from '../../src/search/fields';
import { rankedSearch } from '../../src/search/rank';
import { parseSettings } from '../../src/settings/schema';
import { shippedRules } from './helpers';

// The side panel's first view paints the article before the panel's scripts load. It must paint
// what the panel will: the same language, the same words, for every topic and language.

describe('the first view reads the language setting as the settings do', () => {
  const aValue = fc.oneof(fc.constantFrom(...UI_LANGUAGES, 'pt-BR', 'fr', 'EN', '', 'auto '), fc.anything());
  const aStoredObject = fc.oneof(
    fc.record({ uiLanguage: aValue }, { requiredKeys: [] }),
    fc.record({ uiLanguage: aValue, hints: fc.anything(), sites: fc.anything(), mutedTopics: fc.anything() }, { requiredKeys: [] }),
    fc.anything(),
  );

  it('agrees with parsing the stored settings and applying the stored policy copy, for any stored values', () => {
    fc.assert(
      fc.property(aStoredObject, aStoredObject, (settings, policy) => {
        expect(uiLanguageOf(settings, policy)).toBe(applyPolicy(parseSettings(settings), parseManagedPolicy(policy)).uiLanguage);
      }),
      { numRuns: 5_000 },
    );
  });

  it('a policy that fixes the language wins over the person; an invalid one does not', () => {
    expect(uiLanguageOf({ uiLanguage: 'pt_BR' }, { uiLanguage: 'es' })).toBe('es');
    expect(uiLanguageOf({ uiLanguage: 'pt_BR' }, { uiLanguage: 'klingon' })).toBe('pt_BR');
    expect(uiLanguageOf(undefined, undefined)).toBe('auto');
  });
});

describe("the page's scripts wait for the first view to be on screen", () => {
  /** A stand-in for the browser's PerformanceObserver: the test hands it the entries the browser would report. */
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    static live: FakeObserver[] = [];
    types: string[] = [];
    disconnected = false;
    constructor(private readonly callback: (list: { getEntries(): object[] }) => void) {
      FakeObserver.live.push(this);
    }
    observe({ type }: { type: string }) {
      this.types.push(type);
    }
    disconnect() {
      this.disconnected = true;
    }
    report(...entries: object[]) {
      if (!this.disconnected) this.callback({ getEntries: () => entries });
    }
  }
  const started = () => {
    FakeObserver.live = [];
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const then = vi.fn();
    whenOnScreen(100, then);
    return { then, observer: FakeObserver.live[0]! };
  };
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('not on a paint from before the first view; on the first one from after it, once', () => {
    const { then, observer } = started();
    expect(observer.types).toEqual(['paint', 'largest-contentful-paint']);
    observer.report({ entryType: 'paint', startTime: 60 }, { entryType: 'largest-contentful-paint', startTime: 80, renderTime: 90 });
    expect(then).not.toHaveBeenCalled();
    observer.report({ entryType: 'largest-contentful-paint', startTime: 99, renderTime: 130 });
    expect(then).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
    vi.advanceTimersByTime(ON_SCREEN_GIVE_UP_MS);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('without any report (a hidden page), after the bound', () => {
    const { then } = started();
    vi.advanceTimersByTime(ON_SCREEN_GIVE_UP_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a browser without paint reports, after the bound', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    const then = vi.fn();
    whenOnScreen(100, then);
    vi.advanceTimersByTime(ON_SCREEN_GIVE_UP_MS);
    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('first-view files', () => {
  const { articles } = shippedRules();
  const languages = ['en', 'es', 'pt-BR'];
  const files = firstViewFiles(articles, languages, resolve('public/_locales'));

  it('one per bundled topic and interface language, where the first view looks for it', () => {
    expect(files.size).toBe(articles.length * languages.length);
    for (const lang of languages) for (const a of articles) expect(files.get(firstViewPath(lang, a.id)!)?.article.id).toBe(a.id);
  });

  it('each holds the words the panel shows: the translation, else English marked as such', () => {
    for (const lang of languages) {
      for (const a of articles) {
        const { article } = files.get(firstViewPath(lang, a.id)!)!;
        const translated = lang === 'en' ? null : a.translations?.[lang];
        expect(article.lang).toBe(translated ? lang : 'en');
        expect(article.fellBack).toBe(lang !== 'en' && !translated);
        expect(article.title).toBe(translated ? translated.title : a.title);
        expect(article.body).toEqual(translated ? translated.body : a.body);
      }
    }
  });

  it('each holds the interface strings in its own language', () => {
    for (const lang of languages) {
      const ui = files.get(firstViewPath(lang, articles[0]!.id)!)!.ui;
      expect(Object.keys(ui).sort()).toEqual([...FIRST_VIEW_MESSAGES].sort());
      expect(Object.values(ui).every((text) => text.length > 0)).toBe(true);
    }
    const settingsIn = (lang: string) => files.get(firstViewPath(lang, articles[0]!.id)!)!.ui.panelSettings;
    expect(new Set(languages.map(settingsIn)).size).toBe(languages.length);
  });

  it('a path is only ever a topic id: an address cannot reach outside the folder', () => {
    expect(firstViewPath('en', 'instagram/suspicious-login')).toBe('first-view/en/instagram/suspicious-login.json');
    for (const id of ['../manifest', 'instagram/../../x', 'instagram/a.json?x', 'x', 'Instagram/A', 'a/b/c', 'a/b%2f'])
      expect(firstViewPath('en', id)).toBeNull();
  });
});

describe('parking the panel scripts', () => {
  const page = `<!doctype html><html><head><title>x</title>
<script type="module" crossorigin src="/chunks/sidepanel-abc.js"></script>
<link rel="modulepreload" crossorigin href="/chunks/a.js">
<link rel="modulepreload" crossorigin href="/chunks/b.js">
<style>body{}</style></head><body><div id="first-view"></div><div id="app"></div></body></html>`;
  const fail = (message: string): never => {
    throw new Error(message);
  };

  it('moves the entry and its preloads into the template and loads the first view instead', () => {
    const out = parkScripts(page, { script: '/panel-first-view.js', paintsInto: 'first-view' }, fail);
    const template = /<template id="app-start">(.*?)<\/template>/s.exec(out)?.[1] ?? '';
    expect(template).toContain('src="/chunks/sidepanel-abc.js"');
    expect(template).toContain('href="/chunks/a.js"');
    expect(template).toContain('href="/chunks/b.js"');
    // Nothing of the panel's loads outside the template: only the first view's script.
    const outside = out.replace(/<template id="app-start">.*?<\/template>/s, '');
    expect(outside).not.toMatch(/type="module"|modulepreload/);
    expect(outside).toContain('<script src="/panel-first-view.js" defer></script>');
    expect(outside).toContain('<style>body{}</style>');
  });

  it('refuses a page without the element to paint into, or without exactly one entry', () => {
    const panel = { script: '/f.js', paintsInto: 'first-view' };
    expect(() => parkScripts(page.replace('id="first-view"', 'id="other"'), panel, fail)).toThrow(/first-view/);
    expect(() => parkScripts(page.replace(/<script type="module".*?<\/script>/, ''), panel, fail)).toThrow(/one module script, found 0/);
  });

  it("the popup's first view has its search file preloaded, in the head, before its script", () => {
    const out = parkScripts(page, { script: '/popup-first-view.js', paintsInto: 'first-view', preload: '/first-view/search.json' }, fail);
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('<link rel="preload" as="fetch" crossorigin href="/first-view/search.json">');
    expect(head.indexOf('rel="preload"')).toBeLessThan(head.indexOf('/popup-first-view.js'));
  });
});

describe("the popup's search file", () => {
  const { articles } = shippedRules();
  const languages = ['en', 'es', 'pt-BR'];
  const file = JSON.parse(JSON.stringify(searchFile(articles, languages))) as ReturnType<typeof searchFile>;

  it('answers every query as the search made from the articles does, in every language', () => {
    for (const lang of languages) {
      const loaded = rankedSearch(MiniSearch.loadJS<Article>(file.index, INDEX_OPTIONS), file.rows[lang]!);
      const made = createSearch(articles, lang);
      const queries = articles.flatMap((a) => [a.title, lang === 'en' ? a.summary : (a.translations?.[lang]?.title ?? a.title)]);
      for (const query of [...queries, 'backup code not working', 'codigo', 'twitter locked']) {
        expect(
          loaded.search(query).map((h) => h.id),
          `${lang}: "${query}"`,
        ).toEqual(made.search(query).map((h) => h.id));
      }
      expect(loaded.browse()).toEqual(made.browse());
    }
  });
});
