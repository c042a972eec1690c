/**
 * Organisation rule packs: the store of imported packs, the effective rule set
 * (bundled < imported < organisation policy, same id overrides), what the background derives for the
 * other contexts, refusals that change nothing, and repair of corrupt stored packs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { match } from '../../src/engine/match';
import { effectiveArticles, effectivePackRules, effectiveTable, packTableOf, parsePackTable } from '../../src/packs/effective';
import { packArticle } from '../../src/packs/pack-articles';
import { exportFileName } from '../../src/packs/export';
import { checkPack, importPackFile } from '../../src/packs/import';
import { loadPacks } from '../../src/packs/load';
import {
  readStoredPacks,
  removePack,
  repairStoredPacks,
  restorePack,
  savePack,
  setPackEnabled,
  type LoadedPack,
} from '../../src/packs/store';
import { packTopicsOf, parsePackTopics } from '../../src/packs/derived';
import { PACK_TABLE_KEY, PACK_TOPICS_KEY, RULE_PACKS_KEY } from '../../src/storage/keys';
import { readInternalErrors } from '../../src/report/timeline';
import { checkStorage } from '../../src/storage-map/integrity';
import { contentScriptSender } from './content-script-sender';
import { FIXTURES_DIR, shippedRules, snapshotOf } from './helpers';

vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));
vi.mock('virtual:signpost/short-fixes', () => import('./build-modules').then((m) => m.shortFixesModule()));
vi.mock('virtual:signpost/topic-cards', () => import('./build-modules').then((m) => m.topicCardsModule()));
const policy = vi.hoisted(() => ({ rulePacks: [] as unknown[], listeners: [] as (() => void)[] }));
vi.mock('../../src/settings/policy/managed', async (original) => ({
  ...(await original<typeof import('../../src/settings/policy/managed')>()),
  readManagedPolicy: async () => ({
    ...(await original<typeof import('../../src/settings/policy/managed')>()).EMPTY_POLICY,
    rulePacks: policy.rulePacks,
  }),
  policyInForce: async () => ({
    ...(await original<typeof import('../../src/settings/policy/managed')>()).EMPTY_POLICY,
    rulePacks: policy.rulePacks,
  }),
  watchManagedPolicy: (onChange: () => void) => {
    policy.listeners.push(onChange);
    return () => undefined;
  },
}));

const PACK_TEXT = readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8');
const PACK = JSON.parse(PACK_TEXT) as {
  name: string;
  version: string;
  rules: { file: string; frontMatter: Record<string, unknown>; article: string }[];
};
const BUNDLED = shippedRules();
const BUNDLED_IDS = new Set(BUNDLED.articles.map((a) => a.id));
const bytes = (text: string) => new TextEncoder().encode(text);
const DEVICE_PAGE = snapshotOf(
  `<main><h2>You're logged in on too many devices</h2><button>Log out of other devices</button></main>`,
  'https://www.instagram.com/accounts/login/',
);
const CHALLENGE_PAGE = snapshotOf(
  `<main><h2>Suspicious Login Attempt</h2><button>Send Security Code</button></main>`,
  'https://www.instagram.com/challenge/123/',
);

/** What the pages read: `packTopics`, parsed. */
const storedPackTopics = async () => parsePackTopics((await fakeBrowser.storage.local.get(PACK_TOPICS_KEY))[PACK_TOPICS_KEY]);
/** The packs in effect, as the background loads them (each through the import's check). */
const inEffect = (stored: readonly LoadedPack[], policy: readonly unknown[]) =>
  loadPacks(stored, policy, { bundledIds: BUNDLED_IDS, cache: new Map() });

function importFixture(text = PACK_TEXT, name = 'acme-it.signpost-pack.json') {
  const outcome = importPackFile(name, bytes(text), BUNDLED_IDS);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome;
}
const withVersion = (version: string, title = 'Suspicious login attempt (Acme procedure)') =>
  JSON.stringify({
    ...PACK,
    version,
    rules: PACK.rules.map((r) =>
      r.frontMatter.id === 'instagram/suspicious-login' ? { ...r, frontMatter: { ...r.frontMatter, title } } : r,
    ),
  });

describe('importing a pack file', () => {
  it('the example pack is valid: one new topic, one replacing a built-in topic', () => {
    const outcome = importFixture();
    expect(outcome).toMatchObject({
      source: 'json',
      added: ['instagram/acme-device-limit'],
      overridden: ['instagram/suspicious-login'],
      pack: { name: 'Acme IT', version: '1.2.0' },
    });
    expect(outcome.data).toEqual(PACK); // the JSON as imported, kept for export
  });

  it('an invalid pack lists every problem (file, field, reason), including articles, and is not accepted', () => {
    const [device, login] = PACK.rules;
    const bad = {
      ...PACK,
      rules: [
        { ...device, frontMatter: { ...device!.frontMatter, kind: 'urgent', platform: 'x' } },
        { ...login, article: 'Click <b>here</b> or see [the wiki](https://wiki.acme.example).' },
        {
          file: 'empty.md',
          frontMatter: { ...login!.frontMatter, id: 'instagram/acme-empty', related: ['instagram/no-such-topic'] },
          article: '',
        },
      ],
    };
    const outcome = importPackFile('bad.json', bytes(JSON.stringify(bad)), BUNDLED_IDS);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // A malformed entry does not hide the article problems of the others: one round of fixes is enough.
    expect(outcome.errors).toEqual([
      { file: 'instagram/acme-device-limit.md', field: 'frontMatter.kind', reason: expect.any(String) },
      { file: 'instagram/suspicious-login.md', field: 'article', reason: 'html is not allowed in articles ("<b>")' },
      { file: 'empty.md', field: 'frontMatter.related.0', reason: 'unknown topic id "instagram/no-such-topic"' },
      { file: 'empty.md', field: 'article', reason: 'the article body is empty' },
    ]);

    const articlesOnly = { ...bad, rules: bad.rules.slice(1) };
    const second = importPackFile('bad.json', bytes(JSON.stringify(articlesOnly)), BUNDLED_IDS);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.errors).toEqual([
      { file: 'instagram/suspicious-login.md', field: 'frontMatter.related.1', reason: 'unknown topic id "instagram/acme-device-limit"' },
      { file: 'instagram/suspicious-login.md', field: 'article', reason: 'html is not allowed in articles ("<b>")' },
      { file: 'empty.md', field: 'frontMatter.related.0', reason: 'unknown topic id "instagram/no-such-topic"' },
      { file: 'empty.md', field: 'article', reason: 'the article body is empty' },
    ]);
  });

  it('checks the id against the platform, hosts against the platform, like bundled rule files', () => {
    const [device] = PACK.rules;
    const result = checkPack(
      {
        ...PACK,
        rules: [
          {
            ...device,
            frontMatter: { ...device!.frontMatter, platform: 'x', match: { hosts: ['x.com'], any: [{ heading: 'Too many' }] } },
          },
        ],
      },
      BUNDLED_IDS,
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'instagram/acme-device-limit.md', field: 'frontMatter.platform', reason: '"x" does not match the id\'s platform' }],
    });
    const hosts = checkPack(
      {
        ...PACK,
        rules: [{ ...device, frontMatter: { ...device!.frontMatter, match: { hosts: ['evil.example'], any: [{ heading: 'Too many' }] } } }],
      },
      BUNDLED_IDS,
    );
    expect(hosts.ok ? [] : hosts.errors.map((e) => e.field)).toEqual(['frontMatter.match.hosts']);
  });

  it('a file that is neither JSON nor a zip is one clear problem', () => {
    expect(importPackFile('pack.json', new Uint8Array([0xff, 0xfe, 0x00]), BUNDLED_IDS)).toEqual({
      ok: false,
      errors: [{ file: 'pack.json', field: '(file)', reason: 'neither a zip file nor UTF-8 JSON text' }],
    });
    expect(importPackFile('pack.json', bytes('{nope'), BUNDLED_IDS)).toMatchObject({
      ok: false,
      errors: [{ file: 'pack.json', field: '(json)' }],
    });
  });
});

describe('the store of imported packs (storage.local rulePacks)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a pack with name, version, on, import time and its JSON; the same name replaces it in place', async () => {
    const first = importFixture();
    expect(await savePack(first.data, first.pack, 'json', 1000)).toEqual({ replaced: null });
    const other = importFixture(JSON.stringify({ ...PACK, name: 'Other pack' }));
    await savePack(other.data, other.pack, 'json', 2000);
    const again = importFixture(withVersion('1.3.0'));
    const { replaced } = await savePack(again.data, again.pack, 'json', 3000);
    expect(replaced).toMatchObject({ name: 'Acme IT', version: '1.2.0' });
    const stored = await readStoredPacks();
    expect(stored.map((p) => [p.name, p.version, p.enabled, p.importedAt, p.source])).toEqual([
      ['Acme IT', '1.3.0', true, 3000, 'json'],
      ['Other pack', '1.2.0', true, 2000, 'json'],
    ]);
    expect(stored[0]!.data).toEqual(JSON.parse(withVersion('1.3.0')));
  });

  it('disable, remove and undo', async () => {
    const a = importFixture();
    const b = importFixture(JSON.stringify({ ...PACK, name: 'B' }));
    await savePack(a.data, a.pack, 'json');
    await savePack(b.data, b.pack, 'json');
    await setPackEnabled('Acme IT', false);
    expect((await readStoredPacks()).map((p) => p.enabled)).toEqual([false, true]);
    expect((await inEffect(await readStoredPacks(), [])).packs.map((p) => p.name)).toEqual(['B']);
    const removed = await removePack('Acme IT');
    expect(removed).toMatchObject({ index: 0, pack: { name: 'Acme IT', enabled: false } });
    expect((await readStoredPacks()).map((p) => p.name)).toEqual(['B']);
    await restorePack(removed!);
    expect((await readStoredPacks()).map((p) => [p.name, p.enabled])).toEqual([
      ['Acme IT', false],
      ['B', true],
    ]);
    expect(await removePack('nobody')).toBeNull();
  });

  it('a refused import writes nothing: what was stored stays exactly as it was', async () => {
    const good = importFixture();
    await savePack(good.data, good.pack, 'json');
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const outcome = importPackFile('acme.json', bytes(JSON.stringify({ ...PACK, version: 'latest' })), BUNDLED_IDS);
    expect(outcome).toMatchObject({
      ok: false,
      errors: [{ file: 'acme.json', field: 'version', reason: 'must be a version such as 1.0.0' }],
    });
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    set.mockRestore();
  });

  it('corrupt stored packs: readers skip them; the storage check removes them, keeps the good ones and notes it', async () => {
    const good = importFixture();
    await savePack(good.data, good.pack, 'json', 5);
    const [entry] = (await fakeBrowser.storage.local.get(RULE_PACKS_KEY))[RULE_PACKS_KEY] as unknown[];
    await fakeBrowser.storage.local.set({
      [RULE_PACKS_KEY]: [
        entry,
        'garbage',
        {
          ...(entry as object),
          name: 'Forged',
          data: { format: 'signpost-rule-pack', name: 'Forged', version: '1', rules: [{ frontMatter: { id: 'x' } }] },
        },
        { name: 'no data' },
      ],
    });
    expect((await readStoredPacks()).map((p) => p.name)).toEqual(['Acme IT']);
    const check = await checkStorage();
    expect(check.notes).toEqual(['storage: 3 rule pack(s) unreadable; removed (1 kept)']);
    expect((await readInternalErrors()).map((e) => e.detail)).toContain('storage: 3 rule pack(s) unreadable; removed (1 kept)');
    expect((await fakeBrowser.storage.local.get(RULE_PACKS_KEY))[RULE_PACKS_KEY]).toEqual([entry]);
    expect((await checkStorage()).notes).toEqual([]);

    await fakeBrowser.storage.local.set({ [RULE_PACKS_KEY]: { not: 'a list' } });
    expect(await readStoredPacks()).toEqual([]);
    expect(await repairStoredPacks()).toBe('storage: rule packs unreadable; removed (0 kept)');
    expect((await fakeBrowser.storage.local.get(RULE_PACKS_KEY))[RULE_PACKS_KEY]).toEqual([]);
  });
});

describe('the effective rule set: bundled < imported < organisation, same id overrides', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pack topics add to and override bundled ones, in the content script merge too', async () => {
    const acme = importFixture();
    await savePack(acme.data, acme.pack, 'json');
    const rules = effectivePackRules((await inEffect(await readStoredPacks(), [])).packs);
    const table = effectiveTable(BUNDLED.table, packTableOf(rules));
    expect(table).toHaveLength(BUNDLED.table.length + 1);
    expect(match(BUNDLED.table, DEVICE_PAGE)).toEqual([]);
    expect(match(table, DEVICE_PAGE)[0]?.id).toBe('instagram/acme-device-limit');
    expect(match(table, CHALLENGE_PAGE)[0]?.id).toBe('instagram/suspicious-login');
    // The override is the pack's rule, not the bundled one.
    expect(table.find((r) => r.id === 'instagram/suspicious-login')).toEqual(
      acme.pack.rules.find((r) => r.frontMatter.id === 'instagram/suspicious-login')!.table,
    );
    const articles = effectiveArticles(BUNDLED.articles, packTopicsOf(rules).map(packArticle));
    expect(articles.find((a) => a.id === 'instagram/suspicious-login')).toMatchObject({
      title: 'Suspicious login attempt (Acme procedure)',
      pack: { name: 'Acme IT', origin: 'imported' },
    });
    expect(articles).toHaveLength(BUNDLED.articles.length + 1);
  });

  it('an organisation pack wins over an imported one on the same id; a later import over an earlier one', async () => {
    const first = importFixture();
    const second = importFixture(JSON.stringify({ ...JSON.parse(withVersion('2.0.0', 'Imported later')), name: 'Later' }));
    await savePack(first.data, first.pack, 'json');
    await savePack(second.data, second.pack, 'json');
    const title = async (packs: unknown[]) =>
      effectivePackRules((await inEffect(stored, packs)).packs).find((r) => r.rule.frontMatter.id === 'instagram/suspicious-login')!.rule
        .frontMatter.title;
    const stored = await readStoredPacks();
    expect(await title([])).toBe('Imported later');
    const org = JSON.parse(withVersion('9.0.0', 'Set by the organisation')) as Record<string, unknown>;
    expect(await title([{ ...org, name: 'Org' }])).toBe('Set by the organisation');
    // An invalid policy pack is refused (with its reasons) and changes nothing.
    const { packs, status } = await inEffect([], [{ ...org, version: 'x' }]);
    expect(packs).toEqual([]);
    expect(status).toEqual([
      expect.objectContaining({ index: 0, name: 'Acme IT', state: 'refused', problems: [expect.objectContaining({ field: 'version' })] }),
    ]);
    expect(await title([{ ...org, version: 'x' }])).toBe('Imported later');
  });

  it('the background derives packTable and packTopics and knows pack topics, following packs and policy', async () => {
    vi.resetModules();
    const topics = await import('../../src/packs/topic-registry');
    const { watchPacks } = await import('../../src/packs/publish');
    watchPacks();
    await topics.topicsReady();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(PACK_TABLE_KEY))[PACK_TABLE_KEY]).toEqual([]));
    expect(topics.isKnownTopic('instagram/acme-device-limit')).toBe(false);

    const acme = importFixture();
    await savePack(acme.data, acme.pack, 'json');
    await vi.waitFor(async () =>
      expect(parsePackTable((await fakeBrowser.storage.local.get(PACK_TABLE_KEY))[PACK_TABLE_KEY]).map((r) => r.id)).toEqual([
        'instagram/acme-device-limit',
        'instagram/suspicious-login',
      ]),
    );
    expect(topics.isKnownTopic('instagram/acme-device-limit')).toBe(true);
    // The hint card's title and summary (the first action) are the pack's.
    const acmeSummary = PACK.rules.find((r) => r.frontMatter.id === 'instagram/suspicious-login')!.frontMatter.summary;
    expect(topics.topicCard('instagram/suspicious-login', 'en')).toEqual({
      title: 'Suspicious login attempt (Acme procedure)',
      summary: acmeSummary,
      lang: 'en',
    });
    // A pack topic has no translation: in Spanish its card is the pack's English one, and says so.
    expect(topics.topicCard('instagram/suspicious-login', 'es')).toMatchObject({
      title: 'Suspicious login attempt (Acme procedure)',
      lang: 'en',
    });
    expect((await storedPackTopics()).map((t) => [t.id, t.pack.origin])).toEqual([
      ['instagram/acme-device-limit', 'imported'],
      ['instagram/suspicious-login', 'imported'],
    ]);

    // Policy arrives: its pack wins; the imported one is switched off: policy topics only.
    // A policy's pack passes the import's checks: its one rule relates only to topics that exist without the imported pack.
    const orgRule = JSON.parse(withVersion('3.0.0', 'Org procedure')).rules[1];
    policy.rulePacks = [
      {
        ...JSON.parse(withVersion('3.0.0', 'Org procedure')),
        name: 'Org',
        rules: [{ ...orgRule, frontMatter: { ...orgRule.frontMatter, related: ['instagram/retrieve-code'] } }],
      },
    ];
    await setPackEnabled('Acme IT', false);
    for (const l of policy.listeners) l();
    await vi.waitFor(async () =>
      expect((await storedPackTopics()).map((t) => [t.id, t.title, t.pack.origin])).toEqual([
        ['instagram/suspicious-login', 'Org procedure', 'organisation'],
      ]),
    );
    expect(topics.isKnownTopic('instagram/acme-device-limit')).toBe(false);
    expect(topics.topicCard('instagram/suspicious-login', 'en')?.title).toBe('Org procedure');
    expect((await fakeBrowser.storage.local.get(PACK_TOPICS_KEY))[PACK_TOPICS_KEY]).toHaveLength(1);

    // Nothing changed (the worker woke again): the derived keys are not rewritten, so no context re-runs.
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    for (const l of policy.listeners) l();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });

  it('a report naming a pack topic right after a worker start waits for the packs, and is not refused', async () => {
    const acme = importFixture();
    await savePack(acme.data, acme.pack, 'json');
    vi.resetModules();
    const { watchPacks } = await import('../../src/packs/publish');
    const { onMessage } = await import('../../entrypoints/background/router');
    const { getTabState } = await import('../../src/storage/tab-state');
    const { getDropped } = await import('../../src/storage/counters');
    watchPacks(); // as index.ts does at start, before any message
    const sender = contentScriptSender(7, 'https://www.instagram.com/accounts/login/');
    const report = { type: 'screen', url: sender.url, matches: [{ id: 'instagram/acme-device-limit', score: 5, evidence: ['heading'] }] };
    const reply = onMessage(report, sender as Parameters<typeof onMessage>[1]);
    expect(reply).toBeInstanceOf(Promise);
    expect(await reply).toMatchObject({ hint: { topic: 'instagram/acme-device-limit', title: 'Too many devices on the shared account' } });
    expect((await getTabState(7))?.matches.map((m) => m.id)).toEqual(['instagram/acme-device-limit']);
    // A topic no pack or build knows is still refused.
    await onMessage(
      { ...report, matches: [{ id: 'instagram/nobody', score: 5, evidence: [] }] },
      sender as Parameters<typeof onMessage>[1],
    );
    await vi.waitFor(async () => expect((await getDropped()).byReason).toEqual({ topic: 1 }));
  });

  it('a report naming only bundled topics is handled at once while the packs still load; one behind a waiting report waits too', async () => {
    vi.resetModules();
    const topics = await import('../../src/packs/topic-registry');
    const { onMessage } = await import('../../entrypoints/background/router');
    const { getTabState } = await import('../../src/storage/tab-state');
    topics.packTopicsLoading(); // the packs' first load (slow when the policy read is) has begun
    const sender = contentScriptSender(8, 'https://www.instagram.com/challenge/1/');
    const report = { type: 'screen', url: sender.url, matches: [{ id: 'instagram/suspicious-login', score: 5, evidence: [] }] };
    await onMessage(report, sender as Parameters<typeof onMessage>[1]);
    expect((await getTabState(8))?.matches.map((m) => m.id)).toEqual(['instagram/suspicious-login']);
    const waiting = onMessage(
      { ...report, matches: [{ id: 'instagram/not-yet', score: 5, evidence: [] }] },
      sender as Parameters<typeof onMessage>[1],
    );
    const behind = onMessage({ ...report, matches: [] }, sender as Parameters<typeof onMessage>[1]);
    await new Promise((r) => setTimeout(r, 20));
    expect((await getTabState(8))?.matches.map((m) => m.id)).toEqual(['instagram/suspicious-login']);
    topics.setPackTopics([]);
    await Promise.all([waiting, behind]);
    expect((await getTabState(8))?.matches).toEqual([]);
  });

  afterEach(() => {
    policy.rulePacks = [];
    policy.listeners.length = 0;
  });
});

describe('helpers the other contexts use', () => {
  it('parsePackTable keeps well-formed rules only (the content script reads it without zod)', () => {
    const rule = importFixture().pack.rules[0]!.table!;
    expect(parsePackTable([rule, { ...rule, kind: 'urgent' }, { ...rule, all: [{ k: 'heading', v: [1], w: 1 }] }, null, 'x'])).toEqual([
      rule,
    ]);
    expect(parsePackTable('garbage')).toEqual([]);
    expect(parsePackTable(undefined)).toEqual([]);
    expect(effectiveTable(BUNDLED.table, [])).toBe(BUNDLED.table);
  });

  it('a pack topic stored as Markdown text (no tree) shows as plain text paragraphs, never HTML', async () => {
    const [loaded] = packTopicsOf(effectivePackRules((await inEffect([], [PACK])).packs));
    const { body: _tree, ...topic } = loaded!;
    const article = packArticle({ ...topic, markdown: 'First <img src=x onerror=alert(1)>\n\nSecond' });
    expect(article.body).toEqual([
      { t: 'p', c: ['First <img src=x onerror=alert(1)>'] },
      { t: 'p', c: ['Second'] },
    ]);
  });

  it('export file names are safe', () => {
    expect(exportFileName('Acme IT', '1.2.0')).toBe('acme-it-1.2.0.signpost-pack.json');
    expect(exportFileName('../../etc', '1/2')).toBe('etc-12.signpost-pack.json');
  });
});
