import { plural } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';
import type { ScreenCheck } from '../../src/packs/screen-check';

/**
 * What a pack does to the bundled screens, for people: each built-in topic it replaces, with how
 * many screens that topic recognised and how many the pack's rule recognises, then how many screens
 * would show another topic (or none), the screens themselves folded below.
 */
export function ScreenEffects({ check, titles }: { check: ScreenCheck; titles: ReadonlyMap<string, string> }) {
  const { t, lang } = useI18n();
  const none = t('packsTopicNone');
  return (
    <div class="screen-effects" data-testid="pack-screen-effects">
      {check.replaced.length > 0 && (
        <ul>
          {check.replaced.map((r) => (
            <li key={r.id} data-topic={r.id}>
              {plural(t, lang, 'packsReplaces', r.before, [titles.get(r.id) ?? r.id])} {plural(t, lang, 'packsNewRule', r.after)}
            </li>
          ))}
        </ul>
      )}
      {check.conflicts.length > 0 && (
        <details>
          <summary>{plural(t, lang, 'packsConflicts', check.conflicts.length)}</summary>
          <ul class="conflicts">
            {check.conflicts.map((c) => (
              <li key={c.screen}>
                <code>{c.screen}</code> {t('packsConflictLine', [c.before ?? none, c.after ?? none])}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The titles a pack gives its topics, by id (a replaced topic is named as the pack names it). */
export const titlesOf = (rules: readonly { frontMatter: { id: string; title: string } }[]): Map<string, string> =>
  new Map(rules.map((r) => [r.frontMatter.id, r.frontMatter.title]));
