/**
 * Enterprise policy for real: Chromium on Linux reads `/etc/chromium/policies/managed/*.json`,
 * and its `3rdparty.extensions.<id>` entry becomes that extension's storage.managed, filtered through
 * `public/managed-schema.json`. The policy written here is the documented example
 * (src/settings/policy/examples/chrome-policy.json) with hints off, English, and one broken pack added.
 *
 * Only this worker's copy of the build is affected: the policy is keyed to the id Chromium derives
 * from that copy's path, in a file of its own, deleted after the tests (other specs and other
 * browsers running meanwhile see a policy for an extension they do not have). Writing under /etc
 * needs root (as here and in CI); without it the spec is skipped and says why.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hint, ROOT, test } from './fixtures';

// One worker, in order: the last test changes the policy file while its browser runs.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const FIXTURE = 'instagram/suspicious-login/page-en.html';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const example = Object.values(
  (
    JSON.parse(readFileSync(join(ROOT, 'src/settings/policy/examples/chrome-policy.json'), 'utf8')) as {
      '3rdparty': { extensions: Record<string, Record<string, unknown>> };
    }
  )['3rdparty'].extensions,
)[0]!;
const examplePacks = example.rulePacks as string[];
const POLICY = {
  ...example,
  hints: false,
  uiLanguage: 'en',
  rulePacks: [...examplePacks, '{"format": "signpost-rule-pack", "name": "Broken'],
};

let policyFile: string | undefined;

const writePolicy = (file: string, id: string, policy: Record<string, unknown>) =>
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));

test.beforeAll(({ extensionDir }) => {
  test.skip(process.platform !== 'linux', `Chromium reads ${POLICY_DIR} on Linux only`);
  const id = unpackedExtensionId(extensionDir);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `signpost-e2e-${id}.json`);
    writePolicy(policyFile, id, POLICY);
  } catch (e) {
    policyFile = undefined;
    test.skip(true, `cannot write a Chromium policy in ${POLICY_DIR} (${(e as Error).message}): run as root, or set CHROMIUM_POLICY_DIR`);
  }
});

test.afterAll(() => {
  if (policyFile) rmSync(policyFile, { force: true });
});

test('Chromium hands the policy to this unpacked copy, whole: nothing in it fails the managed schema', async ({
  extensionDir,
  extensionId,
  ext,
}) => {
  expect(extensionId, 'the id Chromium gave the copy is the one the policy is keyed to').toBe(unpackedExtensionId(extensionDir));
  const probe = await ext.probe();
  await expect.poll(() => probe.evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
});

test('the settings page shows policy values in force, locked and labelled; ignored values are listed', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signpost settings');

  const hints = page.getByRole('checkbox', { name: 'Show a hint on the page when Signpost recognises a screen' });
  await expect(hints).toBeDisabled();
  await expect(hints).not.toBeChecked();
  await expect(hints).toHaveAccessibleDescription(/Set by your organisation/);
  await expect(page.locator('#policy-hints')).toBeVisible();

  // The policy names X only: Instagram stays the person's.
  await expect(page.getByRole('checkbox', { name: 'X (x.com, twitter.com)' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'X (x.com, twitter.com)' })).toHaveAccessibleDescription(/Set by your organisation/);
  await expect(page.getByRole('checkbox', { name: 'Instagram (instagram.com)' })).toBeEnabled();

  const language = page.getByLabel('Language of the interface');
  await expect(language).toBeDisabled();
  await expect(language).toHaveValue('en');

  const muted = page.locator('input[name="muted"]');
  await expect(page.locator('input[name="muted"][value="instagram/email-swap"]')).toBeChecked();
  await expect(muted.first()).toBeDisabled();
  expect(await muted.evaluateAll((inputs) => inputs.every((i) => (i as HTMLInputElement).disabled))).toBe(true);

  const problems = page.getByRole('note').filter({ hasText: "Your organisation's policy has values Signpost cannot use" });
  await expect(problems).toContainText(`rulePacks[${examplePacks.length}]: not valid JSON`);

  // A locked control cannot be changed from the page (a forced click on a disabled input does nothing).
  await hints.click({ force: true });
  await expect(hints).not.toBeChecked();
  expect(await page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)).toBeUndefined();
});

test('hints off by policy: a recognised screen lights the badge but shows no card, whatever the person chose; the policy lifted, the card appears live', async ({
  context,
  ext,
  extensionDir,
}) => {
  await ext.setSettings({ hints: true, sites: { instagram: true, x: true }, uiLanguage: 'auto', mutedTopics: [] });
  // Chromium's first storage.managed read after start takes seconds, and meanwhile the background
  // answers from its copy of the last policy read (none in a fresh profile): see policyInForce
  // and its unit tests. Here the policy has been read once, as in any browser running for a while.
  await expect
    .poll(async () => (await ext.probe()).evaluate(() => chrome.storage.managed.get()), { timeout: 20_000 })
    .toMatchObject({ hints: false });
  // The card must never appear, not merely be gone by the time we look.
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('signpost-hint')) document.documentElement.dataset.hintSeen = 'yes';
    }).observe(document, { childList: true, subtree: true });
  });
  const { page, tabId } = await ext.openFixture(FIXTURE);
  // Generous: on a busy two-core machine the first report can take seconds.
  await expect.poll(() => ext.badge(tabId), { timeout: 20_000 }).toMatchObject({ text: '!' });
  expect((await ext.tabState(tabId))?.matches[0]?.id).toBe('instagram/suspicious-login');
  await page.waitForTimeout(500);
  await expect(hint(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.dataset.hintSeen)).toBeUndefined();

  // Control, and the live path: the administrator turns hints back on; Chromium reloads its policy
  // files, storage.managed changes, and the card appears on the open page without a reload.
  // (Chromium waits ≈ 5 s for the files to settle before it reads them.)
  const id = unpackedExtensionId(extensionDir);
  try {
    writePolicy(policyFile!, id, { ...POLICY, hints: true });
    await expect(hint(page)).toBeVisible({ timeout: 30_000 });
    // …and the watcher above does see a card when there is one.
    expect(await page.evaluate(() => document.documentElement.dataset.hintSeen)).toBe('yes');
  } finally {
    writePolicy(policyFile!, id, POLICY);
  }
});
