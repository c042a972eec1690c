import { pickLanguage } from '../i18n/languages';
import type { Article, MdNode } from './types';

/** An article's words as a person reads them: in their language when it has a translation. */
export interface ShownText {
  title: string;
  summary: string;
  body: MdNode[];
  /** The language the words are in (BCP 47: en, es, pt-BR). */
  lang: string;
  /** The person's language was asked for and the article has no translation in it: English instead. */
  fellBack: boolean;
}

/** `lang`: the interface language as BCP 47 ("pt-BR"). English, and any language without a translation, gives the English article. */
export function textIn(article: Article, lang: string): ShownText {
  const shown = pickLanguage(lang, (l) => article.translations?.[l] !== undefined);
  const t = shown === 'en' ? undefined : article.translations![shown]!;
  if (t) return { title: t.title, summary: t.summary, body: t.body, lang, fellBack: false };
  return { title: article.title, summary: article.summary, body: article.body, lang: 'en', fellBack: lang !== 'en' };
}

/** Every language's text of one field, for search: a query in any of them finds the article. */
export function allLanguages(article: Article, field: 'title' | 'summary' | 'plain'): string {
  return [article[field], ...Object.values(article.translations ?? {}).map((t) => t[field])].join(' \n ');
}
