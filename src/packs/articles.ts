import { markdownToTree, treeText } from '../rules/markdown';
import type { Article, MdNode } from '../rules/types';
import type { PackTopic } from './topics';

/**
 * A pack topic as the side panel and popup show it. Imported packs had their Markdown checked at
 * import; a policy pack's is checked only here (the background has no Markdown parser), so an
 * article that fails is shown as its plain text in paragraphs — still never HTML.
 */
export function packArticle(topic: PackTopic): Article {
  let body: MdNode[];
  try {
    body = markdownToTree(topic.markdown);
  } catch {
    body = topic.markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((p) => ({ t: 'p' as const, c: [p] }));
  }
  const { markdown: _markdown, ...rest } = topic;
  return { ...rest, body, plain: treeText(body) };
}

/** Bundled articles with the pack topics merged in (same id: the pack's), in id order. */
export function mergeArticles(bundled: readonly Article[], topics: readonly PackTopic[]): Article[] {
  if (topics.length === 0) return bundled as Article[];
  const byId = new Map(bundled.map((a) => [a.id, a] as const));
  for (const topic of topics) byId.set(topic.id, packArticle(topic));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
