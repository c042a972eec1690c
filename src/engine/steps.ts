import { MASKS, shows } from './shapes';
import type { InputMeta } from './types';

/**
 * The step model: which step of a platform's flow a page is, from its address and the structure of
 * what it shows — never from its words, so it names the step on a page in any language.
 *
 * Each address belongs to a family of steps (a challenge, a two-factor login, X's login flow, a
 * security settings page…); within the family the first step whose structure the page shows is the
 * page's step, and the family's last step, which asks for nothing, catches the rest. Rules say which
 * steps their screen belongs to (`steps` in a rule's match block, `src/rules/README.md`): on a page at
 * a step, only the topics of that step can match; words then refine among them. A page at no step (a
 * feed, a post, a profile) can still show a topic's screen over it, as a dialog.
 *
 * Pure: reads the snapshot as `prepare` folds it. Step ids are a public format (rule files, packs,
 * evidence): add freely, never rename.
 */
export interface StepPage {
  host: string;
  path: string;
  inputs: readonly Partial<Record<keyof InputMeta, string>>[];
  roles: ReadonlySet<string>;
  /** The page's text as written (shapes need punctuation). */
  raw: readonly string[];
  /** Each button's text as written. */
  rawButtons: readonly string[];
}

/**
 * Does the step ask the person to verify something — is it a security step, known or not?
 *   always  — the step itself is a verification (a challenge, a code step);
 *   control — when it shows something to act on: a field or a button (a checkpoint, X's captcha step);
 *   form    — when a form asks for a code, a choice of where to send one, or a number or address
 *             (a security settings page);
 *   never   — it identifies the person or is not about security (a username and password form, a
 *             profile's settings).
 */
export type Asks = 'always' | 'control' | 'form' | 'never';

export interface Step {
  id: string;
  asks: Asks;
  /** What the page shows at this step; absent for the family's last step. */
  shows?: (page: StepPage) => boolean;
}

interface Family {
  hosts: RegExp;
  path: RegExp;
  steps: readonly Step[];
}

type Field = StepPage['inputs'][number];

/** A field that asks who the person is (a username or a password), not for a verification. */
export const signsIn = (i: Field) => i.type === 'password' || /^(username|current-password|new-password)$/.test(i.autocomplete ?? '');
/** A field one types into (not a choice, a switch or a button). */
const typed = (i: Field) => i.tag === 'textarea' || (i.tag === 'input' && !/^(radio|checkbox|hidden|submit|button|image|reset|file|range|color)$/.test(i.type ?? 'text'));
/** A field for a code: the browser is told so, or it takes digits, or its name says so. */
export const codeField = (i: Field) =>
  !signsIn(i) && typed(i) && (i.autocomplete === 'one-time-code' || i.inputmode === 'numeric' || /code|otp|pin\b|verif/.test(i.name ?? ''));
const emailField = (i: Field) => typed(i) && (i.type === 'email' || i.inputmode === 'email' || (i.autocomplete ?? '').startsWith('email'));
const telField = (i: Field) => typed(i) && (i.type === 'tel' || i.inputmode === 'tel' || (i.autocomplete ?? '').startsWith('tel'));
/** A field that asks for a code, a choice of where to send one, or a number or address to confirm. */
export const verifies = (i: Field) => !signsIn(i) && (codeField(i) || i.type === 'radio' || emailField(i) || telField(i));

const any = (p: StepPage, test: (i: Field) => boolean) => p.inputs.some(test);
const showsEmail = (p: StepPage) => p.raw.some((t) => shows(t, 'email'));
const showsPhone = (p: StepPage) => p.raw.some((t) => shows(t, 'phone'));
/** Two or more codes like "4821 0937" on the page (or the masks a redacted capture left): a list of backup codes. */
const BACKUP_CODE = new RegExp(`(?<![\\d*])\\d{4}[ -]?\\d{4}(?![\\d*])|${MASKS.code.replace(/[[\]]/g, '\\$&')}`, 'g');
const showsBackupCodes = (p: StepPage) => p.raw.reduce((n, t) => n + (t.match(BACKUP_CODE)?.length ?? 0), 0) >= 2;
/** A masked number or address ("****1234", "j***@e****.com"): where a code will go. */
const MASKED_DIGITS = /[*•]{2,}[ -]?\d{2,4}(?!\d)/;
const showsWhereCodeGoes = (p: StepPage) => p.raw.some((t) => MASKED_DIGITS.test(t)) || showsEmail(p) || showsPhone(p);
const showsDialog = (p: StepPage) => p.roles.has('dialog') || p.roles.has('alertdialog');
/** A choice of where to send a code: radio buttons, or buttons that each show an address or a number. */
const choosesWhere = (p: StepPage) =>
  any(p, (i) => i.type === 'radio') || p.roles.has('radio') || p.rawButtons.filter((b) => shows(b, 'email') || shows(b, 'phone')).length >= 2;

const INSTAGRAM = /^(www\.)?instagram\.com$/;
const ACCOUNTS_CENTER = /^accountscenter\.instagram\.com$/;
const X = /^(www\.|mobile\.)?(x|twitter)\.com$/;

/** Steps on a security settings page, most particular first (Instagram and Accounts Center alike). */
const instagramSettings = (last: Step): Step[] => [
  { id: 'instagram/backup-codes', asks: 'form', shows: showsBackupCodes },
  { id: 'instagram/two-factor-check', asks: 'form', shows: (p) => any(p, codeField) },
  // A dialog that says where a code will go (turning text-message codes on), and any other dialog (a notice).
  { id: 'instagram/settings-code-dialog', asks: 'form', shows: (p) => showsDialog(p) && showsWhereCodeGoes(p) },
  { id: 'instagram/settings-dialog', asks: 'form', shows: showsDialog },
  last,
];

/** Every family, in the order they are tried: the first whose host and path hold is the page's. */
export const FAMILIES: readonly Family[] = [
  {
    hosts: INSTAGRAM,
    path: /^\/accounts\/login\/two_factor/,
    steps: [
      // Help asked for over the code step (a "didn't get a code?" dialog): no longer the code itself.
      { id: 'instagram/two-factor-help', asks: 'always', shows: showsDialog },
      { id: 'instagram/two-factor-error', asks: 'always', shows: (p) => p.roles.has('alert') },
      { id: 'instagram/two-factor', asks: 'always' },
    ],
  },
  {
    hosts: INSTAGRAM,
    path: /^\/(challenge|auth_platform)(\/|$)/,
    steps: [
      { id: 'instagram/challenge-choose', asks: 'always', shows: choosesWhere },
      { id: 'instagram/challenge-code', asks: 'always', shows: (p) => any(p, codeField) },
      { id: 'instagram/challenge', asks: 'control' },
    ],
  },
  { hosts: INSTAGRAM, path: /^\/accounts\/(login|onetap|emailsignup|signup|password\/reset)(\/|$)/, steps: [{ id: 'instagram/login', asks: 'never' }] },
  { hosts: INSTAGRAM, path: /^\/accounts\/two_factor_authentication(\/|$)/, steps: instagramSettings({ id: 'instagram/two-factor-settings', asks: 'form' }) },
  { hosts: ACCOUNTS_CENTER, path: /^\/password_and_security\/two_factor(\/|$)/, steps: instagramSettings({ id: 'instagram/two-factor-settings', asks: 'form' }) },
  { hosts: ACCOUNTS_CENTER, path: /^\/password_and_security(\/|$)/, steps: instagramSettings({ id: 'instagram/settings', asks: 'form' }) },
  { hosts: INSTAGRAM, path: /^\/accounts\//, steps: [{ id: 'instagram/settings-dialog', asks: 'never', shows: (p) => p.roles.has('dialog') }, { id: 'instagram/settings', asks: 'never' }] },
  { hosts: ACCOUNTS_CENTER, path: /^\//, steps: [{ id: 'instagram/settings-dialog', asks: 'never', shows: (p) => p.roles.has('dialog') }, { id: 'instagram/settings', asks: 'never' }] },
  {
    hosts: X,
    path: /^\/(i\/flow\/login|login)(\/|$)/,
    steps: [
      { id: 'x/login-password', asks: 'never', shows: (p) => any(p, (i) => i.type === 'password') },
      { id: 'x/login-identifier', asks: 'never', shows: (p) => any(p, (i) => i.autocomplete === 'username') },
      // A menu open over a code step ("didn't receive a code?"): help asked for, not the code itself.
      { id: 'x/login-help', asks: 'always', shows: (p) => p.roles.has('menu') && any(p, typed) },
      { id: 'x/login-code', asks: 'always', shows: (p) => any(p, codeField) },
      { id: 'x/login-email', asks: 'always', shows: (p) => any(p, emailField) || (any(p, typed) && showsEmail(p)) },
      { id: 'x/login-phone', asks: 'always', shows: (p) => any(p, telField) || (any(p, typed) && showsPhone(p)) },
      { id: 'x/login-text', asks: 'always', shows: (p) => any(p, typed) },
      { id: 'x/login-sms', asks: 'always', shows: showsPhone },
      { id: 'x/login', asks: 'control' },
    ],
  },
  { hosts: X, path: /^\/i\/flow\/signup(\/|$)/, steps: [{ id: 'x/signup', asks: 'never' }] },
  { hosts: X, path: /^\/account\/access(\/|$)/, steps: [{ id: 'x/account-access', asks: 'control' }] },
  {
    hosts: X,
    path: /^\/(settings\/account\/login_verification|i\/flow\/two-factor)/,
    steps: [
      { id: 'x/two-factor-check', asks: 'form', shows: (p) => any(p, codeField) },
      { id: 'x/two-factor-settings', asks: 'form' },
    ],
  },
  { hosts: X, path: /^\/settings\/(email|your_twitter_data\/account)(\/|$)/, steps: [{ id: 'x/email-settings', asks: 'never' }] },
  { hosts: X, path: /^\/settings(\/|$)/, steps: [{ id: 'x/settings', asks: 'never' }] },
  { hosts: X, path: /^\/i\/flow\//, steps: [{ id: 'x/flow', asks: 'form' }] },
];

/**
 * Steps that come over a page of no family, found by structure alone: Instagram's two-factor login
 * form as a dialog over a post (its code field's name is its own).
 */
const OVER_A_PAGE: readonly (Step & { hosts: RegExp })[] = [
  { id: 'instagram/two-factor', hosts: INSTAGRAM, asks: 'always', shows: (p) => showsDialog(p) && any(p, (i) => i.name === 'verificationcode') },
];

/** The steps that can come over a page of no family on this host. */
export const stepsOverAPage = (host: string): readonly Step[] => OVER_A_PAGE.filter((s) => s.hosts.test(host));

/** Every step id, in family order, once. */
export const STEP_IDS: readonly string[] = [...new Set(FAMILIES.flatMap((f) => f.steps.map((s) => s.id)))];

/** The steps a page at this host and (lower-case, decoded) path can be at; empty when it is at none. */
export function familyAt(host: string, path: string): readonly Step[] {
  return FAMILIES.find((f) => f.hosts.test(host) && f.path.test(path))?.steps ?? [];
}

/** The page's step, or null for a page at no step (a feed, a post, a profile). */
export function stepOf(page: StepPage): Step | null {
  const family = familyAt(page.host, page.path);
  if (family.length === 0) return stepsOverAPage(page.host).find((s) => s.shows!(page)) ?? null;
  return family.find((s) => !s.shows || s.shows(page)) ?? null;
}

/** Does the page, at this step, ask the person to verify something (see `Asks`)? */
export function asksToVerify(step: Step | null, page: StepPage): boolean {
  switch (step?.asks) {
    case 'always':
      return true;
    case 'control':
      return page.roles.has('button') || any(page, (i) => i.type !== 'hidden');
    case 'form':
      return any(page, verifies);
    default:
      return false;
  }
}
