import { h, type ComponentChildren } from 'preact';
import { normalize } from '../engine/normalize';
import type { MdNode } from '../rules/types';

/**
 * The recognised screen's own labels (the tab state's `labels`: the page's text of a control, keyed
 * by every phrase of the rule condition that saw it) and how to say them in the interface language.
 * A bold label of the article that the screen shows in other words gets them beside it.
 */
export interface OnScreen {
  labels: Readonly<Record<string, string>>;
  say: (label: string) => string;
  lang: string;
  /** "Show me": outline that control on the page (the button's words, and what it does). */
  show?: { label: string; act: (label: string) => void };
}

/**
 * Renders the build's article tree as Preact elements. Text is always a text node, tags come from a
 * closed list, and links are topic ids (never URLs): nothing from a rule file can become markup.
 */
export function ArticleBody({ nodes, onTopic, onScreen }: { nodes: readonly MdNode[]; onTopic: (id: string) => void; onScreen?: OnScreen }) {
  return <>{nodes.map((n, i) => renderNode(n, i, onTopic, onScreen))}</>;
}

/** The closed list of tags a tree node may become. Headings step down one level: the panel's own h2
 * is the article title. A kind missing here (from a newer build) is dropped rather than guessed. */
const TAGS: Partial<Record<string, string>> = {
  h2: 'h3', h3: 'h4', p: 'p', ul: 'ul', ol: 'ol', li: 'li', blockquote: 'blockquote', strong: 'strong', em: 'em', code: 'code', br: 'br',
};

function renderNode(node: MdNode, key: number, onTopic: (id: string) => void, onScreen?: OnScreen): ComponentChildren {
  if (typeof node === 'string') return node;
  const children = node.c.map((c, i) => renderNode(c, i, onTopic, onScreen));
  if (node.t === 'a') {
    return (
      <a key={key} href={`#topic=${encodeURIComponent(node.topic)}`} onClick={(e) => (e.preventDefault(), onTopic(node.topic))}>
        {children}
      </a>
    );
  }
  const Tag = TAGS[node.t];
  if (!Tag) return null;
  if (node.t === 'strong' && onScreen) {
    const written = normalize(textOf(node.c));
    const shown = onScreen.labels[written];
    if (shown !== undefined) {
      const show = onScreen.show;
      return (
        <span key={key} class="on-screen">
          <strong>{children}</strong>
          {normalize(shown) !== written && (
            <span class="on-screen-label" lang={onScreen.lang}>
              {' · '}
              {onScreen.say(shown)}
            </span>
          )}
          {show && (
            <>
              {' '}
              <button type="button" class="link show-me" lang={onScreen.lang} onClick={() => show.act(shown)}>
                {show.label}
              </button>
            </>
          )}
        </span>
      );
    }
  }
  return node.t === 'br' ? <br key={key} /> : h(Tag, { key }, children);
}

/** A node's words (a bold label's text), without pulling the build's Markdown parser into the panel. */
const textOf = (nodes: readonly MdNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : textOf(n.c))).join('');
