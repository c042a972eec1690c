/** 4. Address drift: the same screen at the addresses real visits carry (query strings, no trailing slash, the other X host). */

/** Query strings real visits carry. */
export const DRIFT_QUERIES = [
  ['next', '%2F'],
  ['hl', 'ko'],
  ['redirect_after_login', '%2Fhome'],
] as const;

const X_HOST = /^((?:www|mobile)\.)?(x|twitter)\.com$/i;

/** Which platform a host belongs to, for "same host family" checks. */
export function hostFamily(host: string): string {
  const h = host.toLowerCase();
  if (X_HOST.test(h)) return 'x';
  if (h === 'instagram.com' || h.endsWith('.instagram.com')) return 'instagram';
  return h;
}

/**
 * The same screen at the addresses real visits use: a query string added (`&` when there is one,
 * skipped when the key is already there), the path's trailing slash dropped, and X's two hosts
 * swapped. Instagram hosts are never changed. Distinct, and never the address given.
 */
export function addressDrift(url: string): { name: string; url: string }[] {
  const base = new URL(url);
  const out: { name: string; url: string }[] = [];
  const seen = new Set([url, base.href]);
  const add = (name: string, u: URL) => {
    if (seen.has(u.href)) return;
    seen.add(u.href);
    out.push({ name, url: u.href });
  };
  for (const [key, value] of DRIFT_QUERIES) {
    if (base.searchParams.has(key)) continue;
    const u = new URL(base.href);
    u.search = `${u.search ? `${u.search}&` : '?'}${key}=${value}`;
    add(`query ${key}=${value}`, u);
  }
  if (base.pathname.length > 1 && base.pathname.endsWith('/')) {
    const u = new URL(base.href);
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    add('no trailing slash', u);
  }
  const m = X_HOST.exec(base.hostname);
  if (m) {
    const u = new URL(base.href);
    const other = m[2]!.toLowerCase() === 'x' ? 'twitter' : 'x';
    u.hostname = `${m[1] ?? ''}${other}.com`;
    add(`host ${u.hostname}`, u);
  }
  return out;
}
