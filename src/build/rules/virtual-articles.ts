import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS } from '../../search/fields';
import { searchData } from '../../search/topics';
import { articleMeta, articleTexts } from '../../rules/article-parts';
import type { Article } from '../../rules/types';

/**
 * Build time: the articles and their search as virtual modules cut so that a page loads only what
 * it shows (the side panel one language's words, the popup one language's result rows and the
 * index). Each `…-<lang>` module is reached through `virtual:signpost/loaders` by a dynamic import,
 * so Vite gives each a chunk of its own:
 *
 *   article-meta          what each topic is, in every language (kind, links, screen phrases)
 *   article-texts-<lang>  that language's words of every article written in it
 *   articles              every article with its translations, joined from the two above, for the
 *                         pages that show any topic in any language (settings, replay)
 *   search-index          the index MiniSearch made of every article in every language, serialised
 *                         (src/search/prebuilt.ts loads it)
 *   search-data-<lang>    result rows titled in that language, and its search terms' words
 *   loaders               `texts` and `search`: language → () => import(that module); `index`
 */
export const PREFIX = 'virtual:signpost/';
const TEXTS = 'article-texts-';
const SEARCH = 'search-data-';
const ARTICLE_PARTS = JSON.stringify(resolve(import.meta.dirname, '../../rules/article-parts.ts'));

/** Every module id this file answers for, given the languages the interface speaks ('en' first). */
export function articleModuleIds(languages: readonly string[]): string[] {
  return ['articles', 'article-meta', 'search-index', 'loaders', ...languages.flatMap((l) => [`${TEXTS}${l}`, `${SEARCH}${l}`])].map(
    (m) => PREFIX + m,
  );
}

/** The bundled articles' index, serialised: the same for every interface language (it holds them all). */
export function serializedIndex(articles: readonly Article[]): string {
  const index = new MiniSearch<Article>(INDEX_OPTIONS);
  index.addAll(articles as Article[]);
  return JSON.stringify(index);
}

/** JSON as a module: a string parsed once is faster to load than the same object literal. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** The code of module `id` (one of `articleModuleIds`). */
export function articleModule(id: string, articles: readonly Article[], languages: readonly string[]): string {
  const name = id.slice(PREFIX.length);
  if (name === 'article-meta') return jsonModule(articleMeta(articles));
  if (name.startsWith(TEXTS)) return jsonModule(articleTexts(articles, name.slice(TEXTS.length)));
  if (name === 'search-index') return `export default ${JSON.stringify(serializedIndex(articles))};`;
  if (name.startsWith(SEARCH))
    return `export { default as index } from ${JSON.stringify(`${PREFIX}search-index`)};\n${jsonModule(searchData(articles, name.slice(SEARCH.length)))}`;
  if (name === 'articles') {
    const parts = languages.map((l, i) => `import t${i} from ${JSON.stringify(`${PREFIX}${TEXTS}${l}`)};`);
    const texts = languages.map((l, i) => `${JSON.stringify(l)}: t${i}`).join(', ');
    return `import { joinArticles } from ${ARTICLE_PARTS};\nimport meta from ${JSON.stringify(`${PREFIX}article-meta`)};\n${parts.join('\n')}\nexport default joinArticles(meta, { ${texts} });`;
  }
  if (name === 'loaders') {
    const map = (kind: string) =>
      `{ ${languages.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${PREFIX}${kind}${l}`)})`).join(', ')} }`;
    return `export const texts = ${map(TEXTS)};\nexport const search = ${map(SEARCH)};\nexport const index = () => import(${JSON.stringify(`${PREFIX}search-index`)});`;
  }
  throw new Error(`no virtual module ${id}`);
}
