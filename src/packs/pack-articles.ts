import { CATALOGS, isLocale } from '../i18n';
import { markdownToTree, treeText } from '../rules/markdown';
import { localeHeadings, markSections } from '../rules/translations';
import type { Article, ArticleText, MdNode } from '../rules/types';
import type { PackTopic } from './derived';

/**
 * A pack topic as the side panel and popup show it. Imported packs had their Markdown checked at
 * import; a policy pack's is checked only here (the background has no Markdown parser), so an
 * article that fails is shown as its plain text in paragraphs — still never HTML.
 */
export function packArticle(topic: PackTopic): Article {
  const body = safeTree(topic.markdown);
  const { markdown: _markdown, translations, ...rest } = topic;
  const texts = Object.entries(translations ?? {}).flatMap(([lang, t]): [string, ArticleText][] => {
    const locale = lang.replace('-', '_');
    const headings = isLocale(locale) ? localeHeadings(CATALOGS[locale]) : null;
    if (!headings) return []; // a language Signpost does not speak: the English article stands
    const tree = markSections(safeTree(t.markdown), headings);
    return [[lang, { lang, title: t.title, summary: t.summary, body: tree, plain: treeText(tree) }]];
  });
  return { ...rest, body, plain: treeText(body), ...(texts.length > 0 ? { translations: Object.fromEntries(texts) } : {}) };
}

/** Markdown as a safe tree; Markdown the renderer refuses becomes its plain paragraphs (never HTML). */
function safeTree(markdown: string): MdNode[] {
  try {
    return markdownToTree(markdown);
  } catch {
    return markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((p) => ({ t: 'p' as const, c: [p] }));
  }
}

/** Bundled articles with the pack topics merged in (same id: the pack's), in id order. */
export function mergeArticles(bundled: readonly Article[], topics: readonly PackTopic[]): Article[] {
  if (topics.length === 0) return bundled as Article[];
  const byId = new Map(bundled.map((a) => [a.id, a] as const));
  for (const topic of topics) byId.set(topic.id, packArticle(topic));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
