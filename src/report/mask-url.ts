import { maskContacts } from '../engine/shapes';
import { siteOfDomain, type Site } from '../settings/sites';
import { maskAlnumCodes, maskHandles } from './mask-words';
import { DEEPER, ROUTES } from './site-routes';

/**
 * URLs fit for a report: no query, no fragment, no credentials, no IP address; on Instagram and X
 * every path segment that is not one of the site's own route words is masked — a profile name
 * wherever it sits (instagram.com/<username>/, /stories/<username>/<id>/, x.com/<username>/status/…)
 * and every account-specific id.
 */

export const URL_MASKS = { account: '[account]', user: '[user]', id: '[id]', ip: '[ip]' } as const;

/** A username or a tag: letters and digits of any script, "_" and ".", at most 30. */
const USERNAME = /^[\p{L}\p{M}\p{N}_.]{1,30}$/u;
const HAS_DIGIT = /\p{Nd}/u;
/** A long token in mixed case ("AbCdEfGhIjKl"): an account-specific id even with no digit. */
const MIXED_ID = /^[A-Za-z0-9]{12,}$/;
const IPV4_HOST = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Text of a path segment off the two sites: masked as an id when it holds anything personal. */
const segmentChanged = (s: string) => /[\p{Nd}@]/u.test(s) && maskContacts(maskAlnumCodes(maskHandles(s))) !== s; // nothing to mask without a digit or an @

function maskSegment(site: Site | null, decoded: string, first: boolean): string | null {
  const lower = decoded.toLowerCase();
  if (site && (ROUTES[site].has(lower) || (!first && DEEPER[site].has(lower)))) return null;
  if (site && first) return URL_MASKS.account;
  if (HAS_DIGIT.test(decoded) && (site || decoded.length >= 4)) return URL_MASKS.id;
  if (MIXED_ID.test(decoded) && /[a-z]/.test(decoded) && /[A-Z]/.test(decoded)) return URL_MASKS.id;
  if (site && USERNAME.test(decoded)) return URL_MASKS.user;
  return segmentChanged(decoded) ? URL_MASKS.id : null;
}

/**
 * A URL fit for a report ("/challenge/8712345/AbCdEf12/" → "/challenge/[id]/[id]/",
 * "/stories/jane_doe/3456789012/" → "/stories/[user]/[id]/"). An unparsable URL becomes
 * "[unparsable URL]".
 */
export function maskUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '[unparsable URL]';
  }
  const site = siteOfDomain(url.hostname);
  const host = IPV4_HOST.test(url.hostname) || url.hostname.startsWith('[') ? URL_MASKS.ip : url.host;
  const segments = url.pathname.split('/').map((segment, i) => {
    if (segment === '') return segment;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return URL_MASKS.id;
    }
    return maskSegment(site, decoded, i === 1) ?? segment;
  });
  return `${url.protocol}//${host}${segments.join('/')}`;
}

// A web address inside text, with its scheme or (for the two sites) without. Linear: each
// alternative's prefix is bounded and its tail can only grow, never fail and retry.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+|(?<![\w.@/-])(?:(?:www|accountscenter|mobile)\.)?(?:instagram|x|twitter)\.com\/[^\s"'<>`]*/gi;

/** Every web address in `text` masked as `maskUrl` does. */
export const maskUrlsInText = (text: string): string =>
  text.replace(URL_IN_TEXT, (m) => (/^https?:/i.test(m) ? maskUrl(m) : maskUrl(`https://${m}`).slice('https://'.length)));
