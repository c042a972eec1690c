import { describe, expect, it } from 'vitest';
import { isSecurityStep } from '../../src/engine/security-step';
import { readFixture } from '../../src/tools/fixtures';
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

  it('needs both a verification address and a verifying field', () => {
    const code = [{ tag: 'input' as const, autocomplete: 'one-time-code' }];
    expect(isSecurityStep({ url: 'https://www.instagram.com/challenge/1/', inputs: code })).toBe(true);
    expect(isSecurityStep({ url: 'https://www.instagram.com/accounts/edit/', inputs: code })).toBe(false);
    expect(isSecurityStep({ url: 'https://x.com/i/flow/signup', inputs: [{ tag: 'input', type: 'email' }] })).toBe(false);
    expect(isSecurityStep({ url: 'https://x.com/i/flow/login', inputs: [{ tag: 'input', type: 'password', name: 'password' }] })).toBe(false);
    expect(isSecurityStep({ url: 'https://x.com/account/access', inputs: [{ tag: 'input', type: 'tel' }] })).toBe(true);
    expect(isSecurityStep({ url: 'not a url', inputs: code })).toBe(false);
  });
});
