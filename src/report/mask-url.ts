import { maskContacts } from '../engine/shapes';
import { siteOfDomain, type Site } from '../settings/sites';
import { maskAlnumCodes, maskHandles } from './mask-words';

/**
 * URLs fit for a report: no query, no fragment, no credentials, no IP address; on Instagram and X
 * every path segment that is not one of the site's own route words is masked — a profile name
 * wherever it sits (instagram.com/<username>/, /stories/<username>/<id>/, x.com/<username>/status/…)
 * and every account-specific id.
 */

export const URL_MASKS = { account: '[account]', user: '[user]', id: '[id]', ip: '[ip]' } as const;

/**
 * First path segments that are the site's own routes; any other first segment on these hosts is a
 * profile name and is masked as the account.
 */
const ROUTES: Record<Site, ReadonlySet<string>> = {
  instagram: new Set([
    'accounts',
    'challenge',
    'two_factor',
    'explore',
    'direct',
    'p',
    'reel',
    'reels',
    'stories',
    'about',
    'legal',
    'web',
    'api',
    'emails',
    'session',
    'auth_platform',
    'privacy',
    'help',
    'oauth',
    'ajax',
    'graphql',
    'settings',
    'your_activity',
    'account_center',
    'personal_info',
    'password_and_security',
    'data',
    'developer',
    'topics',
    'popular',
    'nametag',
    'invites',
    '_n',
    '_u',
  ]),
  x: new Set([
    'i',
    'account',
    'settings',
    'home',
    'explore',
    'notifications',
    'messages',
    'login',
    'logout',
    'signup',
    'search',
    'compose',
    'tos',
    'privacy',
    'intent',
    'share',
    'hashtag',
    'jobs',
    'download',
    'rules',
    'sessions',
    'oauth',
    'flow',
  ]),
};

/**
 * Route words deeper in the path (the login, challenge and settings flows, and the parts of a
 * profile's pages). A segment shaped like a username that is not one of these is masked: a name in
 * an unknown place is masked rather than kept. Usernames hold no "-", so hyphenated words stay anyway.
 */
const DEEPER: Record<Site, ReadonlySet<string>> = {
  instagram: new Set([
    'login',
    'logout',
    'signup',
    'emailsignup',
    'onetap',
    'password',
    'reset',
    'confirm',
    'two_factor_authentication',
    'edit',
    'action',
    'codeentry',
    'recovery',
    'access_tool',
    'activity',
    'notifications',
    'inbox',
    't',
    'new',
    'requests',
    'tagged',
    'saved',
    'followers',
    'following',
    'highlights',
    'tags',
    'locations',
    'guide',
    'guides',
    'live',
    'igtv',
    'tv',
    'audio',
    'archive',
    'close_friends',
    'blocked',
    'muted',
    'restricted',
    'security',
    'login_activity',
    'manage_access',
    'apps_and_websites',
    'totp',
    'sms',
    'whatsapp',
    'change',
    'contact_points',
    'contact_point',
    'login_alerts',
    'security_checkup',
    'saved_login_info',
    'accounts_center',
    'profiles',
    'info_and_permissions',
    'ad_preferences',
    'payments',
    'meta_verified',
    'verify',
    'verification',
    'checkpoint',
    'review',
    'choose',
    'select',
    'method',
    'email',
    'phone',
    'code',
    'backup_codes',
    'authentication',
    'app',
    'apps',
    'device',
    'devices',
    'remember',
    'trusted_devices',
    'unlock',
    'disabled',
    'suspended',
    'appeal',
    'locked',
    'hacked',
    'support',
    'report',
    'community',
    'create',
    'details',
    'one_tap',
    'password_change',
    'forgot',
    'recover',
    'send',
    'sent',
    'ufac',
    'select_verification_method',
    'replay',
  ]),
  x: new Set([
    'status',
    'statuses',
    'photo',
    'video',
    'media',
    'likes',
    'with_replies',
    'followers',
    'following',
    'verified_followers',
    'followers_you_follow',
    'lists',
    'list',
    'bookmarks',
    'communities',
    'user',
    'tweet',
    'post',
    'retweets',
    'quotes',
    'highlights',
    'articles',
    'access',
    'login_verification',
    'password_reset',
    'email',
    'your_twitter_data',
    'security_and_account_access',
    'security',
    'password',
    'phone',
    'connected_apps',
    'apps_and_sessions',
    'delegate',
    'confirm_email',
    'locked',
    'suspended',
    'appeal',
    'help',
    'analytics',
    'grok',
    'premium',
    'spaces',
    'events',
    'topics',
    'moments',
    'connect',
    'keyboard_shortcuts',
    'display',
    'accessibility',
    'language',
    'data',
    'privacy_and_safety',
    'content_you_see',
    'mute_and_block',
    'blocked',
    'muted',
    'verify',
    'verification',
    'confirm',
    'lock',
    'unlock',
    'authorize',
    'authenticate',
    'redirect',
    'begin',
    'password_reset_begin',
    'account_access',
    'two_factor',
    'web',
  ]),
};

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
