import { h, render } from 'preact';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sameScreen, screenEffects, type KnownScreen } from '../../src/screens/effects';
import { previewArticle } from '../../src/builder/preview';
import {
  addToPack,
  checkBuiltPack,
  defaultWheres,
  entryTable,
  idProblem,
  newPack,
  packZip,
  ruleEntry,
  signalChoices,
  type RuleInput,
  type Where,
} from '../../src/builder/rule';
import { match } from '../../src/engine/match';
import { importPackFile } from '../../src/packs/import';
import { effectiveTable, tableWithPacks } from '../../src/packs/effective';
import type { PackJson } from '../../src/packs/zip';
import { draftSignals } from '../../src/builder/draft';
import { ArticleBody } from '../../src/ui/ArticleBody';
import { loadFixtures, shippedRules, snapshotOf } from './helpers';
import { renderRoot } from './render-root';

const FIXTURE = 'negative/x-unknown-confirm-phone-en.html';
const fixtures = loadFixtures();
const source = fixtures.find((f) => f.file === FIXTURE)!;
const snapshot = snapshotOf(source.html, source.url);
const signals = draftSignals(snapshot);
const choices = signalChoices(signals);
const rules = shippedRules();
const BUNDLED_IDS = new Set(rules.articles.map((a) => a.id));
// The bundled screens as the replay page gets them: every fixture's snapshot at its address.
const screens: KnownScreen[] = fixtures.map((f) => ({ name: f.file, snapshot: snapshotOf(f.html, f.url), bundled: true }));

const ARTICLE = '## Fix it\n\n1. Type the full phone number and choose **Next**.\n\n## Why it happens\n\nX checks who is logging in.\n';
const input = (over: Partial<RuleInput> = {}): RuleInput => ({
  id: 'x/acme-confirm-phone',
  kind: 'blocking',
  title: 'X asks to confirm the phone number',
  summary: 'Type the full number of the account.',
  article: ARTICLE,
  translations: {},
  ...over,
});

function effectsOf(wheres: Record<string, Where>) {
  const entry = ruleEntry(signals, choices, wheres, input());
  const table = entryTable(entry);
  expect(table).not.toBeNull();
  return screenEffects(rules.table, effectiveTable(rules.table, [table!]), ['x/acme-confirm-phone'], screens, (s) =>
    sameScreen(s.snapshot, snapshot),
  );
}

describe('the generaliser, as the builder uses it', () => {
  it('drops ids and tokens from the path and keeps the route the screen is at', () => {
    expect(draftSignals(snapshotOf('<h1>Hi</h1>', 'https://www.instagram.com/challenge/action/AbC12345/?next=%2Fme')).path).toBe(
      '^/challenge/action/',
    );
    expect(draftSignals(snapshotOf('<h1>Hi</h1>', 'https://x.com/i/flow/login?flow_token=g;1234')).path).toBe('^/i/flow/login');
    expect(signals.path).toBe('^/i/flow/login');
  });

  it('never puts personal data in a signal', () => {
    const page =
      '<html lang="en"><body><h2>Code sent to j.doe@example.com</h2><h2>Add a phone number</h2><button>Send to +1 415 555 0134</button><button>Next</button><input name="ana.smith.1990" type="text"></body></html>';
    const s = draftSignals(snapshotOf(page, 'https://www.instagram.com/ana.smith.1990/challenge/'));
    const all = JSON.stringify([s, signalChoices(s)]);
    expect(all).not.toMatch(/example\.com|j\.doe|415|0134|ana\.smith/);
    expect(s.headings).toEqual(['Add a phone number']);
    // The unknown screen's masked phone ending never reaches a choice either.
    expect(JSON.stringify(choices)).not.toContain('42');
  });
});

describe('building the rule from ticks', () => {
  it('puts each ticked signal in all, any or none, and leaves unticked ones out', () => {
    const wheres: Record<string, Where> = { ...defaultWheres(choices), 'button-1': 'none', 'testid-0': 'off' };
    const fm = ruleEntry(signals, choices, wheres, input()).frontMatter as {
      match: { all: unknown[]; any: unknown[]; none: unknown[]; hosts: string[] };
    };
    expect(fm.match.hosts).toEqual(['x.com']);
    // The screen's step is required too, and names the rule's steps: it ranks among that step's topics.
    expect((fm.match as { steps?: string[] }).steps).toEqual(['x/login-phone']);
    expect(fm.match.all).toEqual([
      { path: '^/i/flow/login' },
      { step: 'x/login-phone' },
      { heading: { text: 'Confirm the phone number on your account', lang: 'en', source: 'captured' } },
    ]);
    expect(fm.match.none).toEqual([{ button: { text: 'Cancel', lang: 'en', source: 'captured' } }]);
    expect(fm.match.any).toContainEqual({ button: { text: 'Next', lang: 'en', source: 'captured' } });
    expect(fm.match.any).not.toContainEqual({ testid: 'ocfEnterTextTextInput' });
    expect(fm.match.any.length).toBe(choices.filter((c) => wheres[c.key] === 'any').length);
  });

  it('refuses an id of another platform, of the wrong shape, or a bundled one', () => {
    expect(idProblem('x/acme-confirm-phone', 'x.com', BUNDLED_IDS)).toBeNull();
    expect(idProblem('instagram/acme-confirm-phone', 'x.com', BUNDLED_IDS)).toBe('platform');
    expect(idProblem('x/Acme Phone', 'x.com', BUNDLED_IDS)).toBe('shape');
    expect(idProblem('x/invalid-code', 'x.com', BUNDLED_IDS)).toBe('bundled');
  });
});

describe('export', () => {
  it('a new pack validates and round-trips through Settings’ import, as JSON and as a zip', () => {
    const es = {
      title: 'X pide confirmar el número de teléfono',
      summary: 'Escribe el número completo de la cuenta.',
      article:
        '## Cómo solucionarlo\n\n1. Escribe el número completo y elige **Next**.\n\n## Por qué ocurre\n\nX comprueba quién inicia sesión.\n',
    };
    const data = newPack('Acme support', '1.0.0', ruleEntry(signals, choices, defaultWheres(choices), input({ translations: { es } })));
    const checked = checkBuiltPack(data, BUNDLED_IDS);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const json = importPackFile('acme.signpost-pack.json', new TextEncoder().encode(JSON.stringify(data)), BUNDLED_IDS);
    expect(json.ok && { added: json.added, data: json.data }).toEqual({ added: ['x/acme-confirm-phone'], data });
    const zip = importPackFile('acme.zip', packZip(data), BUNDLED_IDS);
    expect(zip.ok ? zip.pack.rules.map((r) => [r.frontMatter.id, Object.keys(r.translations ?? {})]) : zip.errors).toEqual([
      ['x/acme-confirm-phone', ['es']],
    ]);
    expect(zip.ok && zip.pack.name).toBe('Acme support');
    // And the imported rule recognises the screen it was made from.
    if (json.ok) expect(match(tableWithPacks(rules.table, [json.pack]), snapshot)[0]?.id).toBe('x/acme-confirm-phone');
    expect(Object.keys(unzipSync(packZip(data))).sort()).toEqual(['pack.json', 'x/acme-confirm-phone.es.md', 'x/acme-confirm-phone.md']);
  });

  it('an invalid rule lists every problem as field and reason (empty title, translation missing a step)', () => {
    const bad = newPack(
      'Acme',
      '1.0.0',
      ruleEntry(
        signals,
        choices,
        defaultWheres(choices),
        input({
          title: ' ',
          translations: { 'pt-BR': { title: 'Confirmar', summary: 'Digite o número.', article: '## Por que acontece\n\nO X verifica.\n' } },
        }),
      ),
    );
    const checked = checkBuiltPack(bad, BUNDLED_IDS);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['frontMatter.title']));
    const noSteps = checkBuiltPack(
      newPack(
        'Acme',
        '1.0.0',
        ruleEntry(
          signals,
          choices,
          defaultWheres(choices),
          input({
            translations: {
              'pt-BR': { title: 'Confirmar', summary: 'Digite o número.', article: '## Por que acontece\n\nO X verifica.\n' },
            },
          }),
        ),
      ),
      BUNDLED_IDS,
    );
    expect(noSteps.ok ? [] : noSteps.errors.map((e) => e.field.split('.').slice(0, 2).join('.'))).toContain('translations.pt-BR');
  });

  it('adding to an imported pack keeps its other rules and replaces only a rule of the same id', () => {
    const entry = ruleEntry(signals, choices, defaultWheres(choices), input());
    const other = { ...entry, file: 'x/acme-other.md', frontMatter: { ...(entry.frontMatter as object), id: 'x/acme-other' } };
    const existing: PackJson = newPack('Acme', '1.2.0', other);
    const added = addToPack(existing, entry, '1.3.0');
    expect(added.replaces).toBe(false);
    expect(added.data.rules.map((r) => (r.frontMatter as { id: string }).id)).toEqual(['x/acme-other', 'x/acme-confirm-phone']);
    expect(added.data.version).toBe('1.3.0');
    const again = addToPack(added.data, { ...entry, article: `${ARTICLE}\nMore.\n` }, '1.3.0');
    expect(again.replaces).toBe(true);
    expect(again.data.rules).toHaveLength(2);
    expect(again.data.rules[1]!.article).toContain('More.');
    expect(checkBuiltPack(again.data, BUNDLED_IDS).ok).toBe(true);
  });
});

describe('conflicts', () => {
  it('the drafted rule is first on its own screen and takes no bundled screen', () => {
    const { matches, conflicts } = effectsOf(defaultWheres(choices));
    expect(conflicts).toEqual([]);
    expect(matches.get('x/acme-confirm-phone')).toEqual([{ screen: FIXTURE, first: true }]);
  });

  it('a rule requiring only the path takes over bundled screens: a conflict', () => {
    const onlyPath = Object.fromEntries(choices.map((c) => [c.key, c.key === 'path' ? 'all' : 'off'])) as Record<string, Where>;
    const { conflicts } = effectsOf(onlyPath);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts).toContainEqual({ screen: 'negative/x-first-step-en.html', before: null, after: 'x/acme-confirm-phone' });
  });

  it('the CLI check-pack and the builder share the definition (a screen that is not bundled never conflicts)', () => {
    const onlyPath = Object.fromEntries(choices.map((c) => [c.key, c.key === 'path' ? 'all' : 'off'])) as Record<string, Where>;
    const entry = ruleEntry(signals, choices, onlyPath, input());
    const merged = effectiveTable(rules.table, [entryTable(entry)!]);
    expect(
      screenEffects(
        rules.table,
        merged,
        ['x/acme-confirm-phone'],
        screens.map((s) => ({ ...s, bundled: false })),
      ).conflicts,
    ).toEqual([]);
  });
});

describe('the article preview', () => {
  it('renders a malicious article inert: raw HTML and javascript: links are refused, script text stays text', () => {
    for (const evil of [
      '<script>alert(1)</script>\n\nHi',
      'Click [here](javascript:alert(1))',
      '<img src=x onerror=alert(1)>',
      'See <a href="https://evil.example">this</a>.',
    ]) {
      const preview = previewArticle(evil);
      expect(preview.ok, evil).toBe(false);
    }
    const preview = previewArticle('## Fix it\n\n1. Type `<script>alert(1)</script>` and **Next**.\n');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const { root, unmount } = renderRoot();
    try {
      render(h(ArticleBody, { nodes: preview.nodes, onTopic: () => undefined }), root);
      expect(root.querySelectorAll('script')).toHaveLength(0);
      expect(root.querySelector('code')?.textContent).toBe('<script>alert(1)</script>');
      expect(root.innerHTML).toContain('&lt;script&gt;');
    } finally {
      unmount();
    }
  });
});
