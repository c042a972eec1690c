/**
 * Shapes of personal data in page text: email addresses and phone numbers, whole or half-masked
 * ("j***@e*****.com", "+1 ***-***-**67"). One home for both uses: rules ask whether a page *shows*
 * one (a language-free sign that a step is about an address or a number), and redaction masks them
 * in anything exported (report/redact.ts) with the same function.
 */
export const EMAIL = /[\w.+*%-]+@[\w*-]+(?:\.[\w*-]+)+/g;
/**
 * An optional +country, then digit groups (digits may be masked with *) split by space, dot, dash or
 * parentheses. A match is a phone number when it holds at least 7 digit-or-star characters and is
 * not two groups of four digits (a backup code).
 */
export const PHONE = /(?<![\w*+])(?:\+\d{1,3}[ .-]?)?(?:\([\d*]{1,4}\)[ .-]?)?[\d*]{2,5}(?:[ .-][\d*]{2,5}){1,4}(?![\w*])/g;
const BACKUP_DIGITS = /^\d{4}[ -]\d{4}$/;
/** A list of backup codes: two or more "4821 0937" in a row (not after a +country code: that is a phone number). */
const BACKUP_LIST = /(?<![\d*+]|\+\d{1,3}[ .-]?)\d{4}[ -]\d{4}(?:\s+\d{4}[ -]\d{4})+(?![\d*])/g;

export const SHAPES = ['email', 'phone'] as const;
export type Shape = (typeof SHAPES)[number];

/** What masking writes in place of each shape (and of a backup code PHONE's pattern also takes). */
export const MASKS = { email: '[email]', phone: '[phone]', code: '[code]' } as const;

/** `text` with every email address and phone number masked: the first steps of redaction. */
export function maskContacts(text: string): string {
  // Backup codes first, each on its own: a list of them read as one run of digit groups would
  // otherwise pass for phone numbers, and a redacted capture must still show a list of codes.
  return text.replace(EMAIL, MASKS.email).replace(BACKUP_LIST, (list) => (list.match(/\d{4}[ -]\d{4}/g) ?? []).map(() => MASKS.code).join(' ')).replace(PHONE, (m) => (BACKUP_DIGITS.test(m) ? MASKS.code : (m.match(/[\d*]/g)?.length ?? 0) >= 7 ? MASKS.phone : m));
}

/** Does `text` show an email address or a phone number (or the mask a redacted capture left)? */
export const shows = (text: string, shape: Shape): boolean => maskContacts(text).includes(MASKS[shape]);
