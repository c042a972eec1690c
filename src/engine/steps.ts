import { MASKS, numberRuns, shows } from './shapes';
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
  /** Does the page show a message in an alert or a live region (an error, usually)? */
  alerting: boolean;
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
const typed = (i: Field) =>
  i.tag === 'textarea' ||
  (i.tag === 'input' && !/^(radio|checkbox|hidden|submit|button|image|reset|file|range|color)$/.test(i.type ?? 'text'));
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
/**
 * Four or more codes like "4821 0937" on the page (or the masks a redacted capture left): a list of
 * backup codes. A page's text runs a list's codes together ("4821 0937 5530 1284"), so each run of
 * digit groups is read whole: pairs of four-digit groups are codes, anything else is a number (a
 * phone such as 010-1234-5678). Four, not two: 9123 4567 is also a phone number (Singapore).
 */
function backupCodesIn(text: string): number {
  let n = text.split(MASKS.code).length - 1;
  for (const run of numberRuns(text)) {
    if (run.groups === 1) n += Number(run.plain && run.length === 8);
    else if (run.list) n += run.groups / 2;
  }
  return n;
}
const showsBackupCodes = (p: StepPage) => p.raw.reduce((n, t) => n + backupCodesIn(t), 0) >= 4;
/** A masked number or address ("****1234", "j***@e****.com", or the masks redaction left of them): where a code will go. */
const showsMasked = (t: string) => t.includes(MASKS.digits) || numberRuns(t).some((r) => r.kind === 'digits');
const showsWhereCodeGoes = (p: StepPage) => p.raw.some(showsMasked) || showsEmail(p) || showsPhone(p);
const showsDialog = (p: StepPage) => p.roles.has('dialog') || p.roles.has('alertdialog');
/** A choice of where to send a code: radio buttons, or buttons that each show an address or a number. */
const choosesWhere = (p: StepPage) =>
  any(p, (i) => i.type === 'radio') ||
  p.roles.has('radio') ||
  p.rawButtons.filter((b) => shows(b, 'email') || shows(b, 'phone')).length >= 2;

// Step and family constructors: the table below rides in the content script, and object keys written
// out for every step cost it bytes the minifier cannot remove.
const ALWAYS: Asks = 'always';
const CONTROL: Asks = 'control';
const FORM: Asks = 'form';
const NEVER: Asks = 'never';
const step = (id: string, asks: Asks, shows?: (page: StepPage) => boolean): Step => ({ id, asks, shows });
const family = (hosts: RegExp, path: RegExp, steps: readonly Step[]): Family => ({ hosts, path, steps });

const INSTAGRAM = /^(www\.)?instagram\.com$/;
const ACCOUNTS_CENTER = /^accountscenter\.instagram\.com$/;
const X = /^(x|twitter)\.com$/;

/** Steps on a security settings page, most particular first (Instagram and Accounts Center alike). */
const instagramSettings = (last: Step): Step[] => [
  step('instagram/backup-codes', FORM, showsBackupCodes),
  step('instagram/two-factor-check', FORM, (p) => any(p, codeField)),
  // A dialog that says where a code will go (turning text-message codes on), and any other dialog (a notice).
  step('instagram/settings-code-dialog', FORM, (p) => showsDialog(p) && showsWhereCodeGoes(p)),
  step('instagram/settings-dialog', FORM, showsDialog),
  last,
];

const TWO_FACTOR_SETTINGS = instagramSettings(step('instagram/two-factor-settings', FORM));
const OTHER_SETTINGS = [step('instagram/settings-dialog', NEVER, showsDialog), step('instagram/settings', NEVER)];

/** Every family, in the order they are tried: the first whose host and path hold is the page's. */
export const FAMILIES: readonly Family[] = [
  family(INSTAGRAM, /^\/accounts\/login\/two_factor/, [
    // A choice of another way to get a code ("Try another way"): no code was asked for yet.
    step('instagram/two-factor-choose', ALWAYS, choosesWhere),
    step('instagram/two-factor-error', ALWAYS, (p) => p.alerting),
    step('instagram/two-factor', ALWAYS),
  ]),
  family(INSTAGRAM, /^\/(challenge|auth_platform)(\/|$)/, [
    step('instagram/challenge-choose', ALWAYS, choosesWhere),
    step('instagram/challenge-code', ALWAYS, (p) => any(p, codeField)),
    step('instagram/challenge', CONTROL),
  ]),
  family(INSTAGRAM, /^\/accounts\/(login|onetap|emailsignup|signup|password\/reset)(\/|$)/, [step('instagram/login', NEVER)]),
  family(INSTAGRAM, /^\/accounts\/two_factor_authentication(\/|$)/, TWO_FACTOR_SETTINGS),
  family(ACCOUNTS_CENTER, /^\/password_and_security\/two_factor(\/|$)/, TWO_FACTOR_SETTINGS),
  family(ACCOUNTS_CENTER, /^\/password_and_security(\/|$)/, instagramSettings(step('instagram/settings', FORM))),
  family(INSTAGRAM, /^\/accounts\//, OTHER_SETTINGS),
  family(ACCOUNTS_CENTER, /^\//, OTHER_SETTINGS),
  family(X, /^\/(i\/flow\/login|login)(\/|$)/, [
    step('x/login-password', NEVER, (p) => any(p, (i) => i.type === 'password')),
    step('x/login-identifier', NEVER, (p) => any(p, (i) => i.autocomplete === 'username')),
    // The emailed code's step shows the (masked) address it went to, whatever its field is marked as.
    step('x/login-email', ALWAYS, (p) => any(p, emailField) || (any(p, typed) && showsEmail(p))),
    step('x/login-code', ALWAYS, (p) => any(p, codeField)),
    step('x/login-phone', ALWAYS, (p) => any(p, telField) || (any(p, typed) && showsPhone(p))),
    step('x/login-text', ALWAYS, (p) => any(p, typed)),
    // A choice of verification method (which may show a masked number): not the step that asks to text.
    step('x/login-choose', ALWAYS, choosesWhere),
    // The number to text is said in the step's words; a number on a button is a choice of method.
    step('x/login-sms', ALWAYS, (p) => showsPhone(p) && !p.rawButtons.some((b) => shows(b, 'phone'))),
    step('x/login', CONTROL),
  ]),
  family(X, /^\/i\/flow\/signup(\/|$)/, [step('x/signup', NEVER)]),
  // Resetting a password is recovering the account, not a login stopped at a check (as on Instagram).
  family(X, /^\/i\/flow\/password_reset(\/|$)/, [step('x/password-reset', NEVER)]),
  family(X, /^\/account\/access(\/|$)/, [step('x/account-access', CONTROL)]),
  family(X, /^\/(settings\/account\/login_verification|i\/flow\/two-factor)/, [
    step('x/two-factor-check', FORM, (p) => any(p, codeField)),
    step('x/two-factor-settings', FORM),
  ]),
  family(X, /^\/settings\/(email|your_twitter_data\/account)(\/|$)/, [step('x/email-settings', NEVER)]),
  family(X, /^\/settings(\/|$)/, [step('x/settings', NEVER)]),
  family(X, /^\/i\/flow\//, [step('x/flow', FORM)]),
];

/**
 * Steps that come over a page of no family, found by structure alone: Instagram's two-factor login
 * form as a dialog over a post (its code field's name is its own).
 */
const OVER_A_PAGE: readonly (Step & { hosts: RegExp })[] = [
  {
    id: 'instagram/two-factor',
    hosts: INSTAGRAM,
    asks: 'always',
    shows: (p) => showsDialog(p) && any(p, (i) => i.name === 'verificationcode'),
  },
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
