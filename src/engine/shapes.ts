/**
 * Shapes of personal data in page text: email addresses and phone numbers, whole or half-masked
 * ("j***@e*****.com", "+1 ***-***-**67"). One home for both uses: rules ask whether a page *shows*
 * one (a language-free sign that a step is about an address or a number), and redaction removes them
 * from anything exported. Redaction's own placeholders count as shown, so a redacted capture replays
 * as the screen matched live.
 */
export const EMAIL = /[\w.+*%-]+@[\w*-]+(?:\.[\w*-]+)+/g;
/**
 * An optional +country, then digit groups (digits may be masked with *) split by space, dot, dash or
 * parentheses. Redaction keeps a match as a phone only when it holds at least `PHONE_MIN_DIGITS`
 * digit-or-star characters.
 */
export const PHONE = /(?<![\w*+])(?:\+\d{1,3}[ .-]?)?(?:\([\d*]{1,4}\)[ .-]?)?[\d*]{2,5}(?:[ .-][\d*]{2,5}){1,4}(?![\w*])/g;
export const PHONE_MIN_DIGITS = 7;
/** Two groups of four digits: a backup code, not a phone number, though PHONE's shape takes it. */
export const BACKUP_DIGITS = /^\d{4}[ -]\d{4}$/;

export const SHAPES = ['email', 'phone'] as const;
export type Shape = (typeof SHAPES)[number];

/** What redaction writes in place of each shape (report/redact.ts). */
export const SHAPE_PLACEHOLDERS: Record<Shape, string> = { email: '[email]', phone: '[phone]' };

/** Is this match of PHONE a phone number (not a short number or a backup code)? */
export const isPhone = (m: string): boolean => !BACKUP_DIGITS.test(m) && (m.match(/[\d*]/g)?.length ?? 0) >= PHONE_MIN_DIGITS;

/** Does `text` show an email address or a phone number (or the placeholder redaction left)? */
export function shows(text: string, shape: Shape): boolean {
  if (text.includes(SHAPE_PLACEHOLDERS[shape])) return true;
  if (shape === 'email') return text.includes('@') && new RegExp(EMAIL.source).test(text);
  for (const m of text.matchAll(PHONE)) if (isPhone(m[0])) return true;
  return false;
}
