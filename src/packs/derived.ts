import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { TableRule } from '../engine/types';
import { phrasesOf, phraseText } from '../rules/compile';
import { KINDS } from '../engine/types';
import { PLATFORMS } from '../rules/platforms';
import type { MdNode } from '../rules/types';
import type { EffectiveRule } from './active';
import { PACK_TABLE_KEY } from './merge-table';
import { isSafeTree } from './trees';

/**
 * What the background derives from the effective packs, for the other contexts:
 *   `packTable`  (merge-table.ts) the match rules, for the content script;
 *   `packTopics` each pack topic's card data and its article as the safe tree made when the pack
 *                was checked (prepare.ts), for the side panel and popup — which parse nothing.
 * Both are rewritten at every start, so a corrupt value lasts until the next one at most; readers
 * validate anyway (a tree node by node, trees.ts).
 */
export const PACK_TOPICS_KEY = 'packTopics';

const treeSchema = z.custom<MdNode[]>((value) => isSafeTree(value), 'not a safe article tree');

export const packTopicSchema = z.object({
  id: z.string().min(1).max(200),
  platform: z.enum(PLATFORMS),
  title: z.string(),
  summary: z.string(),
  kind: z.enum(KINDS),
  related: z.array(z.string()),
  /** The article, parsed once when its pack was checked. */
  body: treeSchema.optional(),
  /** What an earlier version wrote instead of `body`: shown as plain paragraphs until the background rewrites the key (at its next start). */
  markdown: z.string().optional(),
  screenTexts: z.array(z.string()),
  // Optional: topics stored by an earlier version have none (the panel then shows evidence as matched).
  phrases: z.array(z.string()).optional(),
  // The words people type for the topic (the rule file's `search`): pack topics are found by them too.
  search: z.array(z.string().max(80)).max(40).optional(),
  // The pack's translations, words only, checked like the English article (their headings marked with their sections).
  translations: z
    .record(z.string(), z.object({ title: z.string(), summary: z.string(), body: treeSchema.optional(), markdown: z.string().optional() }))
    .optional(),
  pack: z.object({ name: z.string(), version: z.string(), origin: z.enum(['imported', 'organisation']) }),
});
export type PackTopic = z.infer<typeof packTopicSchema>;

export function packTopicsOf(rules: readonly EffectiveRule[]): PackTopic[] {
  return rules.map(({ rule, rule: { frontMatter: fm, article }, pack }) => ({
    id: fm.id,
    platform: fm.platform,
    title: fm.title,
    summary: fm.summary,
    kind: fm.kind,
    related: fm.related,
    // A rule reaches here prepared (load.ts); were one not, its text is kept, never parsed by a page.
    ...(rule.body ? { body: rule.body } : { markdown: article }),
    screenTexts: [
      ...new Set(
        [...phrasesOf(fm)]
          .filter(({ phrase }) => typeof phrase === 'string' || phrase.lang === 'en')
          .map(({ phrase }) => phraseText(phrase)),
      ),
    ],
    phrases: [...new Set([...phrasesOf(fm)].map(({ phrase }) => phraseText(phrase)))],
    ...(fm.search ? { search: fm.search } : {}),
    ...(rule.translations
      ? {
          translations: Object.fromEntries(
            Object.entries(rule.translations).map(([lang, t]) => [
              lang,
              { title: t.title, summary: t.summary, ...(t.body ? { body: t.body } : { markdown: t.article }) },
            ]),
          ),
        }
      : {}),
    pack: { name: pack.name, version: pack.version, origin: pack.origin },
  }));
}

export function packTableOf(rules: readonly EffectiveRule[]): TableRule[] {
  return rules.flatMap(({ rule }) => (rule.table ? [rule.table] : []));
}

/**
 * Writes both derived keys (background only) — only when they differ from what is stored: the
 * worker starts often, and every content script and open panel follows these keys' changes.
 */
export async function writeDerived(rules: readonly EffectiveRule[]): Promise<void> {
  const next: Record<string, unknown> = { [PACK_TABLE_KEY]: packTableOf(rules), [PACK_TOPICS_KEY]: packTopicsOf(rules) };
  const stored = await browser.storage.local.get([PACK_TABLE_KEY, PACK_TOPICS_KEY]);
  const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)));
  if (Object.keys(changed).length > 0) await browser.storage.local.set(changed);
}

export function parsePackTopics(stored: unknown): PackTopic[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((t) => {
    const parsed = packTopicSchema.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readPackTopics(): Promise<PackTopic[]> {
  return parsePackTopics((await browser.storage.local.get(PACK_TOPICS_KEY))[PACK_TOPICS_KEY]);
}

export function watchPackTopics(onChange: (topics: PackTopic[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PACK_TOPICS_KEY in changes) onChange(parsePackTopics(changes[PACK_TOPICS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
