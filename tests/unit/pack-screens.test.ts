import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RulePacks } from '../../entrypoints/options/RulePacks';
import { screenEffects } from '../../src/screens/effects';
import { bundleScreens } from '../../src/screens/bundle';
import { I18nProvider } from '../../src/i18n/preact';
import { checkPack } from '../../src/packs/import';
import { loadPacks } from '../../src/packs/load';
import { addedConflicts, checkPackScreens, changesBundledScreens } from '../../src/packs/screen-check';
import { packReport } from '../../src/packs/report';
import { tableWithPacks } from '../../src/packs/effective';
import { CATALOG_IDS } from '../../src/rules/catalog-ids';
import { updateSettings } from '../../src/settings/store';
import { PACK_STATE_KEY } from '../../src/storage/keys';
import { FIXTURES_DIR, loadFixtures, runCli, shippedRules } from './helpers';
import { browserSpeaks } from './browser-i18n';
import { renderRoot, shows as showsIn } from './render-root';

vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
vi.mock('virtual:signpost/screens', () => import('./build-modules').then((m) => m.screensModule()));
const policy = vi.hoisted(() => ({ rulePacks: [] as unknown[] }));
vi.mock('../../src/settings/policy/managed', async (original) => {
  const real = await original<typeof import('../../src/settings/policy/managed')>();
  const now = async () => ({ ...real.EMPTY_POLICY, rulePacks: policy.rulePacks });
  return { ...real, readManagedPolicy: now, policyInForce: now, watchManagedPolicy: () => () => undefined };
});

/**
 * The repository's own example pack replaces *Suspicious login attempt* with a rule in English
 * words only: imported as it was, the Spanish and Portuguese challenge pages lost their topic. A
 * pack is now checked against every bundled screen, by the function the rule builder and
 * `check-pack` use, and one that changes a bundled screen's first topic is shown as such before it
 * is stored, and stored only when the person confirms. A policy's pack that does so is reported.
 */
type Pack = { name: string; version: string; rules: { frontMatter: Record<string, unknown> }[] };
const PACK_FILE = join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json');
const PACK = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
const { table } = shippedRules();
const SCREENS = bundleScreens(loadFixtures()).map((s) => ({ name: s.file, snapshot: { ...s.snapshot, url: s.url }, bundled: true }));
const IDS = new Set(CATALOG_IDS);
const checked = (data: unknown) => {
  const result = checkPack(data, IDS);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
};
const LOGIN = 'instagram/suspicious-login';
/** Bundled screens on which the bundled rules rank `id` first. */
const firstOn = (id: string) => SCREENS.filter((s) => screenEffects(table, table, [id], [s]).matches.get(id)?.[0]?.first).length;

describe('what a pack does to the bundled screens', () => {
  it('the example pack: the topic it replaces came first on many screens, its rule on one; the Spanish and Portuguese challenge pages and the English "code rejected" page change', () => {
    const check = checkPackScreens(table, [checked(PACK)], SCREENS);
    expect(changesBundledScreens(check)).toBe(true);
    expect(check.replaced).toEqual([{ id: LOGIN, before: firstOn(LOGIN), after: 1 }]);
    expect(check.replaced[0]!.before).toBeGreaterThan(20);
    const changed = new Map(check.conflicts.map((c) => [c.screen, c]));
    for (const screen of [
      'instagram/suspicious-login/page-es.html',
      'instagram/suspicious-login/page-pt.html',
      'instagram/suspicious-login/code-rejected-en.html',
    ]) {
      expect(changed.get(screen), screen).toMatchObject({ before: LOGIN });
      expect(changed.get(screen)!.after).not.toBe(LOGIN);
    }
  });

  it('is the check the rule builder and check-pack make (one home): the same conflicts', async () => {
    const pack = checked(PACK);
    const check = checkPackScreens(table, [pack], SCREENS);
    expect(check.conflicts).toEqual(
      screenEffects(
        table,
        tableWithPacks(table, [pack]),
        pack.rules.map((r) => r.frontMatter.id),
        SCREENS,
      ).conflicts,
    );
    const cli = await runCli('check-pack', PACK_FILE);
    expect(cli.code).toBe(1);
    expect(cli.stdout.split('\n').filter((l) => l.startsWith('CONFLICT'))).toHaveLength(check.conflicts.length);
  });

  it('a pack that only adds a topic of its own changes no bundled screen: nothing to confirm', () => {
    const device = { ...PACK, rules: [PACK.rules[0]!] };
    const check = checkPackScreens(table, [checked(device)], SCREENS);
    expect(check).toEqual({ conflicts: [], replaced: [] });
    expect(changesBundledScreens(check)).toBe(false);
  });
});

describe('adding a rule to a stored pack re-checks the whole pack', () => {
  /** The login rule alone (its `related` then names only bundled topics). */
  const login = () => {
    const rule = structuredClone(PACK.rules[1]!) as { frontMatter: { related: string[] } };
    rule.frontMatter.related = rule.frontMatter.related.filter((id) => id !== 'instagram/acme-device-limit');
    return { ...PACK, rules: [rule] };
  };
  const device = () => ({ ...PACK, rules: [PACK.rules[0]!] });

  it('a rule that takes bundled screens from their topic is caught, in a pack that took none', () => {
    const before = checked(device());
    const after = checked({ ...PACK, rules: [PACK.rules[0]!, PACK.rules[1]!] });
    const added = addedConflicts(table, before, after, SCREENS);
    expect(added.length).toBe(checkPackScreens(table, [after], SCREENS).conflicts.length);
    expect(added.length).toBeGreaterThan(0);
  });

  it('a harmless rule added to a pack the person already confirmed adds nothing to confirm', () => {
    const before = checked(login());
    const after = checked({ ...PACK, rules: [PACK.rules[1]!, PACK.rules[0]!] });
    expect(checkPackScreens(table, [after], SCREENS).conflicts.length).toBeGreaterThan(0); // the whole pack still changes screens…
    expect(addedConflicts(table, before, after, SCREENS)).toEqual([]); // …but none the person had not seen
  });
});

describe('Settings: the pack list and the import confirmation', () => {
  let root: Element;
  let unmount: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    browserSpeaks('en');
    ({ root, unmount } = renderRoot());
  });
  afterEach(() => {
    unmount();
    policy.rulePacks = [];
    vi.restoreAllMocks();
  });
  const shows = (text: string | RegExp) => showsIn(root, text, 15_000);

  it("renders a policy pack with a condition keyed `constructor` as refused, with its problem, beside the organisation's good pack and its screen changes", async () => {
    const broken = structuredClone(PACK) as Pack & { rules: { frontMatter: { match: { any: unknown[] } } }[] };
    broken.name = 'Broken';
    broken.rules[0]!.frontMatter.match.any[0] = { constructor: 'x' };
    policy.rulePacks = [broken, PACK];
    const loaded = await loadPacks([], policy.rulePacks, { bundledIds: IDS, cache: new Map() });
    await fakeBrowser.storage.local.set({ [PACK_STATE_KEY]: loaded.status });
    render(h(RulePacks, null), root);
    await shows("Your organisation's pack “Broken” is not in use: 1 problem.");
    expect(root.textContent).toContain('“constructor” is not a kind of condition Signpost knows.');
    const row = root.querySelector('tr[data-pack="Acme IT"][data-origin="organisation"]')!;
    expect(row.textContent).toContain('Set by your organisation');
    // The organisation's pack changes built-in screens: said in its row, counted properly.
    await vi.waitFor(
      () =>
        expect(row.querySelector('[data-testid="policy-pack-changes"]')?.textContent).toContain(
          `“Suspicious login attempt (Acme procedure)” replaces a built-in topic that recognised ${firstOn(LOGIN)} screens; the new rule recognises 1.`,
        ),
      { timeout: 15_000 },
    );
  });

  it('importing the example pack shows what it changes, in the interface language, and stores nothing until confirmed', async () => {
    await updateSettings({ uiLanguage: 'es' });
    render(h(I18nProvider, null, h(RulePacks, null)), root);
    await shows('Paquetes de reglas');
    const input = root.querySelector('#pack-file') as unknown as HTMLInputElement;
    const file = { name: 'acme.json', size: 1000, arrayBuffer: async () => new TextEncoder().encode(JSON.stringify(PACK)).buffer };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new (globalThis.document as unknown as Document).defaultView!.Event('change'));
    await shows(
      `«Suspicious login attempt (Acme procedure)» sustituye a un tema incluido que reconocía ${firstOn(LOGIN)} pantallas; la regla nueva reconoce 1.`,
    );
    expect(root.textContent).toContain(
      '«Acme IT» 1.2.0 cambia lo que Signpost reconoce en sus pantallas incluidas. Todavía no se ha importado.',
    );
    expect((await fakeBrowser.storage.local.get('rulePacks')).rulePacks).toBeUndefined();
    const [anyway, dont] = [...root.querySelectorAll('[data-testid="pack-review"] button')] as unknown as HTMLButtonElement[];
    expect(dont!.textContent).toBe('No importar');
    anyway!.click();
    await vi.waitFor(
      async () =>
        expect(((await fakeBrowser.storage.local.get('rulePacks')).rulePacks as { name: string }[]).map((p) => p.name)).toEqual([
          'Acme IT',
        ]),
      { timeout: 15_000 },
    );
    await shows('Se importó «Acme IT» 1.2.0');
  });
});

describe('what the diagnostics report can say of the packs', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => (policy.rulePacks = []));

  it("each pack the background knows, a refused one's first problem, and how many bundled screens a pack in effect changes", async () => {
    const broken = structuredClone(PACK) as Pack & { rules: { frontMatter: { match: { any: unknown[] } } }[] };
    broken.name = 'Broken';
    broken.rules[0]!.frontMatter.match.any[0] = { toString: 'x' };
    policy.rulePacks = [broken, PACK];
    const loaded = await loadPacks([], policy.rulePacks, { bundledIds: IDS, cache: new Map() });
    await fakeBrowser.storage.local.set({ [PACK_STATE_KEY]: loaded.status });
    const check = checkPackScreens(table, [checked(PACK)], SCREENS);
    expect(await packReport({ bundled: table, screens: SCREENS })).toEqual([
      {
        origin: 'organisation',
        name: 'Broken',
        version: '1.2.0',
        state: 'refused',
        topics: 0,
        problems: 1,
        firstProblem: expect.stringMatching(/^instagram\/acme-device-limit\.md — frontMatter\.match\.any\.0 — .*got toString$/),
      },
      {
        origin: 'organisation',
        name: 'Acme IT',
        version: '1.2.0',
        state: 'on',
        topics: 2,
        problems: 0,
        changedScreens: check.conflicts.length,
        replaced: [{ id: LOGIN, before: firstOn(LOGIN), after: 1 }],
      },
    ]);
    // Without the screens (a report made without loading them), the rest is still there.
    expect((await packReport()).map((e) => [e.name, e.state, e.changedScreens])).toEqual([
      ['Broken', 'refused', undefined],
      ['Acme IT', 'on', undefined],
    ]);
  });
});
