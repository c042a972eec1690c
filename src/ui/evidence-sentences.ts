import { inputEvidenceAttrs, parseEvidence } from '../engine/conditions';
import { normalize } from '../engine/normalize';
import type { MessageKey, Translate } from '../i18n';

/**
 * "Why am I seeing this?" in plain words. Evidence is stored as the engine writes it
 * (`URL path starts with "/challenge/"`, `input with type=radio`): exact, and what support reads
 * in reports and replays. The side panel shows the person a sentence in the interface language
 * instead ("The page address is an Instagram security check"); evidence it cannot read back is
 * shown as it is.
 */

/** One sentence. `words`, when set, are the page's own (a button's label, a heading) and sit between `before` and `after`. */
export interface Sentence {
  before: string;
  words?: string;
  /** Set the words in bold: a control's label, as the articles write them. */
  strong?: boolean;
  after?: string;
}

export interface SentenceContext {
  t: Translate;
  /** BCP 47 tag of the interface language, for the names of languages ("español"). */
  lang: string;
  /** The written form of a normalised phrase (evidence holds "suspicious login attempt"). */
  spell?: (phrase: string) => string;
}

export const sentenceText = (s: Sentence): string => `${s.before}${s.words ?? ''}${s.after ?? ''}`;

/** The evidence as sentences, each said once (two code fields are one "The page asks for a code"). */
export function evidenceSentences(evidence: readonly string[], context: SentenceContext): Sentence[] {
  const seen = new Set<string>();
  return evidence
    .map((raw) => evidenceSentence(raw, context))
    .filter((s) => {
      const text = sentenceText(s);
      return !seen.has(text) && Boolean(seen.add(text));
    });
}

export function evidenceSentence(raw: string, { t, lang, spell = (p) => p }: SentenceContext): Sentence {
  const parts = parseEvidence(raw);
  if (!parts) return { before: raw };
  const { kind, value } = parts;
  const plain = (key: MessageKey): Sentence => ({ before: t(key) });
  const quoting = (key: MessageKey, words: string, strong = false): Sentence => {
    // A marker no message contains stands in for the words, so the words can be set apart.
    const [before = '', after = ''] = t(key, MARK).split(MARK);
    return { before, words, strong, after };
  };
  switch (kind) {
    case 'path': {
      const key = pathKey(value);
      return key ? plain(key) : quoting('whyPathOther', value.replace(/^\^/, ''));
    }
    case 'heading':
      return quoting('whyHeading', spell(value));
    case 'dialog':
      return quoting('whyDialog', spell(value));
    case 'alert':
      return quoting('whyAlert', spell(value));
    case 'text':
      return quoting('whyText', spell(value));
    case 'button':
      return quoting('whyButton', spell(value), true);
    case 'label':
      return quoting('whyLabel', spell(value), true);
    case 'input': {
      const attrs = inputEvidenceAttrs(value);
      const key = inputKey(attrs);
      if (key) return plain(key);
      const label = attrs.aria_label ?? attrs.placeholder;
      return label ? quoting('whyLabel', spell(label), true) : plain('whyInputField');
    }
    case 'testid':
      return TESTIDS[value.toLowerCase()] ? plain(TESTIDS[value.toLowerCase()]!) : quoting('whyMarked', value);
    case 'role':
      return ROLES[value.toLowerCase()] ? plain(ROLES[value.toLowerCase()]!) : quoting('whyMarked', value);
    case 'lang':
      return { before: t('whyLang', languageName(value, lang)) };
    case 'shows':
      return SHOWS[value] ? plain(SHOWS[value]!) : { before: raw };
    case 'step':
      return STEPS[value] ? plain(STEPS[value]!) : { before: raw };
    default:
      return { before: raw };
  }
}

/** A spelling for phrases: the first written form whose normalised text is the phrase, else the phrase. */
export function speller(written: readonly string[]): (phrase: string) => string {
  const forms = new Map<string, string>();
  for (const w of written) if (!forms.has(normalize(w))) forms.set(normalize(w), w);
  return (phrase) => forms.get(phrase) ?? phrase;
}

const MARK = '\uE000';

/**
 * Known page addresses. A rule's path names the start of an address (`^/challenge/`) or a part of
 * it; the longest entry that is the value or a parent folder of it gives the sentence.
 */
const PATHS: Record<string, MessageKey> = {
  '/challenge': 'whyPathChallenge',
  '/auth_platform/codeentry': 'whyPathCodeEntry',
  '/accounts/login/two_factor': 'whyPathIgLoginTwoFactor',
  '/accounts/two_factor_authentication': 'whyPathIgTwoFactorSettings',
  '/accounts': 'whyPathIgAccounts',
  '/password_and_security/two_factor': 'whyPathAccountsCenterTwoFactor',
  '/password_and_security': 'whyPathAccountsCenterSecurity',
  '/i/flow/login': 'whyPathXLogin',
  '/login': 'whyPathLogin',
  '/settings/account/login_verification': 'whyPathXLoginVerification',
  '/settings/email': 'whyPathXEmail',
  '/account/access': 'whyPathXAccountAccess',
  '/i/flow/two-factor-auth-app-enrollment': 'whyPathXAppEnrollment',
  two_factor: 'whyPathTwoFactor',
};

function pathKey(value: string): MessageKey | undefined {
  const path = value.replace(/^\^/, '').toLowerCase().replace(/\/+$/, '');
  const known = Object.keys(PATHS)
    .filter((p) => path === p || path.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return known === undefined ? undefined : PATHS[known];
}

/** What a field asks for, from its attributes (rule values are lower case). Most telling first. */
function inputKey(a: Partial<Record<string, string>>): MessageKey | undefined {
  const has = (attr: string, pattern: RegExp) => pattern.test(a[attr] ?? '');
  const email = has('type', /^email$/) || has('inputmode', /^email$/) || has('autocomplete', /email/) || has('name', /email/);
  if (a.empty === 'true') return email ? 'whyInputEmailEmpty' : 'whyInputEmpty';
  if (has('autocomplete', /one-time-code/) || has('inputmode', /^numeric$/) || has('name', /code|otp/)) return 'whyInputCode';
  if (email) return 'whyInputEmail';
  if (has('type', /^tel$/) || has('inputmode', /^tel$/) || has('autocomplete', /^tel/) || has('name', /phone/)) return 'whyInputPhone';
  if (has('type', /^password$/) || has('autocomplete', /password/)) return 'whyInputPassword';
  if (has('type', /^radio$/)) return 'whyInputChoice';
  if (has('type', /^text$/)) return 'whyInputText';
  return undefined;
}

// Test ids and roles the bundled rules use; others are named as they are.
const TESTIDS: Partial<Record<string, MessageKey>> = { ocfentertexttextinput: 'whyTestidXTextInput', toast: 'whyTestidToast' };
const ROLES: Partial<Record<string, MessageKey>> = {
  alert: 'whyRoleAlert',
  status: 'whyRoleAlert',
  dialog: 'whyRoleDialog',
  alertdialog: 'whyRoleDialog',
};
const SHOWS: Partial<Record<string, MessageKey>> = { email: 'whyShowsEmail', phone: 'whyShowsPhone' };
/** The steps of src/engine/steps.ts, each as the person would name the screen. */
const STEPS: Partial<Record<string, MessageKey>> = {
  'instagram/challenge-choose': 'whyStepIgChallengeChoose',
  'instagram/challenge-code': 'whyStepIgChallengeCode',
  'instagram/challenge': 'whyStepIgChallenge',
  'instagram/two-factor': 'whyStepIgTwoFactor',
  'instagram/two-factor-error': 'whyStepIgTwoFactorError',
  'instagram/backup-codes': 'whyStepBackupCodes',
  'instagram/two-factor-check': 'whyStepTwoFactorCheck',
  'x/two-factor-check': 'whyStepTwoFactorCheck',
  'instagram/settings-code-dialog': 'whyStepIgSettingsCodeDialog',
  'instagram/settings-dialog': 'whyStepIgSettingsDialog',
  'instagram/two-factor-settings': 'whyStepIgTwoFactorSettings',
  'instagram/settings': 'whyStepIgSettings',
  'x/login-code': 'whyStepXLoginCode',
  'x/login-email': 'whyStepXLoginEmail',
  'x/login-sms': 'whyStepXLoginSms',
  'x/login-text': 'whyStepXLogin',
  'x/login-phone': 'whyStepXLogin',
  'x/login': 'whyStepXLogin',
  'x/login-identifier': 'whyStepXLogin',
  'x/login-password': 'whyStepXLogin',
  'x/account-access': 'whyStepXAccountAccess',
  'x/two-factor-settings': 'whyStepXTwoFactorSettings',
  'x/email-settings': 'whyStepXEmailSettings',
};

function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a language tag Intl knows
  }
}
