import type { Kind } from '../engine/types';
import { textIn } from '../rules/article-text';
import type { Article } from '../rules/types';
import { searchTermsOf, tokens } from './fields';
import type { Hit } from './index';
import { stopWords } from './words';

/** A topic as a result list shows it, with its kind (the empty box lists blocking screens first). */
export interface SearchTopic extends Hit {
  kind: Kind;
}

/**
 * What a search needs besides its index, for a person reading `lang`: the topics in the articles'
 * order (ties of "most common" keep it), titled in that language; and each topic's search terms
 * as their meaningful words — stop words depend on the language — numbered in `vocabulary`, so a
 * query compares each distinct word once. Plain data: the build writes it per language.
 */
export interface SearchData {
  lang: string;
  topics: SearchTopic[];
  vocabulary: string[];
  /** Topic id → its search terms, each as the numbers of its words in `vocabulary`. */
  termWords: Record<string, number[][]>;
}

/**
 * The search data of `articles` for `lang`. Given `after`, the data of other topics already made,
 * the words go on being numbered after its vocabulary (a rule pack's topics, added at open).
 */
export function searchData(articles: readonly Article[], lang: string, after?: Pick<SearchData, 'vocabulary'>): SearchData {
  const stop = stopWords(lang);
  const vocabulary = [...(after?.vocabulary ?? [])];
  const wordId = new Map(vocabulary.map((w, i) => [w, i]));
  const idOf = (w: string) => wordId.get(w) ?? (wordId.set(w, vocabulary.push(w) - 1), vocabulary.length - 1);
  const termWords: Record<string, number[][]> = {};
  for (const a of articles) {
    termWords[a.id] = searchTermsOf(a)
      .map((t) =>
        tokens(t)
          .filter((w) => !stop.has(w))
          .map(idOf),
      )
      .filter((w) => w.length > 0);
  }
  return { lang, topics: articles.map((a) => toTopic(a, lang)), vocabulary, termWords };
}

function toTopic(a: Article, lang: string): SearchTopic {
  const shown = textIn(a, lang);
  return { id: a.id, platform: a.platform, title: shown.title, summary: shown.summary, lang: shown.lang, kind: a.kind };
}
