import type { InputMeta, Snapshot } from './types';

/**
 * Is this page a security step — one that asks the person to verify something — whether or not a
 * rule knows it? Two things together:
 *   1. its address is a verification step of the platform: Instagram's challenge, two-factor login,
 *      auth-platform and Accounts Center password-and-security pages; X's login and other flows
 *      (not sign-up), account access and login-verification settings;
 *   2. a form on it asks for a verification: a code, a choice of where to send one, or a phone
 *      number or email address to confirm.
 * A plain username and password form, sign-up, a feed, a profile or a settings page without such a
 * form is not one. Pure: the snapshot is all it reads.
 */
const STEP_PATHS: [host: RegExp, path: RegExp][] = [
  [/^(www\.)?instagram\.com$/, /^\/(challenge\/|accounts\/login\/two_factor|auth_platform\/)/],
  [/^accountscenter\.instagram\.com$/, /^\/password_and_security\//],
  [/^(x|twitter)\.com$/, /^\/(i\/flow\/(?!signup)|account\/access|settings\/account\/login_verification|login\b)/],
];

/** A field that asks for who the person is (a username or password), not for a verification. */
const signsIn = (i: InputMeta) => i.type === 'password' || /^(username|current-password|new-password)$/.test(i.autocomplete ?? '');

/** A field that asks for a code, a choice of where to send one, or a number or address to confirm. */
function verifies(i: InputMeta): boolean {
  if (signsIn(i)) return false;
  const { type = '', autocomplete = '', inputmode = '', name = '' } = i;
  return (
    autocomplete === 'one-time-code' ||
    type === 'radio' ||
    ['email', 'tel'].includes(type) ||
    ['numeric', 'email', 'tel'].includes(inputmode) ||
    /^(email|tel)/.test(autocomplete) ||
    /code|otp|verif|security|pin/i.test(name) ||
    // X's login flow: the one text field every step shares; only the username step signs in.
    i.testid === 'ocfEnterTextTextInput'
  );
}

/** Is `url` one of the platforms' verification-step addresses (1. above)? Pure; a bad URL is not one. */
export function isStepAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  return STEP_PATHS.some(([h, p]) => h.test(host) && p.test(path));
}

/** Does a form on the page ask for a verification (2. above)? */
export const asksToVerify = (inputs: readonly InputMeta[]): boolean => inputs.some(verifies);

export function isSecurityStep(snapshot: Pick<Snapshot, 'url' | 'inputs'>): boolean {
  return isStepAddress(snapshot.url) && asksToVerify(snapshot.inputs);
}
