import type { MdNode } from './types';

/**
 * Plain text of an article tree (search indexes, a bold label's words). Apart from markdown.ts so
 * that extension pages can use it without the build's Markdown parser.
 */
export function treeText(nodes: readonly MdNode[]): string {
  return nodes
    .map((n) => (typeof n === 'string' ? n : ` ${treeText(n.c)} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
