import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePackTable } from '../../src/packs/effective';
import { PACK_TABLE_KEY, PACK_TOPICS_KEY } from '../../src/storage/keys';
import { FIXTURES_DIR } from './helpers';

vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
vi.mock('virtual:signpost/topic-cards', () => import('./build-modules').then((m) => m.topicCardsModule()));
vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));
vi.mock('virtual:signpost/short-fixes', async () => ({ default: {} }));
// Every article parse is counted: a pack is parsed when it is checked, never when it is shown.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/rules/markdown', async (original) => {
  const real = await original<typeof import('../../src/rules/markdown')>();
  return { ...real, markdownToTree: (md: string) => (parses.count++, real.markdownToTree(md)) };
});
const policy = vi.hoisted(() => ({ rulePacks: [] as unknown[] }));
vi.mock('../../src/settings/policy/managed', async (original) => {
  const real = await original<typeof import('../../src/settings/policy/managed')>();
  const now = async () => ({ ...real.EMPTY_POLICY, rulePacks: policy.rulePacks });
  return { ...real, readManagedPolicy: now, policyInForce: now, watchManagedPolicy: () => () => undefined };
});

/**
 * How the background loads packs (src/packs/load.ts, src/packs/publish.ts): each pack on
 * its own through the import's check, so one bad pack (a policy's, or one stored by an earlier
 * version) is refused alone and reported, and the others stay in effect; each pack's articles are
 * parsed once — at import, or the first time the background sees a policy's pack — never again at a
 * worker start, and never when a page shows them.
 */
type Pack = {
  name: string;
  version: string;
  rules: { file: string; frontMatter: Record<string, unknown> & { related: string[]; match: { any: unknown[] } }; article: string }[];
};
const PACK = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as Pack;
const DEVICE = 'instagram/acme-device-limit';

/** The device-limit rule alone, as its own pack `name` (it relates only to a bundled topic). */
function devicePack(name: string, id = DEVICE): Pack {
  const pack = structuredClone(PACK);
  pack.rules = [pack.rules[0]!];
  pack.rules[0]!.frontMatter.id = id;
  return { ...pack, name };
}
const withConstructorKey = (name: string): Pack => {
  const pack = devicePack(name, 'instagram/acme-broken');
  pack.rules[0]!.frontMatter.match.any[0] = { constructor: 'x' };
  return pack;
};

async function startWorker() {
  vi.resetModules();
  const topics = await import('../../src/packs/topic-registry');
  const { watchPacks } = await import('../../src/packs/publish');
  watchPacks();
  await topics.topicsReady();
  return topics;
}
/** Module loading after a reset takes a while on a busy machine: wait for the background's writes generously. */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 20_000, interval: 50 });
const tableIds = async () => parsePackTable((await fakeBrowser.storage.local.get(PACK_TABLE_KEY))[PACK_TABLE_KEY]).map((r) => r.id);
const state = async () => (await import('../../src/packs/state')).readPackState();

beforeEach(() => {
  fakeBrowser.reset();
  parses.count = 0;
});
afterEach(() => {
  policy.rulePacks = [];
});

describe('one bad pack never disables the others', () => {
  it("a policy pack with a condition keyed `constructor` is refused alone; the person's and the organisation's other packs stay in effect", async () => {
    const { savePack } = await import('../../src/packs/store');
    const { checkPack } = await import('../../src/packs/check');
    const imported = checkPack(
      devicePack('Mine', 'instagram/acme-mine'),
      new Set((await import('../../src/rules/catalog-ids')).CATALOG_IDS),
    );
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    await savePack(devicePack('Mine', 'instagram/acme-mine'), imported.pack, 'json');
    policy.rulePacks = [withConstructorKey('Broken org pack'), devicePack('Org pack')];

    const topics = await startWorker();
    await eventually(async () => expect(await tableIds()).toEqual(['instagram/acme-device-limit', 'instagram/acme-mine']));
    expect(topics.isKnownTopic(DEVICE)).toBe(true);
    expect(await state()).toEqual([
      expect.objectContaining({ origin: 'imported', name: 'Mine', state: 'on' }),
      expect.objectContaining({
        origin: 'organisation',
        index: 0,
        name: 'Broken org pack',
        state: 'refused',
        problems: [expect.objectContaining({ reason: expect.stringContaining('got constructor') })],
      }),
      expect.objectContaining({ origin: 'organisation', index: 1, name: 'Org pack', state: 'on', topics: 1 }),
    ]);
    // The diagnostics log says so, once.
    const { readInternalErrors } = await import('../../src/report/timeline');
    await eventually(async () =>
      expect((await readInternalErrors()).map((e) => e.detail)).toEqual([
        expect.stringMatching(
          /^rule pack refused: policy "Broken org pack" 1\.2\.0 — 1 problem\(s\); first: instagram\/acme-device-limit\.md — frontMatter\.match\.any\.0 — /,
        ),
      ]),
    );
  });

  it("a policy's pack passes the import's article checks: an article with HTML is refused, as on import", async () => {
    const html = devicePack('Org HTML');
    html.rules[0]!.article = 'Click <b>here</b>.';
    policy.rulePacks = [html, devicePack('Org pack', 'instagram/acme-org')];
    await startWorker();
    await eventually(async () => expect(await tableIds()).toEqual(['instagram/acme-org']));
    expect((await state())[0]).toMatchObject({
      name: 'Org HTML',
      state: 'refused',
      problems: [{ file: 'instagram/acme-device-limit.md', field: 'article', reason: 'html is not allowed in articles ("<b>")' }],
    });
  });
});

describe('parsed once, and never on a page open', () => {
  it("a policy's pack is parsed when the background first sees it, not again at the next worker start, and not when a page shows it", async () => {
    policy.rulePacks = [structuredClone(PACK)];
    await startWorker();
    await eventually(async () => expect(await tableIds()).toEqual([DEVICE, 'instagram/suspicious-login']));
    expect(parses.count).toBe(2); // its two articles
    await startWorker(); // the worker was stopped and starts again
    await eventually(async () => expect((await state()).map((s) => s.state)).toEqual(['on']));
    await new Promise((r) => setTimeout(r, 50));
    expect(parses.count).toBe(2);

    // The side panel and popup read packTopics: trees, shown without a parse.
    const { packArticlesOf } = await import('../../src/ui/pack-topics');
    const shown = await packArticlesOf((await fakeBrowser.storage.local.get(PACK_TOPICS_KEY))[PACK_TOPICS_KEY]);
    expect(shown.map((a) => a.id)).toEqual([DEVICE, 'instagram/suspicious-login']);
    expect(shown[0]!.body[0]).toEqual({ t: 'h2', c: ["What you're seeing"] });
    expect(parses.count).toBe(2);
  });

  it('a pack stored by an earlier version (no trees) keeps working: checked once by the background, then from its record', async () => {
    await fakeBrowser.storage.local.set({
      rulePacks: [{ name: 'Acme IT', version: '1.2.0', enabled: true, importedAt: 1, source: 'json', data: PACK }],
    });
    await startWorker();
    await eventually(async () => expect(await tableIds()).toEqual([DEVICE, 'instagram/suspicious-login']));
    expect(parses.count).toBe(2);
    await startWorker();
    await eventually(async () => expect((await state()).map((s) => [s.name, s.state])).toEqual([['Acme IT', 'on']]));
    await new Promise((r) => setTimeout(r, 50));
    expect(parses.count).toBe(2);
  });

  it('a hostile pack an earlier version stored is refused at once, with its reason; the other stored pack stays', async () => {
    const hostile = structuredClone(PACK);
    hostile.rules[0]!.article = `__${'a_'.repeat(45_000)}`;
    await fakeBrowser.storage.local.set({
      rulePacks: [
        { name: 'Acme IT', version: '1.2.0', enabled: true, importedAt: 1, source: 'json', data: hostile },
        {
          name: 'Other',
          version: '1.0.0',
          enabled: true,
          importedAt: 2,
          source: 'json',
          data: { ...devicePack('Other', 'instagram/acme-other') },
        },
      ],
    });
    const started = performance.now();
    await startWorker();
    await eventually(async () => expect(await tableIds()).toEqual(['instagram/acme-other']));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await state())[0]).toMatchObject({
      name: 'Acme IT',
      state: 'refused',
      problems: [expect.objectContaining({ field: 'article', reason: expect.stringContaining('a word of more than 200 characters') })],
    });
  });

  it('a pack imported now is stored with its trees: the background parses nothing', async () => {
    const { importPackFile } = await import('../../src/packs/import');
    const { savePack } = await import('../../src/packs/store');
    const outcome = importPackFile(
      'acme.json',
      new TextEncoder().encode(JSON.stringify(PACK)),
      new Set((await import('../../src/rules/catalog-ids')).CATALOG_IDS),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    await savePack(outcome.data, outcome.pack, outcome.source);
    parses.count = 0;
    await startWorker();
    await eventually(async () => expect(await tableIds()).toEqual([DEVICE, 'instagram/suspicious-login']));
    expect(parses.count).toBe(0);
  });
});
