/**
 * Organisation rule packs end to end, in the built extension: import through the real
 * settings page file input, the list, an invalid pack's every problem with nothing changed, a zip
 * of rule files, on/off, remove and undo, export; a pack that changes what built-in screens
 * recognise, shown before it is stored. What a pack's topics do on pages: rule-pack-topics.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { downloadFrom } from './download';
import { expect, test } from './fixtures';
import {
  confirmImport,
  DEVICE_TOPIC,
  importExample,
  openSettings,
  PACK,
  PACK_DIR,
  PACK_FILE,
  packStatus,
  packTableIds,
  storedPacks,
} from './rule-pack-settings';

test.describe.configure({ timeout: 60_000 });

test('settings page: import a pack, see it listed; an invalid pack lists every problem and changes nothing; zip, on/off, remove and undo, export', async ({
  context,
  extensionId,
  ext,
}) => {
  const page = await context.newPage();
  await openSettings(page, extensionId);
  await expect(page.getByText('No rule packs yet.')).toBeVisible();

  await importExample(page);
  const row = page.getByRole('row', { name: /Acme IT/ });
  await expect(row.getByRole('cell')).toHaveText(['1.2.0', '2', 'Imported', '', /Export/]);
  await expect(row.getByRole('checkbox', { name: 'Use “Acme IT”' })).toBeChecked();

  // An invalid pack: every problem as file — field — reason, and storage untouched.
  const before = await storedPacks(page);
  const [device, login] = PACK.rules;
  const bad = {
    ...PACK,
    version: 'latest',
    rules: [
      { ...device, frontMatter: { ...device!.frontMatter, kind: 'urgent' } },
      { ...login, article: 'See <a href="https://evil.example">this</a>.' },
    ],
  };
  await page
    .getByLabel('Import rule pack')
    .setInputFiles({ name: 'bad-pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“bad-pack.json” was not imported, and nothing was changed. 3 problems:');
  // Each problem said for people, the validator's exact words kept in a details line for the pack's author.
  const rows = () =>
    alert.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const [file, field, reason] = [...tr.querySelectorAll('td')];
        return [file!.textContent, field!.textContent, reason!.firstChild!.textContent, reason!.querySelector('details code')!.textContent];
      }),
    );
  expect(await rows()).toEqual([
    ['bad-pack.json', 'version', '“version” is not valid.', 'must be a version such as 1.0.0'],
    ['instagram/acme-device-limit.md', 'frontMatter.kind', '“kind” is not valid.', expect.stringMatching(/blocking/)],
    ['instagram/suspicious-login.md', 'article', '“article” is not valid.', expect.stringContaining('html is not allowed')],
  ]);
  // In the person's language: the sentences follow the interface; the validator's words stay as written.
  await ext.setSettings({ uiLanguage: 'es' });
  await expect
    .poll(async () => (await rows())[0])
    .toEqual(['bad-pack.json', 'version', '«version» no es válido.', 'must be a version such as 1.0.0']);
  await ext.setSettings({ uiLanguage: 'en' });
  await expect.poll(async () => (await rows())[0]?.[2]).toBe('“version” is not valid.');
  expect(await storedPacks(page)).toEqual(before);
  // The list and the problem table are accessible (labels, headers, contrast).
  const { violations } = await new AxeBuilder({ page })
    .include('.packs')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  await expect(
    page
      .getByRole('row', { name: /Acme IT/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1.2.0');

  // A zip of rule files, named by its pack.json: listed beside the first.
  const files = Object.fromEntries(
    (readdirSync(PACK_DIR, { recursive: true }) as string[])
      .filter((f) => /\.(md|json)$/.test(f))
      .map((f) => [f, strToU8(f === 'pack.json' ? '{ "name": "Acme zip", "version": "2.0.0" }' : readFileSync(join(PACK_DIR, f), 'utf8'))]),
  );
  await page
    .getByLabel('Import rule pack')
    .setInputFiles({ name: 'acme.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(files)) });
  await confirmImport(page);
  await expect(packStatus(page)).toHaveText('Imported “Acme zip” 2.0.0: 1 new topic, 1 replacing a built-in topic.');
  await expect(
    page
      .getByRole('row', { name: /Acme zip/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('2.0.0');

  // Re-importing a pack of the same name replaces it, and says so.
  await page.getByLabel('Import rule pack').setInputFiles({
    name: 'acme-1.3.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...PACK, version: '1.3.0' })),
  });
  await confirmImport(page);
  await expect(packStatus(page)).toContainText('It replaced version 1.2.0 of the pack with the same name.');
  await expect(
    page
      .getByRole('row', { name: /Acme IT/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1.3.0');

  // Off, then remove and undo.
  await page.getByRole('checkbox', { name: 'Use “Acme zip”' }).uncheck();
  await expect
    .poll(async () => (await storedPacks(page)) as { name: string; enabled: boolean }[])
    .toEqual([expect.objectContaining({ name: 'Acme IT', enabled: true }), expect.objectContaining({ name: 'Acme zip', enabled: false })]);
  await page.getByRole('button', { name: 'Remove “Acme IT”' }).click();
  await expect(packStatus(page)).toContainText('Removed “Acme IT”.');
  await expect(page.getByRole('row', { name: /Acme IT/ })).toHaveCount(0);
  await expect.poll(() => packTableIds(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Acme IT/ })).toHaveCount(1);
  await expect.poll(() => packTableIds(page)).toEqual([DEVICE_TOPIC, 'instagram/suspicious-login']);

  // Export gives back the pack JSON.
  const file = await downloadFrom(page, 'Export “Acme IT”');
  expect(file.name).toBe('acme-it-1.3.0.signpost-pack.json');
  expect(JSON.parse(file.text)).toEqual({ ...PACK, version: '1.3.0' });
});

test('a pack that changes what built-in screens recognise is shown before it is stored, and stored only when confirmed', async ({
  context,
  extensionId,
  ext,
}) => {
  const page = await context.newPage();
  await openSettings(page, extensionId);
  await page.getByLabel('Import rule pack').setInputFiles(PACK_FILE);
  const review = page.getByTestId('pack-review');
  await expect(review).toContainText('“Acme IT” 1.2.0 changes what Signpost recognises on its built-in screens. It is not imported yet.');
  // How many screens the built-in topic recognised and how many the pack's rule does, counted properly.
  await expect(review.locator('li[data-topic="instagram/suspicious-login"]')).toHaveText(
    /^“Suspicious login attempt \(Acme procedure\)” replaces a built-in topic that recognised \d{2} screens; the new rule recognises 1\.$/,
  );
  await review.getByText(/built-in screens would show a different topic, or none/).click();
  await expect(review).toContainText('instagram/suspicious-login/page-es.html');
  expect(await storedPacks(page)).toBeUndefined();
  // Don't import: nothing stored, nothing in effect.
  await review.getByRole('button', { name: "Don't import" }).click();
  await expect(packStatus(page)).toHaveText('“Acme IT” was not imported; nothing was changed.');
  expect(await storedPacks(page)).toBeUndefined();
  expect(await packTableIds(page)).toEqual([]);
  // The same in Spanish, then confirmed: stored and in effect.
  await ext.setSettings({ uiLanguage: 'es' });
  await page.getByLabel('Importar paquete de reglas').setInputFiles(PACK_FILE);
  await expect(review.locator('li[data-topic="instagram/suspicious-login"]')).toHaveText(
    /^«Suspicious login attempt \(Acme procedure\)» sustituye a un tema incluido que reconocía \d{2} pantallas; la regla nueva reconoce 1\.$/,
  );
  await review.getByRole('button', { name: 'Importar de todos modos' }).click();
  await expect.poll(() => packTableIds(page)).toEqual([DEVICE_TOPIC, 'instagram/suspicious-login']);
  const { violations } = await new AxeBuilder({ page })
    .include('.packs')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
