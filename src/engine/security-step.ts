import { addressOf, prepare } from './prepare';
import { asksToVerify, familyAt } from './steps';
import type { Snapshot } from './types';

/**
 * Is this page a security step — one that asks the person to verify something — whether or not a
 * rule knows it? Its step (steps.ts: a challenge, a two-factor login, a step of X's login flow past
 * the username and password, account access, a security settings page with a form asking to verify)
 * says so, with or without a code field: a date of birth, a photo check or a captcha step is one too.
 * A plain username and password form, sign-up, a feed, a profile or a settings page without such a
 * form is not one. Pure: the snapshot is all it reads.
 */
export function isSecurityStep(snapshot: Snapshot): boolean {
  const page = prepare(snapshot);
  return page !== null && asksToVerify(page.step, page);
}

/** Can a page at `url` be a security step (some step of its family can ask to verify)? A bad URL cannot. */
export function isStepAddress(url: string): boolean {
  const at = addressOf(url);
  return at !== null && familyAt(at.host, at.path).some((s) => s.asks !== 'never');
}
