import { treeText } from '../rules/tree-text';
import type { Article, ArticleText, MdNode } from '../rules/types';
import type { PackTopic } from './derived';

/**
 * A pack topic as the side panel and popup show it. Its article was parsed once, when its pack was
 * checked (at import, or when the background loaded a policy's pack), and arrives as a safe tree:
 * nothing is parsed here, so a hostile pack cannot make a page open slowly. (A topic an earlier
 * version stored as Markdown text shows as plain paragraphs — still never HTML — until the
 * background, at its next start, writes it as a tree.)
 */
export function packArticle(topic: PackTopic): Article {
  const body = topic.body ?? plainParagraphs(topic.markdown ?? '');
  const { markdown: _markdown, body: _body, translations, ...rest } = topic;
  const texts = Object.entries(translations ?? {}).map(([lang, t]): [string, ArticleText] => {
    const tree = t.body ?? plainParagraphs(t.markdown ?? '');
    return [lang, { lang, title: t.title, summary: t.summary, body: tree, plain: treeText(tree) }];
  });
  return { ...rest, body, plain: treeText(body), ...(texts.length > 0 ? { translations: Object.fromEntries(texts) } : {}) };
}

/** Text as paragraphs of plain text, without a Markdown parser. */
function plainParagraphs(text: string): MdNode[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ t: 'p' as const, c: [p] }));
}
