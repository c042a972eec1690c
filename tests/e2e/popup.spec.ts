import { expect, test } from './fixtures';
import { openPopupPage, resultTopics } from './lookup-helpers';

// Each test launches its own browser; on a busy two-core machine that alone can take 10 s.
test.describe.configure({ timeout: 60_000 });

test('the search box has focus on open; a misspelt "suspcious login" ranks the suspicious-login topic first', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopupPage(context, extensionId);
  const box = popup.getByRole('combobox', { name: 'Search the troubleshooting articles' });
  await expect(box).toBeFocused();
  await popup.keyboard.type('suspcious login');
  await expect.poll(() => resultTopics(popup).then((ids) => ids[0])).toBe('instagram/suspicious-login');
  // Each row: title and the one-line summary.
  const first = popup.getByRole('option').first();
  await expect(first.locator('.lookup-title')).toContainText('Suspicious login attempt');
  await expect(first.locator('.lookup-summary')).not.toBeEmpty();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
});

test('the platform filter keeps only that platform', async ({ context, extensionId }) => {
  const popup = await openPopupPage(context, extensionId);
  await popup.keyboard.type('invalid code');
  await expect.poll(async () => new Set((await resultTopics(popup)).map((id) => id!.split('/')[0])).size).toBeGreaterThan(1);

  for (const [name, platform] of [
    ['X', 'x'],
    ['Instagram', 'instagram'],
    ['General', 'general'],
  ] as const) {
    await popup.getByRole('radio', { name, exact: true }).check();
    await expect.poll(() => resultTopics(popup)).not.toEqual([]);
    const ids = await resultTopics(popup);
    expect(
      ids.every((id) => id!.startsWith(`${platform}/`)),
      `${name}: ${ids.join(', ')}`,
    ).toBe(true);
  }
  await popup.getByRole('radio', { name: 'X', exact: true }).check();
  await expect.poll(() => resultTopics(popup).then((ids) => ids[0])).toBe('x/invalid-code');

  // Nothing for a nonsense query says so.
  await popup.getByRole('combobox').fill('zzqxv');
  await expect(popup.getByRole('option')).toHaveCount(0);
  await expect(popup.getByText('No article matches “zzqxv”', { exact: false })).toBeVisible();
});

test("empty query: the current tab's recognised topic first, then the common topics of each platform", async ({
  context,
  extensionId,
  ext,
}) => {
  const { tabId } = await ext.openFixture('x/invalid-code/modal-en.html');
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
  const popup = await openPopupPage(context, extensionId, tabId);
  await expect(popup.getByRole('group', { name: 'Recognised on this tab' }).getByRole('option').first()).toHaveAttribute(
    'data-topic',
    'x/invalid-code',
  );
  await expect(popup.getByRole('group', { name: 'Common on Instagram' })).toBeVisible();
  await expect(popup.getByRole('group', { name: 'Common on X' })).toBeVisible();
  await expect(popup.getByRole('group', { name: 'Common on General' })).toBeVisible();
  expect((await resultTopics(popup))[0]).toBe('x/invalid-code');
  // The recognised topic is not listed twice.
  expect((await resultTopics(popup)).filter((id) => id === 'x/invalid-code')).toHaveLength(1);
});

test('keyboard only: type, arrow down, Enter opens the chosen article in the real side panel and closes the popup', async ({
  context,
  extensionId,
  ext,
}) => {
  const { tabId } = await ext.openFixture('x/invalid-code/modal-en.html');
  const popup = await openPopupPage(context, extensionId, tabId);
  await popup.keyboard.type('backup codes');
  await expect(popup.getByRole('option').nth(1)).toBeVisible();
  const second = await popup.getByRole('option').nth(1).getAttribute('data-topic');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const closed = popup.waitForEvent('close');
  // The popup may close between Enter's keydown (which chooses) and its keyup: that is success.
  await popup.keyboard.press('Enter').catch((e: unknown) => {
    if (!/closed/.test(String(e))) throw e;
  });
  await closed;

  await expect.poll(() => ext.openSidePanels().then((panels) => panels.length), { message: 'a side panel is open' }).toBe(1);
  await expect
    .poll(() => ext.inSidePanel(`document.querySelector('article[data-topic]')?.getAttribute('data-topic') ?? null`), { timeout: 10_000 })
    .toBe(second);
});

test('keyboard in the results list too: Tab there, ↓ and Enter open the chosen article', async ({ context, extensionId, ext }) => {
  const { tabId } = await ext.openFixture('x/invalid-code/modal-en.html');
  const popup = await openPopupPage(context, extensionId, tabId);
  await popup.keyboard.type('backup codes');
  await expect(popup.getByRole('combobox')).toHaveValue('backup codes');
  const list = popup.getByRole('listbox');
  for (let i = 0; i < 12 && !(await list.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(list).toBeFocused();
  const second = await popup.getByRole('option').nth(1).getAttribute('data-topic');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter').catch((e: unknown) => {
    if (!/closed/.test(String(e))) throw e;
  });
  await closed;
  await expect
    .poll(() => ext.inSidePanel(`document.querySelector('article[data-topic]')?.getAttribute('data-topic') ?? null`), { timeout: 10_000 })
    .toBe(second);
});

test('the UI follows the language chosen in settings (Spanish), without a reload of anything', async ({ context, extensionId, ext }) => {
  const popup = await openPopupPage(context, extensionId);
  await expect(popup.getByRole('radio', { name: 'All', exact: true })).toBeVisible();
  await ext.setSettings({ uiLanguage: 'es' });
  await expect(popup.getByRole('combobox', { name: 'Buscar en los artículos de ayuda' })).toBeVisible();
  await expect(popup.getByRole('combobox')).toHaveAttribute('placeholder', 'Describe el problema o escribe lo que dice la pantalla');
  await expect(popup.getByRole('radio', { name: 'Todas', exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Abrir el panel lateral' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await expect(popup.getByText('Common on', { exact: false })).toHaveCount(0);

  // A popup opened afterwards starts in Spanish.
  const again = await openPopupPage(context, extensionId);
  await expect(again.getByRole('link', { name: 'Configuración' })).toBeVisible();
});

test('what is typed in the box of the HTML, before any script runs, carries into the search', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  // Types into the box of index.html the moment the parser inserts it: before the page's modules run.
  await popup.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const shell = document.querySelector<HTMLInputElement>('#popup-shell input');
      if (!shell) return;
      observer.disconnect();
      shell.value = 'invalid code';
      (window as unknown as { typedBeforeScripts: boolean }).typedBeforeScripts = !document.querySelector('#app > *');
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const box = popup.getByRole('combobox');
  await expect(box).toBeFocused();
  expect(await popup.evaluate(() => (window as unknown as { typedBeforeScripts?: boolean }).typedBeforeScripts)).toBe(true);
  // One box: the real one, holding what was typed, with the caret at its end.
  await expect(popup.locator('input[type=search]')).toHaveCount(1);
  await expect(box).toHaveValue('invalid code');
  expect(await box.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe('invalid code'.length);
  await expect.poll(() => resultTopics(popup).then((ids) => ids.length)).toBeGreaterThan(0);
  expect(await resultTopics(popup)).toContain('instagram/invalid-code');
});
