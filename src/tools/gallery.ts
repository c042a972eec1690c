import type { Served } from './browser';
import { fixtureUrl, type Fixture } from '../screens/fixtures';

/**
 * The screen gallery `npm start` shows: every bundled screen fixture, by platform and topic, each a
 * link that loads it at its real URL.
 *
 * Served at a routed address (GALLERY_ORIGIN, an `.invalid` host that can never resolve) rather than
 * as an extension page: here each fixture loads whole at its real address so the extension reacts
 * live, and the page is generated from tests/fixtures at start, so a fixture added today appears
 * without a rebuild. (The extension itself ships only redacted captures of them, for the replay
 * page's Screens tab: src/screens.) Links go through GALLERY_ORIGIN/open?f=<file>, which remembers the choice and redirects to
 * the fixture's real address — needed because several fixtures share one address.
 */
export const GALLERY_ORIGIN = 'https://gallery.signpost.invalid';
export const GALLERY_URL = `${GALLERY_ORIGIN}/`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function openLink(f: Fixture): string {
  return `${GALLERY_ORIGIN}/open?f=${encodeURIComponent(f.file)}`;
}

/** Gallery HTML: static markup, no script (its CSP forbids any), grouped platform → topic. */
export function galleryHtml(fixtures: readonly Fixture[], titles: ReadonlyMap<string, string>): string {
  const byPlatform = new Map<string, Map<string, Fixture[]>>();
  for (const f of fixtures) {
    const [platform = '', topic = ''] = f.file.split('/');
    const group = f.expect === null ? 'negative' : platform;
    const key = f.expect === null ? 'nothing may match' : `${platform}/${topic}`;
    const topics = byPlatform.get(group) ?? new Map<string, Fixture[]>();
    topics.set(key, [...(topics.get(key) ?? []), f]);
    byPlatform.set(group, topics);
  }
  const order = ['instagram', 'x', 'general', 'negative'];
  const rank = (p: string) => (order.includes(p) ? order.indexOf(p) : order.length);
  const platforms = [...byPlatform.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const sections = platforms.map((platform) => {
    const topics = [...byPlatform.get(platform)!.entries()].sort(([a], [b]) => a.localeCompare(b));
    const items = topics.map(([topic, list]) => {
      const links = list
        .map((f) => {
          const name = f.file
            .split('/')
            .pop()!
            .replace(/\.html$/, '');
          return `<li><a href="${esc(openLink(f))}" data-file="${esc(f.file)}">${esc(name)}</a> <span class="muted">${esc(fixtureUrl(f))}</span></li>`;
        })
        .join('');
      const title = titles.get(topic);
      return `<section><h3>${esc(topic)}${title ? ` <span class="muted">— ${esc(title)}</span>` : ''}</h3><ul>${links}</ul></section>`;
    });
    return `<h2>${esc(platform)}</h2>${items.join('')}`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Signpost screen gallery</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:16px 24px;max-width:1000px}h2{text-transform:capitalize;border-bottom:1px solid #ccc}h3{font-size:15px;margin:14px 0 2px}ul{margin:0;padding-left:20px}.muted{color:#666;font-size:12px}</style>
</head><body><h1>Signpost screen gallery</h1>
<p>${fixtures.length} bundled screens. Choose one: it opens at its real address, served locally, and the extension reacts as it would live (toolbar badge, hint, side panel). Nothing here touches the network or needs an account.</p>
${sections.join('\n')}</body></html>`;
}

/** The small page shown at a real address no fixture covers. */
export function notFoundHtml(url: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>No bundled screen</title></head><body><h1>No bundled screen at this address</h1><p>${esc(url)}</p><p><a href="${GALLERY_URL}">Back to the screen gallery</a></p></body></html>`;
}

/** The CSP the gallery pages are served with: no script, no load, inline style only. */
export const GALLERY_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The hosts whose screens the fixtures show (the extension's host permissions). */
const SCREEN_HOSTS = new Set(['www.instagram.com', 'accountscenter.instagram.com', 'x.com', 'twitter.com']);

const place = (u: URL | string) => {
  const url = typeof u === 'string' ? new URL(u) : u;
  return `${url.origin}${url.pathname}`;
};

/**
 * The offline "web" behind the gallery, for serveOffline(): the gallery itself, its /open redirects,
 * and each fixture at its real address. Anything else answers null (aborted: no network).
 */
export function galleryServer(fixtures: readonly Fixture[], titles: ReadonlyMap<string, string>) {
  /** The fixture last chosen: it wins when several share an address. */
  let current: Fixture | undefined;
  const headers = { 'content-security-policy': GALLERY_CSP };
  const respond = (url: URL): Served | null => {
    if (url.origin === GALLERY_ORIGIN) {
      if (url.pathname === '/open') {
        const chosen = fixtures.find((f) => f.file === url.searchParams.get('f'));
        if (!chosen) return { status: 404, body: notFoundHtml(url.href), headers };
        current = chosen;
        return { status: 302, headers: { location: fixtureUrl(chosen) } };
      }
      return { body: galleryHtml(fixtures, titles), headers };
    }
    if (!SCREEN_HOSTS.has(url.hostname)) return null;
    const here = place(url);
    const fixture = current && place(fixtureUrl(current)) === here ? current : fixtures.find((f) => place(fixtureUrl(f)) === here);
    return fixture ? { body: fixture.html } : { status: 404, body: notFoundHtml(url.href) };
  };
  return { respond, choose: (f: Fixture) => void (current = f) };
}
