// Plain data, no zod: wxt.config.ts (manifest) and the content script read this too.

/** The sites Signpost works on, each with the exact hosts its screens live on. */
export const SITES = {
  instagram: ['www.instagram.com', 'accountscenter.instagram.com'],
  x: ['x.com', 'twitter.com'],
} as const;

export type Site = keyof typeof SITES;

/**
 * The domains each site owns, subdomains included. Wider than SITES on purpose: a link in a page's
 * text to `instagram.com/<name>` or `mobile.x.com/<name>` still names an account, and redaction
 * masks it (src/report/redact.ts). Signpost runs on SITES only.
 */
export const SITE_DOMAINS: Record<Site, readonly string[]> = { instagram: ['instagram.com'], x: ['x.com', 'twitter.com'] };

/** The site whose domain `host` is or is under, or null. */
export function siteOfDomain(host: string): Site | null {
  for (const [site, domains] of Object.entries(SITE_DOMAINS) as [Site, readonly string[]][])
    if (domains.some((d) => host === d || host.endsWith(`.${d}`))) return site;
  return null;
}

/**
 * Where a person lands once a login went through: the feed. A recognised security screen followed
 * by one of these, in the same tab, is a login that got through (the panel asks whether the article
 * helped).
 */
export const HOME_PATHS: Record<Site, readonly string[]> = { instagram: ['/'], x: ['/home'] };

/** Is `url` a site's home (its feed)? A bad URL is not. */
export function isSiteHome(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    const site = siteOfHost(hostname);
    return site !== null && HOME_PATHS[site].includes(pathname);
  } catch {
    return false;
  }
}

/** Every allowed host. Host access in the manifest is exactly these (least privilege: README, Privacy). */
export const SITE_HOSTS: ReadonlySet<string> = new Set(Object.values(SITES).flat());

/** Match patterns for the manifest and the content script. */
export const MATCH_PATTERNS: string[] = [...SITE_HOSTS].map((host) => `https://${host}/*`);

export function siteOfHost(host: string): Site | null {
  for (const [site, hosts] of Object.entries(SITES) as [Site, readonly string[]][]) if (hosts.includes(host)) return site;
  return null;
}

/** An https URL on one of the allowed hosts? (False for anything unparsable.) */
export function isAllowedUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && SITE_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}
