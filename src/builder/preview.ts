import { markdownToTree } from '../rules/markdown';
import type { MdNode } from '../rules/types';

/**
 * The article as the side panel will show it: the same Markdown → safe tree the pack import uses,
 * rendered by the panel's own ArticleBody. Raw HTML, images and links that leave the extension are
 * refused with the parser's reason, never shown; whatever is shown is text nodes in a closed list of tags.
 */
export function previewArticle(markdown: string): { ok: true; nodes: MdNode[] } | { ok: false; reason: string } {
  try {
    return { ok: true, nodes: markdownToTree(markdown) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
