import { z } from 'zod';
import { phraseTextsOf, topicFieldsOf } from '../rules/compile';
import { KINDS } from '../engine/types';
import { PLATFORMS } from '../rules/platforms';
import type { MdNode } from '../rules/types';
import type { EffectiveRule } from './effective';
import { isSafeTree } from './trees';

/**
 * `packTopics`, what the background derives from the packs in effect for the pages (publish.ts writes
 * it beside `packTable`; the pages read it through src/ui/pack-topics.ts): each pack topic's card
 * data and its article as the safe tree made when the pack was checked (prepare.ts) — the pages parse
 * nothing. Rewritten at every start, so a corrupt value lasts until the next one at most; readers
 * validate anyway (a tree node by node, trees.ts).
 */

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
    ...topicFieldsOf(fm),
    // A rule reaches here prepared (load.ts); were one not, its text is kept, never parsed by a page.
    ...(rule.body ? { body: rule.body } : { markdown: article }),
    ...phraseTextsOf(fm),
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

export function parsePackTopics(stored: unknown): PackTopic[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((t) => {
    const parsed = packTopicSchema.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
}
