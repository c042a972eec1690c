import { h, type ComponentChildren } from 'preact';
import type { MdNode } from '../rules/types';

/**
 * Renders the build's article tree as Preact elements. Text is always a text node, tags come from a
 * closed list, and links are topic ids (never URLs): nothing from a rule file can become markup.
 */
export function ArticleBody({ nodes, onTopic }: { nodes: readonly MdNode[]; onTopic: (id: string) => void }) {
  return <>{nodes.map((n, i) => renderNode(n, i, onTopic))}</>;
}

/** The closed list of tags a tree node may become. Headings step down one level: the panel's own h2
 * is the article title. A kind missing here (from a newer build) is dropped rather than guessed. */
const TAGS: Partial<Record<string, string>> = {
  h2: 'h3', h3: 'h4', p: 'p', ul: 'ul', ol: 'ol', li: 'li', blockquote: 'blockquote', strong: 'strong', em: 'em', code: 'code', br: 'br',
};

function renderNode(node: MdNode, key: number, onTopic: (id: string) => void): ComponentChildren {
  if (typeof node === 'string') return node;
  const children = node.c.map((c, i) => renderNode(c, i, onTopic));
  if (node.t === 'a') {
    return (
      <a key={key} href={`#topic=${encodeURIComponent(node.topic)}`} onClick={(e) => (e.preventDefault(), onTopic(node.topic))}>
        {children}
      </a>
    );
  }
  const Tag = TAGS[node.t];
  if (!Tag) return null;
  return node.t === 'br' ? <br key={key} /> : h(Tag, { key }, children);
}
