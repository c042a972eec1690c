import { join } from 'node:path';
import { ROOT } from '../../src/tools/fixtures';

/** The privacy page: personal data in its text, fields e2e tests type a password and a code into. */
export const PRIVACY_PAGE = join(ROOT, 'tests/e2e/pages/privacy-two-factor.html');
/** Every personal datum the privacy page holds, in the forms a leak would take. */
export const PRIVATE = ['jane.doe', 'example.com', '415', '555-0134', '5550134', '7301', '2284', '7946', 'prefilled-Secret', 'draft note', 'cdninstagram', 'tracker', 'evil', 'steal', 'abc123', '1987'];
