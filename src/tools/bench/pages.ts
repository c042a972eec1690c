/**
 * Synthetic pages shaped like the real feeds: nested divs, spans, links, buttons, images, with
 * class soup and test ids, sized by element count. Deterministic (no randomness) so runs compare.
 */
export function feedItemHtml(i: number, platform: 'instagram' | 'x'): string {
  if (platform === 'x') {
    return `<article data-testid="tweet" role="article" tabindex="0" class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4"><div data-testid="User-Name"><a href="/user${i}" role="link" class="css-1jxf684"><span class="css-1jxf684 r-bcqeeo">User ${i}</span></a><span>@user${i}</span><time datetime="2026-11-25T10:00:00.000Z">2h</time></div><div data-testid="tweetText" lang="en" class="css-146c3p1"><span>Post number ${i} about the weather and the match tonight</span></div><div role="group" aria-label="${i} replies"><button data-testid="reply" aria-label="Reply"><span>${i % 50}</span></button><button data-testid="retweet" aria-label="Repost"><span>${i % 20}</span></button><button data-testid="like" aria-label="Like"><span>${i % 99}</span></button></div></div></article>`;
  }
  return `<article class="x1lliihq x1n2onr6"><div class="x9f619 x1n2onr6"><header class="x78zum5"><a href="/user${i}/" role="link" class="x1i10hfl"><span class="x1lliihq">user${i}</span></a></header><div class="_aagv"><img alt="Photo by user${i}" class="x5yr21d" src="data:,"></div><section class="x6s0dn4"><div role="button" tabindex="0" aria-label="Like"><span>♡</span></div><div role="button" tabindex="0" aria-label="Comment"><span>💬</span></div></section><div><span class="x193iq5w">user${i} Morning run number ${i} along the river</span></div></div></article>`;
}

/**
 * The Instagram feed item of `feedItemHtml`, built as a framework builds it: element by element,
 * detached, so that adding it to the page is one mutation record (tests/unit/bench-pages.test.ts
 * checks the two give the same markup). Self-contained: the bench injects its source into pages.
 */
export function feedItemDom(doc: Document, i: number): Element {
  const h = (tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): Element => {
    const el = doc.createElement(tag);
    for (const name in attrs) el.setAttribute(name, attrs[name]!);
    for (const child of children) el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
    return el;
  };
  return h(
    'article',
    { class: 'x1lliihq x1n2onr6' },
    h(
      'div',
      { class: 'x9f619 x1n2onr6' },
      h(
        'header',
        { class: 'x78zum5' },
        h('a', { href: `/user${i}/`, role: 'link', class: 'x1i10hfl' }, h('span', { class: 'x1lliihq' }, `user${i}`)),
      ),
      h('div', { class: '_aagv' }, h('img', { alt: `Photo by user${i}`, class: 'x5yr21d', src: 'data:,' })),
      h(
        'section',
        { class: 'x6s0dn4' },
        h('div', { role: 'button', tabindex: '0', 'aria-label': 'Like' }, h('span', {}, '♡')),
        h('div', { role: 'button', tabindex: '0', 'aria-label': 'Comment' }, h('span', {}, '💬')),
      ),
      h('div', {}, h('span', { class: 'x193iq5w' }, `user${i} Morning run number ${i} along the river`)),
    ),
  );
}

const PER_ITEM = { instagram: 15, x: 17 };

export function feedPageHtml(elements: number, platform: 'instagram' | 'x'): string {
  const items = Math.max(1, Math.round(elements / PER_ITEM[platform]));
  let body = '';
  for (let i = 0; i < items; i++) body += feedItemHtml(i, platform);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${platform} feed</title></head><body><div id="root"><main role="main"><div id="feed">${body}</div></main></div></body></html>`;
}
