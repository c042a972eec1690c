import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packArticle } from '../../src/packs/pack-articles';
import { importPackFile } from '../../src/packs/import';
import { packTopicsOf } from '../../src/packs/derived';
import { textIn } from '../../src/rules/article-text';
import { fixFirst } from '../../src/ui/fix-first';
import { FIXTURES_DIR, shippedRules } from './helpers';

const PACK = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as {
  rules: { file: string; frontMatter: { id: string }; article: string; translations?: unknown }[];
};
const DEVICE = PACK.rules.find((r) => r.frontMatter.id === 'instagram/acme-device-limit')!;
const SPANISH = {
  title: 'Demasiados dispositivos en la cuenta compartida',
  summary: 'Cierra una sesión en Cerby y vuelve a iniciar sesión.',
  article: `## Qué estás viendo
Instagram dice que la cuenta tiene demasiadas sesiones abiertas.

## Por qué ocurre
Acme permite tres sesiones por cuenta compartida.

## Cómo solucionarlo
1. Abre Cerby y busca la cuenta en **Shared accounts**.
2. Elige **Sessions** → **Sign out oldest**.
3. Vuelve a iniciar sesión en Instagram.

## Si eso no funciona
Pregunta a Acme IT en el canal **#social-accounts**.
`,
};
const bundled = new Set(shippedRules().articles.map((a) => a.id));
const json = (translations: unknown) =>
  new TextEncoder().encode(JSON.stringify({ ...PACK, rules: PACK.rules.map((r) => (r === DEVICE ? { ...r, translations } : r)) }));

describe('rule pack translations', () => {
  it('a pack carries an article in Spanish: checked at import, shown in Spanish, its fix found first', () => {
    const outcome = importPackFile('acme.json', json({ es: SPANISH }), bundled);
    expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors)).toBe(true);
    if (!outcome.ok) return;
    const topic = packTopicsOf(
      outcome.pack.rules.map((rule) => ({
        rule,
        pack: { name: 'Acme', version: '1', origin: 'imported' as const, rules: outcome.pack.rules },
      })),
    ).find((t) => t.id === DEVICE.frontMatter.id)!;
    const article = packArticle(topic);
    const shown = textIn(article, 'es');
    expect(shown).toMatchObject({ lang: 'es', title: SPANISH.title, fellBack: false });
    expect(fixFirst(shown.body).fix[0]).toMatchObject({ t: 'h2', c: ['Cómo solucionarlo'] });
    expect(textIn(article, 'pt-BR')).toMatchObject({ lang: 'en', fellBack: true });
  });

  it('a broken translation is refused with file, field and reason, like a bundled one', () => {
    const outcome = importPackFile(
      'acme.json',
      json({ es: { ...SPANISH, article: SPANISH.article.replace(/3\. .*\n/, '') }, fr: SPANISH }),
      bundled,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const lines = outcome.errors.map((e) => `${e.file} — ${e.field} — ${e.reason}`);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^instagram\/acme-device-limit\.md — translations\.es\.article — "Cómo solucionarlo" has 2 numbered step\(s\); the English article has 3$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/translations\.fr — Signpost has no interface in "fr"/));
  });

  it('a zip carries translations as x.es.md beside x.md, words only', () => {
    const md = (fm: string, body: string) => `---\n${fm}\n---\n${body}`;
    const files = (extra: Record<string, string>) =>
      zipSync(
        Object.fromEntries(
          Object.entries({
            'instagram/acme-device-limit.md': readFileSync(join(FIXTURES_DIR, 'packs/acme-it/instagram/acme-device-limit.md'), 'utf8'),
            ...extra,
          }).map(([p, t]) => [p, new TextEncoder().encode(t)]),
        ),
      );
    const good = importPackFile(
      'acme.zip',
      files({
        'instagram/acme-device-limit.es.md': md(
          `id: instagram/acme-device-limit\ntitle: ${SPANISH.title}\nsummary: ${SPANISH.summary}`,
          SPANISH.article,
        ),
      }),
      bundled,
    );
    expect(good.ok, JSON.stringify(!good.ok && good.errors)).toBe(true);
    if (good.ok) expect(Object.keys(good.pack.rules[0]!.translations ?? {})).toEqual(['es']);
    const conditions = importPackFile(
      'acme.zip',
      files({
        'instagram/acme-device-limit.es.md': md(
          `id: instagram/acme-device-limit\ntitle: T\nsummary: S\nmatch: {any: [{heading: A}]}`,
          SPANISH.article,
        ),
      }),
      bundled,
    );
    expect(!conditions.ok && conditions.errors.map((e) => e.reason).join()).toMatch(/holds id, title and summary only \(found match\)/);
    const orphan = importPackFile(
      'acme.zip',
      files({ 'instagram/other.es.md': md('id: instagram/other\ntitle: T\nsummary: S', SPANISH.article) }),
      bundled,
    );
    expect(!orphan.ok && orphan.errors.map((e) => e.reason).join()).toMatch(/needs its English rule file beside it/);
  });
});
