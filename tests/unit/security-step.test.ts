import { describe, expect, it } from 'vitest';
import { stepOfSnapshot } from '../../src/engine/match';
import { isSecurityStep } from '../../src/engine/security-step';
import { STEP_IDS } from '../../src/engine/steps';
import { readFixture } from '../../src/screens/fixtures';
import { snapshotOf } from './helpers';

const step = (path: string) => {
  const f = readFixture(path);
  return isSecurityStep(snapshotOf(f.html, f.url));
};

describe('security step', () => {
  it.each([
    'instagram/suspicious-login/page-en.html',
    'instagram/suspicious-login/page-tr.html',
    'instagram/suspicious-login/code-step-tr.html',
    'instagram/suspicious-login/codeentry-email-ru.html',
    'instagram/retrieve-code/two-factor-page-en.html',
    'instagram/invalid-code/two-factor-page-tr.html',
    'x/new-login-location/modal-email-en.html',
    'x/new-login-location/page-code-ru.html',
    'x/mobile-app-codes/modal-ru.html',
    'x/invalid-code/modal-en.html',
  ])('%s asks the person to verify something', (path) => {
    expect(step(path)).toBe(true);
  });

  it.each([
    'negative/instagram-feed-caption-en.html',
    'negative/instagram-login-wrong-password.html',
    'negative/x-first-step-en.html',
    'negative/x-first-step-ru.html',
    'negative/x-password-step.html',
    'negative/x-timeline-post-en.html',
    'negative/instagram-challenge-notice-en.html',
    'negative/x-settings-account-en.html',
    'x/email-swap/settings-email-en.html',
  ])('%s does not', (path) => {
    expect(step(path)).toBe(false);
  });

  const snap = (url: string, body: string) => snapshotOf(body, url);
  it('a challenge is one with or without a code field; a login form, sign-up or a profile page is not', () => {
    const code = '<form><input autocomplete="one-time-code"></form>';
    expect(isSecurityStep(snap('https://www.instagram.com/challenge/1/', code))).toBe(true);
    // A birthday or photo checkpoint: no code field, something to act on.
    expect(
      isSecurityStep(
        snap('https://www.instagram.com/challenge/1/a/', '<p>Confirm your birthday</p><input type="date"><button>Next</button>'),
      ),
    ).toBe(true);
    expect(isSecurityStep(snap('https://www.instagram.com/challenge/1/a/', '<p>Done</p><a href="/">Back</a>'))).toBe(false);
    expect(isSecurityStep(snap('https://www.instagram.com/accounts/edit/', code))).toBe(false);
    expect(isSecurityStep(snap('https://x.com/i/flow/signup', '<input type="email">'))).toBe(false);
    expect(isSecurityStep(snap('https://x.com/i/flow/login', '<input type="password" name="password">'))).toBe(false);
    expect(isSecurityStep(snap('https://x.com/i/flow/login', '<input autocomplete="username" name="text">'))).toBe(false);
    // X's captcha or "Continue" step: past the password, something to act on, no field of ours.
    expect(isSecurityStep(snap('https://x.com/i/flow/login', '<h1>Authenticate your account</h1><div role="button">Continue</div>'))).toBe(
      true,
    );
    expect(isSecurityStep(snap('https://x.com/account/access', '<input type="tel">'))).toBe(true);
    expect(isSecurityStep(snap('not a url', code))).toBe(false);
  });
});

describe('step model', () => {
  const stepAt = (url: string, body: string) => stepOfSnapshot(snapshotOf(body, url));
  it('names the step from the address and the form, whatever the words', () => {
    expect(stepAt('https://www.instagram.com/challenge/1/a/', '<input type="radio" name="choice"><button>ა</button>')).toBe(
      'instagram/challenge-choose',
    );
    // Choices as buttons that each show where the code would go.
    expect(
      stepAt('https://www.instagram.com/challenge/1/a/', '<div role="button">j***@e***.com</div><div role="button">+1 ***-***-**67</div>'),
    ).toBe('instagram/challenge-choose');
    expect(stepAt('https://www.instagram.com/challenge/1/a/', '<input name="security_code" inputmode="numeric">')).toBe(
      'instagram/challenge-code',
    );
    expect(stepAt('https://www.instagram.com/challenge/1/a/', '<button>ა</button>')).toBe('instagram/challenge');
    expect(stepAt('https://www.instagram.com/accounts/login/two_factor?next=%2F', '<input name="verificationCode">')).toBe(
      'instagram/two-factor',
    );
    expect(stepAt('https://www.instagram.com/accounts/login/two_factor', '<input name="verificationCode"><p role="alert">ა</p>')).toBe(
      'instagram/two-factor-error',
    );
    // An empty live region is no error.
    expect(stepAt('https://www.instagram.com/accounts/login/two_factor', '<input name="verificationCode"><p role="alert"></p>')).toBe(
      'instagram/two-factor',
    );
    expect(
      stepAt(
        'https://accountscenter.instagram.com/password_and_security/two_factor/',
        '<div role="dialog"><li>4821 0937</li><li>5530 1284</li><li>7712 6605</li><li>2049 8813</li></div>',
      ),
    ).toBe('instagram/backup-codes');
    // Phone numbers are no list of codes: 010-1234-5678 is one number, and two 9123 4567 are two.
    expect(
      stepAt(
        'https://accountscenter.instagram.com/password_and_security/two_factor/',
        '<p>Text 010-1234-5678 or 010-8765-4321</p><p>9123 4567, 9876 5432</p>',
      ),
    ).toBe('instagram/two-factor-settings');
    expect(stepAt('https://x.com/i/flow/login', '<input data-testid="ocfEnterTextTextInput" inputmode="numeric">')).toBe('x/login-code');
    expect(
      stepAt(
        'https://twitter.com/i/flow/login?redirect_after_login=%2Fhome',
        '<p>j***@e***.com</p><input data-testid="ocfEnterTextTextInput" type="text">',
      ),
    ).toBe('x/login-email');
    expect(stepAt('https://x.com/i/flow/login', '<input data-testid="ocfEnterTextTextInput" type="text">')).toBe('x/login-text');
    expect(stepAt('https://x.com/i/flow/login', '<p>+1 415 555 0100</p><div role="button">ა</div>')).toBe('x/login-sms');
    // Instagram's two-factor form as a dialog over a post is that step too; a feed is at none.
    expect(stepAt('https://www.instagram.com/p/Cx1/', '<div role="dialog"><input name="verificationCode"></div>')).toBe(
      'instagram/two-factor',
    );
    expect(stepAt('https://www.instagram.com/', '<main><article><p>A post</p><input name="comment"></article></main>')).toBe(null);
  });

  it('every step id is unique to one meaning and looks like <platform>/<kebab-case>', () => {
    for (const id of STEP_IDS) expect(id).toMatch(/^(instagram|x)\/[a-z]+(-[a-z]+)*$/);
  });
});
