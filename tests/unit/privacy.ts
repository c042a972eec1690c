import { join } from 'node:path';
import { ROOT } from '../../src/screens/fixtures';

/** The privacy page: personal data in its text, fields e2e tests type a password and a code into. */
export const PRIVACY_PAGE = join(ROOT, 'tests/e2e/pages/privacy-two-factor.html');
/** Every personal datum the privacy page holds, in the forms a leak would take. */
export const PRIVATE = [
  'jane.doe',
  'example.com',
  '415',
  '555-0134',
  '5550134',
  '7301',
  '2284',
  '7946',
  'prefilled-Secret',
  'draft note',
  'cdninstagram',
  'tracker',
  'evil',
  'steal',
  'abc123',
  '1987',
];

/**
 * What survived redaction before (the security finding), each with what it must become: numbers
 * without separators or with long groups, a name after a greeting, a username deep in a path,
 * spaced and full-width codes, a 12-character code, letters of other scripts in an email, IPs.
 */
export const FINDINGS: readonly (readonly [string, string])[] = [
  ['sent to +14155550134', 'sent to [phone]'],
  ['Enviamos para +55 11 912345678.', 'Enviamos para [phone].'],
  ['call 4155550134 now', 'call [phone] now'],
  ['Hi jane_doe, confirm it is you', 'Hi [user], confirm it is you'],
  ['https://www.instagram.com/stories/jane_doe/3456789012/', 'https://www.instagram.com/stories/[user]/[id]/'],
  ['code: 12 34 56', 'code: [code]'],
  ['código １２３４５６', 'código [code]'],
  ['backup code k7d2m9x4q8w3', 'backup code [code]'],
  ['write to jané@exämple.com', 'write to [email]'],
  ['login from 192.168.20.7', 'login from [ip]'],
  ['login from 2001:db8::8a2e:370:7334.', 'login from [ip].'],
];
