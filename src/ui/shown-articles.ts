import meta from 'virtual:signpost/article-meta';
import { texts } from 'virtual:signpost/loaders';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { overrideById } from '../packs/effective';
import { needsEnglish, shownArticle, shownArticles, type ArticleTexts, type ShownArticle } from '../rules/article-parts';
import { usePackArticles } from './pack-topics';

/**
 * The articles the side panel shows, in the person's language: that language's words only (a chunk
 * per language), and the English ones — the bundled fallback — only when an article has no
 * translation in it, then shown in English with the note, as always (textIn). Rule packs' topics
 * take their place by id, as everywhere (src/packs/effective.ts).
 */
const bundled = new Map<string, Promise<ShownArticle[]>>();

/** The articles a page shows, by topic id. */
export type ShownById = ReadonlyMap<string, ShownArticle>;

const textsIn = async (lang: string): Promise<ArticleTexts> => (await texts[lang]!()).default;

/** The bundled articles as shown in `lang` (loaded once per language). */
export function loadShownArticles(lang: string): Promise<ShownArticle[]> {
  let loading = bundled.get(lang);
  if (!loading) {
    loading = (async () => {
      const own = texts[lang] ? await textsIn(lang) : undefined;
      const english = lang === 'en' ? own : needsEnglish(meta, lang, own) ? await textsIn('en') : undefined;
      return shownArticles(meta, lang, own, english);
    })();
    bundled.set(lang, loading);
  }
  return loading;
}

/**
 * Every article in `lang` by id, the packs' in place; null until the first language has loaded.
 * Re-renders when packs change. When the person switches language, the articles stay in the one
 * they were in until the new one has loaded, rather than giving way to "Loading…".
 */
export function useShownArticles(lang: string): ShownById | null {
  const packs = usePackArticles();
  const [loaded, setLoaded] = useState<{ lang: string; list: ShownArticle[] } | null>(null);
  // A layout effect: the chunk is asked for as the panel first renders, not after the next paint.
  useLayoutEffect(() => {
    let live = true;
    void loadShownArticles(lang).then((list) => live && setLoaded({ lang, list }));
    return () => void (live = false);
  }, [lang]);
  return useMemo(() => {
    if (!loaded || packs === null) return null;
    const fromPacks = packs.map((pack) => shownArticle(pack, loaded.lang));
    return new Map(overrideById(loaded.list, fromPacks).map((a) => [a.id, a]));
  }, [loaded, packs]);
}
