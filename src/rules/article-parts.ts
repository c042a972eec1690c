import { textIn, type ShownText } from './article-text';
import type { Article, ArticleText } from './types';

/**
 * The bundled articles cut the way the extension's pages load them: what a topic is, the same in
 * every language (`ArticleMeta`), apart from each language's words (`ArticleTexts`). The build emits
 * each part as a module of its own (src/build/rules/vite-plugin.ts); the popup and side panel load the
 * person's language only, pages that show every language join the parts back into `Article`s.
 */

/** An article without its words. */
export type ArticleMeta = Omit<Article, 'title' | 'summary' | 'body' | 'plain' | 'search' | 'translations'>;

/** One language's words of the articles written in it, by topic id (English: every article's). */
export type ArticleTexts = Record<string, ArticleText>;

/** A topic's article as the popup and side panel show it: its words in one language (textIn), the rest as bundled. */
export type ShownArticle = ArticleMeta & ShownText;

/** The English words of an article, in the shape of a translation. */
function englishText(a: Article): ArticleText {
  return { lang: 'en', title: a.title, summary: a.summary, ...(a.search && { search: a.search }), body: a.body, plain: a.plain };
}

/** Everything but the words, in the articles' order. */
export function articleMeta(articles: readonly Article[]): ArticleMeta[] {
  return articles.map(({ title: _t, summary: _s, body: _b, plain: _p, search: _w, translations: _l, ...meta }) => meta);
}

/** `lang`'s words of every article written in it (English: of every article). */
export function articleTexts(articles: readonly Article[], lang: string): ArticleTexts {
  const texts: ArticleTexts = {};
  for (const a of articles) {
    const text = lang === 'en' ? englishText(a) : a.translations?.[lang];
    if (text) texts[a.id] = text;
  }
  return texts;
}

/** The inverse of the two above: every article with its English words and its translations. */
export function joinArticles(meta: readonly ArticleMeta[], texts: Readonly<Record<string, ArticleTexts>>): Article[] {
  const others = Object.keys(texts).filter((lang) => lang !== 'en');
  return meta.map((m) => {
    const en = texts.en?.[m.id];
    if (!en) throw new Error(`no English text for ${m.id}`);
    const translations = Object.fromEntries(others.flatMap((lang) => (texts[lang]?.[m.id] ? [[lang, texts[lang][m.id]!]] : [])));
    return {
      ...m,
      title: en.title,
      summary: en.summary,
      body: en.body,
      plain: en.plain,
      ...(en.search && { search: en.search }),
      ...(Object.keys(translations).length > 0 && { translations }),
    };
  });
}

/**
 * The bundled articles as shown to a person reading `lang`: `own`, that language's words, where an
 * article has them; otherwise `english`, with `fellBack` set — exactly what `textIn` gives for the
 * whole article. `english` is needed only when `own` lacks an article (or `lang` is English).
 */
export function shownArticles(
  meta: readonly ArticleMeta[],
  lang: string,
  own: ArticleTexts | undefined,
  english: ArticleTexts | undefined,
): ShownArticle[] {
  return meta.map((m) => {
    const t = lang === 'en' ? undefined : own?.[m.id];
    if (t) return { ...m, title: t.title, summary: t.summary, body: t.body, lang, fellBack: false };
    const en = english?.[m.id];
    if (!en) throw new Error(`no English text for ${m.id}`);
    return { ...m, title: en.title, summary: en.summary, body: en.body, lang: 'en', fellBack: lang !== 'en' };
  });
}

/** Does showing `meta` in `lang` need the English words (a language with none, or an article it lacks)? */
export function needsEnglish(meta: readonly ArticleMeta[], lang: string, own: ArticleTexts | undefined): boolean {
  return lang === 'en' || !own || meta.some((m) => !own[m.id]);
}

/** One full article (a rule pack's) as shown in `lang`. */
export function shownArticle(article: Article, lang: string): ShownArticle {
  const [meta] = articleMeta([article]);
  return { ...meta!, ...textIn(article, lang) };
}
