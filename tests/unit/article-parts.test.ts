import { describe, expect, it } from 'vitest';
import { articleMeta, articleTexts, joinArticles, needsEnglish, shownArticle, shownArticles } from '../../src/rules/article-parts';
import { textIn } from '../../src/rules/article-text';
import type { Article } from '../../src/rules/types';
import { shippedRules } from './helpers';

// The build cuts the bundled articles into what a topic is and each language's words; pages load
// one language (side panel) or join them all back (settings, replay). Nothing may be lost or changed.
const { articles } = shippedRules();
const LANGUAGES = ['en', 'es', 'pt-BR'];
const parts = (list: readonly Article[]) => ({
  meta: articleMeta(list),
  texts: Object.fromEntries(LANGUAGES.map((l) => [l, articleTexts(list, l)])),
});

describe('article parts', () => {
  it('joined back, the parts are the compiled articles exactly', () => {
    const { meta, texts } = parts(articles);
    expect(articles.some((a) => a.translations?.es) && articles.some((a) => a.translations?.['pt-BR'])).toBe(true);
    expect(joinArticles(meta, texts)).toStrictEqual(articles);
  });

  it("no part holds another language's words: a language's texts are its translations only", () => {
    const es = articleTexts(articles, 'es');
    expect(Object.values(es).every((t) => t.lang === 'es')).toBe(true);
    expect(Object.keys(es)).toEqual(articles.filter((a) => a.translations?.es).map((a) => a.id));
    expect(JSON.stringify(articleMeta(articles))).not.toContain(articles[0]!.summary);
  });

  it.each(LANGUAGES)('shown in %s: the same words, language and note as textIn gives for the whole article', (lang) => {
    const { meta, texts } = parts(articles);
    const expected = articles.map((a) => {
      const { title: _t, summary: _s, body: _b, plain: _p, search: _w, translations: _l, ...rest } = a;
      return { ...rest, ...textIn(a, lang) };
    });
    expect(shownArticles(meta, lang, texts[lang], texts.en)).toStrictEqual(expected);
    expect(articles.map((a) => shownArticle(a, lang))).toStrictEqual(expected);
  });

  it('an article without a translation is shown in English with the note; English is needed only then', () => {
    const missing = 'x/email-swap';
    const list = articles.map((a) => (a.id === missing ? { ...a, translations: undefined } : a));
    const { meta, texts } = parts(list);
    expect(needsEnglish(meta, 'es', texts.es)).toBe(true);
    expect(needsEnglish(parts(articles).meta, 'es', parts(articles).texts.es)).toBe(false);
    expect(() => shownArticles(meta, 'es', texts.es, undefined)).toThrow(missing);
    const shown = shownArticles(meta, 'es', texts.es, texts.en);
    expect(shown.find((a) => a.id === missing)).toMatchObject({
      lang: 'en',
      fellBack: true,
      title: articles.find((a) => a.id === missing)!.title,
    });
    expect(shown.filter((a) => a.id !== missing).every((a) => a.lang === 'es' && !a.fellBack)).toBe(true);
  });

  it('a language the build has no words for shows every article in English, with the note', () => {
    const { meta, texts } = parts(articles);
    expect(needsEnglish(meta, 'fr', undefined)).toBe(true);
    const shown = shownArticles(meta, 'fr', undefined, texts.en);
    expect(shown.every((a) => a.lang === 'en' && a.fellBack)).toBe(true);
    expect(shown.map((a) => a.title)).toEqual(articles.map((a) => a.title));
  });
});
