import articles from 'virtual:signpost/articles';
import { useState } from 'preact/hooks';
import { useI18n } from '../../src/i18n/preact';
import { PLATFORM_LABEL } from '../../src/lookup/Lookup';
import type { ManagedPolicy } from '../../src/settings/policy/managed';
import { textIn } from '../../src/rules/article-text';
import { PLATFORMS } from '../../src/search';
import { LockedNote, lockProps } from './policy';

interface MutedTopicsProps {
  muted: readonly string[];
  policy: ManagedPolicy;
  /** Saves the new list of muted topics, sorted. */
  onChange: (mutedTopics: string[]) => void;
}

/** Muted topics: every bundled topic by platform, a box each, filtered by typed words. */
export function MutedTopics({ muted: mutedTopics, policy, onChange }: MutedTopicsProps) {
  const { t, lang } = useI18n();
  const [topicFilter, setTopicFilter] = useState('');
  const muted = new Set(mutedTopics);
  // Typed words filter the topics by title (in the page's language), accents and case aside.
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const shownTopic = (a: (typeof articles)[number]) => fold(textIn(a, lang).title).includes(fold(topicFilter.trim()));
  const toggleMuted = (id: string, on: boolean) => {
    const next = new Set(muted);
    if (on) next.add(id);
    else next.delete(id);
    onChange([...next].sort());
  };

  return (
    <fieldset class="topics" aria-describedby="muted-help">
      <legend>{t('settingsMutedLegend')}</legend>
      <p id="muted-help" class="help">
        {t('settingsMutedHelp')} {t('settingsMutedCount', muted.size)}
      </p>
      <LockedNote policy={policy} setting="mutedTopics" />
      <label class="filter">
        <span>{t('settingsMutedFilter')}</span>
        <input type="search" name="topic-filter" value={topicFilter} onInput={(e) => setTopicFilter(e.currentTarget.value)} />
      </label>
      {PLATFORMS.map((platform) => (
        <section key={platform} aria-labelledby={`muted-${platform}`}>
          <h2 id={`muted-${platform}`}>{t(PLATFORM_LABEL[platform])}</h2>
          {articles
            .filter((a) => a.platform === platform && shownTopic(a))
            .sort((a, b) => textIn(a, lang).title.localeCompare(textIn(b, lang).title, lang))
            .map((a) => (
              <label key={a.id} class="check">
                <input
                  type="checkbox"
                  name="muted"
                  value={a.id}
                  checked={muted.has(a.id)}
                  {...lockProps(policy, 'mutedTopics')}
                  onChange={(e) => toggleMuted(a.id, e.currentTarget.checked)}
                />
                <span lang={textIn(a, lang).lang}>{textIn(a, lang).title}</span>
              </label>
            ))}
        </section>
      ))}
    </fieldset>
  );
}
