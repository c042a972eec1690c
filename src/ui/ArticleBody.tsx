import { h, type ComponentChildren } from 'preact';
import { normalize } from '../engine/normalize';
import { treeText } from '../rules/tree-text';
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
  /** The first N steps of the first numbered list are done (the screen moved past them), and how to say so. */
  done?: { count: number; label: string };
  /**
   * The platform's messages as the page's language words them (the tab state's `quotes`: the phrase
   * that held, by every phrase of its condition) and their written spelling: an article's quote of
   * the English message gets the page's wording beside it.
   */
  quotes?: { held: Readonly<Record<string, string>>; spell: (phrase: string) => string; english: ReadonlySet<string> };
}

/**
 * Renders the build's article tree as Preact elements. Text is always a text node, tags come from a
 * closed list, and links are topic ids (never URLs): nothing from a rule file can become markup.
 */
/** The closed list of tags a tree node may become. Headings step down one level: the panel's own h2
 * is the article title. A kind missing here (from a newer build) is dropped rather than guessed. */
const TAGS: Partial<Record<string, string>> = {
  h2: 'h3',
  h3: 'h4',
  p: 'p',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
  strong: 'strong',
  em: 'em',
  code: 'code',
  br: 'br',
};

export function ArticleBody({
  nodes,
  onTopic,
  onScreen,
}: {
  nodes: readonly MdNode[];
  onTopic: (id: string) => void;
  onScreen?: OnScreen;
}) {
  const first = nodes.findIndex((n) => typeof n !== 'string' && n.t === 'ol');
  return (
    <>
      {nodes.map((n, i) =>
        i === first && onScreen?.done && typeof n !== 'string' && n.t === 'ol'
          ? renderSteps(n.c, i, onTopic, onScreen, onScreen.done)
          : renderNode(n, i, onTopic, onScreen),
      )}
    </>
  );
}

/** The fix steps, the first `done.count` marked done: struck through for the eye, said for screen readers. */
function renderSteps(
  items: readonly MdNode[],
  key: number,
  onTopic: (id: string) => void,
  onScreen: OnScreen,
  done: { count: number; label: string },
): ComponentChildren {
  let n = 0;
  return (
    <ol key={key}>
      {items.map((item, i) => {
        if (typeof item === 'string' || item.t !== 'li') return renderNode(item, i, onTopic, onScreen);
        const isDone = n++ < done.count;
        return (
          <li key={i} class={isDone ? 'done' : undefined}>
            {isDone && <span class="done-mark" lang={onScreen.lang}>{`✓ ${done.label} `}</span>}
            {item.c.map((c, j) => renderNode(c, j, onTopic, onScreen))}
          </li>
        );
      })}
    </ol>
  );
}

function renderNode(node: MdNode, key: number, onTopic: (id: string) => void, onScreen?: OnScreen): ComponentChildren {
  if (typeof node === 'string') return onScreen?.quotes ? withQuotes(node, onScreen, onScreen.quotes) : node;
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
    const written = normalize(treeText(node.c));
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

/** A quoted message in the article's text ("…", “…”, «…»). */
const QUOTED = /(["“«])([^"”»]{3,200})(["”»])/g;

/** Text with each quoted platform message the page shows in other words followed by those words. */
function withQuotes(text: string, onScreen: OnScreen, quotes: NonNullable<OnScreen['quotes']>): ComponentChildren {
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTED)) {
    const quoted = normalize(m[2]!);
    const held = quotes.held[quoted];
    // An English phrase that held is another message of the same kind, not this one in another language.
    if (held === undefined || held === quoted || quotes.english.has(held)) continue;
    const end = m.index + m[0].length;
    out.push(
      text.slice(at, end),
      <span key={end} class="on-screen-label" lang={onScreen.lang}>
        {' · '}
        {onScreen.say(quotes.spell(held))}
      </span>,
    );
    at = end;
  }
  if (at === 0) return text;
  out.push(text.slice(at));
  return out;
}
