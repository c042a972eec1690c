import { MASKS, maskContacts } from '../engine/shapes';
import type { Snapshot } from '../engine/types';
import { siteOfDomain, type Site } from '../settings/sites';

/**
 * Redaction: pure string functions, no DOM, no dependencies. Small on purpose — the content script
 * carries it (screen capture runs there), so it must stay a handful of regular expressions.
 *
 * What goes: emails (also half-masked ones such as "j***@g***.com"), phone numbers (international,
 * also half-masked such as "+1 ***-***-**67"), 6–8-digit codes ("123456", "123 456"), backup codes
 * ("1234 5678", 8-character letter-and-digit groups) and @usernames. What stays: the UI's own words
 * — "Send Security Code", "Enter the 6-digit code", "2FA" — since rules match them.
 */

export const REDACTED = { ...MASKS, user: '@[user]', path: '[account]', id: '[id]' } as const;

// A web address inside text: masked like any URL (query, fragment and account parts go).
const URL_IN_TEXT = /https?:\/\/[^\s"'<>`]+/gi;
// Backup codes of 8 letters and digits holding both kinds (two groups of four digits: engine/shapes.ts).
const BACKUP_ALNUM = /(?<![\w*])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{8}(?![\w*])/g;
// Codes: 6–8 digits in a row, or two groups of three.
const CODE = /(?<![\w*])(?:\d{6,8}|\d{3}[ -]\d{3})(?![\w*])/g;
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g;

/** Replaces every email, phone number, code, backup code and @username in `text`, and masks URLs in it. */
export function redactText(text: string): string {
  if (!/[\d@]|https?:/i.test(text)) return text; // nothing redactable without a digit, an @ or a URL
  // Emails, then phones (engine/shapes.ts) before codes: a code regex would eat the tail of "+44 20 7946 0958".
  return maskContacts(text.replace(URL_IN_TEXT, (m) => maskUrl(m)))
    .replace(BACKUP_ALNUM, REDACTED.code)
    .replace(CODE, REDACTED.code)
    .replace(HANDLE, REDACTED.user);
}

/**
 * First path segments that are the site's own routes; any other first segment on these hosts is a
 * profile name (instagram.com/<username>/, x.com/<username>/status/…) and is masked.
 */
const ROUTES: Record<Site, ReadonlySet<string>> = {
  instagram: new Set(['accounts', 'challenge', 'two_factor', 'explore', 'direct', 'p', 'reel', 'reels', 'stories', 'about', 'legal', 'web', 'api', 'emails', 'session', 'auth_platform', 'privacy', 'help', 'oauth', 'ajax', 'graphql', 'settings', 'your_activity', 'account_center', 'personal_info', 'password_and_security', 'data', 'developer', 'topics', 'popular', 'nametag', 'invites', '_n', '_u']),
  x: new Set(['i', 'account', 'settings', 'home', 'explore', 'notifications', 'messages', 'login', 'logout', 'signup', 'search', 'compose', 'tos', 'privacy', 'intent', 'share', 'hashtag', 'jobs', 'download', 'rules', 'sessions', 'oauth', 'flow']),
};

/**
 * A path segment that names one account or one challenge: tokens holding digits ("8712345",
 * "AbCdEf12"), or long mixed-case tokens. Route words ("two_factor_authentication") stay.
 */
const ID_SEGMENT = /^(?=.*\d).{4,}$|^(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9]{12,}$/;

/**
 * A URL fit for a report: no query, no fragment, no credentials; on Instagram and X the profile
 * name and account-specific ids in the path are masked ("/challenge/8712345/AbCdEf12/" →
 * "/challenge/[id]/[id]/"). An unparsable URL becomes "[unparsable URL]".
 */
export function maskUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '[unparsable URL]';
  }
  const site = siteOfDomain(url.hostname);
  const segments = url.pathname.split('/').map((segment, i) => {
    if (segment === '') return segment;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return REDACTED.id;
    }
    if (site && i === 1 && !ROUTES[site]!.has(decoded.toLowerCase())) return REDACTED.path;
    if (ID_SEGMENT.test(decoded)) return REDACTED.id;
    return segment === redactText(segment) ? segment : REDACTED.id;
  });
  return `${url.protocol}//${url.host}${segments.join('/')}`;
}

/** Every string in a JSON-like value, redacted; `keep` names keys whose values are left alone. */
export function redactDeep<T>(value: T, keep: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, keep)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : redactDeep(v, keep)])) as T;
  }
  return value;
}

/** A snapshot fit to leave the machine: every text and input attribute redacted, the URL masked. */
export function redactSnapshot(snapshot: Snapshot): Snapshot {
  const texts = {} as Snapshot['texts'];
  for (const role of Object.keys(snapshot.texts) as (keyof Snapshot['texts'])[]) texts[role] = snapshot.texts[role].map(redactText);
  return {
    ...snapshot,
    url: maskUrl(snapshot.url),
    texts,
    inputs: snapshot.inputs.map((input) => redactDeep(input)),
    testids: snapshot.testids.map(redactText),
  };
}
