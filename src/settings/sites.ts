// Plain data, no zod: wxt.config.ts (manifest) and the content script read this too.

/** The sites Signpost works on, each with the exact hosts its screens live on. */
export const SITES = {
  instagram: ['www.instagram.com', 'accountscenter.instagram.com'],
  x: ['x.com', 'twitter.com'],
} as const;

export type Site = keyof typeof SITES;

/** Every allowed host. Host access in the manifest is exactly these (DESIGN.md: least privilege). */
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
