import { IG_OR_X_INVALID, NO_PLATFORM, type RelevanceQuery } from './search-queries.shared';

/** What people type in English (search-relevance.queries.ts says how they were written). */
export const EN_QUERIES: readonly RelevanceQuery[] = [
  // Queries that once gave bad results.
  { q: 'instagram wont accept my code', expect: 'instagram/invalid-code' },
  { q: 'cant log in', expect: 'general/account-recovery' },
  {
    q: 'x code',
    expect: ['x/mobile-app-codes', 'x/invalid-code'],
    why: 'only the platform and "code": finding the X code and the X code being refused are equally likely',
  },
  // Refused codes.
  { q: 'ig code wrong', expect: 'instagram/invalid-code' },
  { q: 'insta says the code is invalid', expect: 'instagram/invalid-code' },
  { q: 'instagram code doesnt work even though its correct', expect: 'instagram/invalid-code' },
  { q: 'twitter says code incorrect', expect: 'x/invalid-code' },
  { q: 'verification code wrong twitter', expect: 'x/invalid-code' },
  { q: 'x incorrect please try again', expect: 'x/invalid-code' },
  { q: 'twiter code rejected', expect: 'x/invalid-code' },
  { q: 'correct code rejected', expect: IG_OR_X_INVALID, why: NO_PLATFORM },
  // Locked out.
  { q: 'locked out of my account', expect: 'general/account-recovery' },
  { q: 'account locked twitter', expect: 'general/account-recovery' },
  { q: 'lost access to our account', expect: 'general/account-recovery' },
  { q: 'cannot get into the account at all', expect: 'general/account-recovery' },
  // Text messages.
  { q: 'never got the sms', expect: 'general/sms-not-delivered' },
  { q: 'text code not coming', expect: 'general/sms-not-delivered' },
  { q: 'didnt recieve verification text', expect: 'general/sms-not-delivered' },
  { q: 'sms never arrives instagram', expect: 'general/sms-not-delivered' },
  { q: 'resend code does nothing', expect: 'general/sms-not-delivered' },
  // Backup / recovery codes.
  { q: 'backup code doesnt work', expect: 'general/recovery-code-rejected' },
  { q: 'recovery code invalid twitter', expect: 'general/recovery-code-rejected' },
  { q: 'used backup code already', expect: 'general/recovery-code-rejected' },
  { q: 'where do i save backup codes', expect: 'instagram/save-recovery-codes' },
  { q: 'store instagram recovery codes', expect: 'instagram/save-recovery-codes' },
  { q: 'someone stole our backup codes', expect: 'general/backup-codes-compromised' },
  { q: 'our backup codes got leaked online', expect: 'general/backup-codes-compromised' },
  { q: 'backup codes were shared in slack', expect: 'general/backup-codes-compromised' },
  // Authenticator apps.
  { q: 'google authenticator codes not working', expect: 'general/authenticator-codes-rejected' },
  { q: 'authenticator app code rejected during setup', expect: 'general/authenticator-codes-rejected' },
  { q: 'phone clock wrong codes fail', expect: 'general/authenticator-codes-rejected' },
  // Support, contact details, prevention.
  { q: 'how to contact instagram support', expect: 'general/contact-support' },
  { q: 'talk to a real person at twitter', expect: 'general/contact-support' },
  { q: 'code goes to old phone number', expect: 'general/outdated-contact-info' },
  { q: 'code sent to an email we dont have anymore', expect: 'general/outdated-contact-info' },
  { q: 'my number changed how do i get the code', expect: 'general/outdated-contact-info' },
  { q: 'tips to avoid getting locked out', expect: 'general/prevent-2fa-problems' },
  { q: 'best practices two factor shared account', expect: 'general/prevent-2fa-problems' },
  // Asked for a code out of the blue.
  { q: 'asking for a code but we never turned on 2fa', expect: 'general/unexpected-2fa-prompt' },
  { q: 'why is it suddenly asking for a code', expect: 'general/unexpected-2fa-prompt' },
  // Instagram set-up.
  { q: 'enable 2fa instagram app', expect: 'instagram/configure-mfa-app' },
  { q: 'set up authenticator on instagram phone', expect: 'instagram/configure-mfa-app' },
  { q: 'turn on two factor instagram on desktop', expect: 'instagram/configure-mfa-browser' },
  { q: 'insta 2fa on pc browser', expect: 'instagram/configure-mfa-browser' },
  { q: 'create phone number in cerby', expect: 'instagram/create-managed-contact' },
  { q: 'make a managed email adress', expect: 'instagram/create-managed-contact' },
  { q: 'create phone number button greyed out', expect: 'instagram/create-managed-contact' },
  { q: 'confirm email instagram link', expect: 'instagram/email-swap' },
  { q: 'instagram wants me to confirm my new email', expect: 'instagram/email-swap' },
  { q: 'what phone number should i give instagram', expect: 'instagram/managed-phone' },
  { q: 'we cant use a managed email, enable mfa manually instagram', expect: 'instagram/manual-mfa-enrollment' },
  { q: 'instagram mfa without managed email', expect: 'instagram/manual-mfa-enrollment' },
  // Instagram codes.
  { q: 'paste code instagram app autofill', expect: 'instagram/mobile-app-codes' },
  {
    q: 'where is the mfa code in cerby mobile app',
    expect: ['instagram/mobile-app-codes', 'instagram/retrieve-code'],
    why: 'both Instagram articles send the person to the MFA Code section of the Cerby mobile app',
  },
  { q: 'where do i find my instagram code', expect: 'instagram/retrieve-code' },
  { q: 'instagram 6 digit code where', expect: 'instagram/retrieve-code' },
  { q: 'instagarm verification code', expect: 'instagram/retrieve-code' },
  // Instagram security checks.
  { q: 'cant access certain settings instagram', expect: 'instagram/settings-locked' },
  { q: 'instagram wont let me turn on 2fa', expect: 'instagram/settings-locked' },
  { q: 'security settings blocked for days', expect: 'instagram/settings-locked' },
  { q: 'instagram unusual login', expect: 'instagram/suspicious-login' },
  { q: 'instagram says someone tried to log in', expect: 'instagram/suspicious-login' },
  { q: 'send security code email instagram', expect: 'instagram/suspicious-login' },
  // X.
  { q: 'x email field blank', expect: 'x/email-swap' },
  { q: 'twitter email disappeared after change', expect: 'x/email-swap' },
  { q: 'setup 2fa twitter authenticator', expect: 'x/manual-mfa' },
  { q: 'scan qr code x cerby', expect: 'x/manual-mfa' },
  { q: 'twitter verification code where to find', expect: 'x/mobile-app-codes' },
  { q: 'x login code paste from cerby', expect: 'x/mobile-app-codes' },
  { q: 'twitter check your email code', expect: 'x/new-login-location' },
  { q: 'x emailed me a code', expect: 'x/new-login-location' },
  { q: 'x wants the account email adress', expect: 'x/new-login-location' },
  { q: 'twitter wants me to text a number', expect: 'x/sms-send-flow' },
  { q: 'send sms to verify x', expect: 'x/sms-send-flow' },
];
