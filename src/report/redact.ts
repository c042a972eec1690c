import { MASKS, maskEmails, maskNumbers } from '../engine/shapes';
import type { Snapshot } from '../engine/types';
import { maskUrl, maskUrlsInText, URL_MASKS } from './mask-url';
import { maskGreetings } from './mask-greetings';
import { maskAlnumCodes, maskHandles, maskIpv6 } from './mask-words';

export { maskUrl };

/**
 * Redaction: pure string functions, no DOM, no dependencies; every scan linear in its input.
 *
 * What goes: web addresses' personal parts (mask-url.ts), emails (also half-masked ones such as
 * "j***@g***.com", and letters of any script), phone numbers (international and national, also
 * half-masked such as "+1 ***-***-**67", digits of any script), codes of four digits or more
 * ("4821", "12 34 56", "493817"), backup codes ("1234 5678"), codes of letters and digits
 * ("a1b2c3d4", "AB12-CD34"), IP addresses, @usernames and the name after a greeting ("Hi jane_doe,").
 * What stays: the UI's own words — "Send Security Code", "Enter the 6-digit code", "2FA",
 * "Step 1 of 5" — since rules match them.
 */

export const REDACTED = { ...MASKS, user: '@[user]', name: '[user]', path: URL_MASKS.account, id: URL_MASKS.id } as const;

// In this order: addresses before the words inside them; handles and greetings before codes (a
// username may hold digits); IPv6 and letter-and-digit codes before bare numbers (which would take
// "2001" out of "2001:db8::1", or "1234" out of "ABCD-EFGH-1234", and leave the rest).
const STEPS: readonly ((text: string) => string)[] = [
  maskUrlsInText,
  maskEmails,
  maskHandles,
  maskGreetings,
  maskIpv6,
  maskAlnumCodes,
  maskNumbers,
];

/** `text` with every email, phone number, code, IP address, username and URL part masked. */
export const redactText = (text: string): string => STEPS.reduce((t, step) => step(t), text);

/**
 * Redacted, then cut to `max` characters — in that order, always: cut first, an address split by
 * the cut ("jane.doe@exam") would no longer look like one and would survive. The cut never splits
 * a mask ("[ema") or a surrogate pair.
 */
export function redactCut(text: string, max: number): string {
  const out = redactText(text);
  if (out.length <= max) return out;
  let end = max;
  const open = out.lastIndexOf('[', end - 1);
  if (open >= 0 && out.indexOf(']', open) >= end) end = open - +(out[open - 1] === '@'); // "@[user]" goes whole
  if ((out.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return out.slice(0, end).trimEnd();
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
