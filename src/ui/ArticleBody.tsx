import type { ComponentChildren } from 'preact';
import type { MdNode } from '../rules/types';

/**
 * Renders the build's article tree as Preact elements. Text is always a text node, tags come from a
 * closed list, and links are topic ids (never URLs): nothing from a rule file can become markup.
 */
export function ArticleBody({ nodes, onTopic }: { nodes: readonly MdNode[]; onTopic: (id: string) => void }) {
  return <>{nodes.map((n, i) => renderNode(n, i, onTopic))}</>;
}

function renderNode(node: MdNode, key: number, onTopic: (id: string) => void): ComponentChildren {
  if (typeof node === 'string') return node;
  const children = node.c.map((c, i) => renderNode(c, i, onTopic));
  switch (node.t) {
    case 'a':
      return (
        <a key={key} href={`#topic=${encodeURIComponent(node.topic)}`} onClick={(e) => (e.preventDefault(), onTopic(node.topic))}>
          {children}
        </a>
      );
    case 'br':
      return <br key={key} />;
    case 'h2':
      return <h3 key={key}>{children}</h3>; // the panel's own h2 is the article title
    case 'h3':
      return <h4 key={key}>{children}</h4>;
    case 'p':
      return <p key={key}>{children}</p>;
    case 'ul':
      return <ul key={key}>{children}</ul>;
    case 'ol':
      return <ol key={key}>{children}</ol>;
    case 'li':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'em':
      return <em key={key}>{children}</em>;
    case 'code':
      return <code key={key}>{children}</code>;
    default:
      return null; // an unknown node kind from a newer build: drop it rather than guess
  }
}
