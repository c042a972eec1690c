import table from 'virtual:signpost/match-table';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { match } from '../../src/engine/match';
import type { MessageKey } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';
import { loadBundledScreens, type BundledScreen } from '../../src/screens/screens';
import { textIn } from '../../src/rules/article-text';
import { articleById } from '../../src/ui/articles';
import { filterEntries, groupByPlatform, screenEntries, type ScreenEntry } from './screen-list';

const PLATFORM_LABEL: Partial<Record<string, MessageKey>> = {
  instagram: 'galleryPlatformInstagram',
  x: 'galleryPlatformX',
  general: 'galleryPlatformGeneral',
  negative: 'galleryPlatformNegative',
};

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; entries: ScreenEntry[] };

/**
 * The Screens list: every bundled screen (src/screens), by platform, narrowed by a text filter.
 * The data is fetched when this first renders — when the Screens tab is first opened — so opening
 * a file never downloads it. Each row says what the screen expects and whether the engine agrees.
 */
export function Screens({
  selected,
  onSelect,
  query,
  onQuery,
}: {
  selected: string | null;
  onSelect: (screen: BundledScreen) => void;
  query: string;
  onQuery: (q: string) => void;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    loadBundledScreens().then(
      (screens) => {
        if (!live) return;
        const first = (s: BundledScreen) => match(table, { ...s.snapshot, url: s.url })[0]?.id ?? null;
        // Titles in English and the interface language, so either finds the topic.
        const titles = (id: string) => {
          const article = articleById(id);
          return article ? [article.title, textIn(article, lang).title] : [];
        };
        setState({ status: 'ready', entries: screenEntries(screens, first, titles) });
      },
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (live = false);
  }, [lang]);

  const shown = useMemo(() => (state.status === 'ready' ? filterEntries(state.entries, query) : []), [state, query]);

  if (state.status === 'loading') return <p class="muted">{t('galleryLoading')}</p>;
  if (state.status === 'failed') {
    return (
      <p role="alert" class="error">
        {t('galleryLoadFailed', state.message)}
      </p>
    );
  }
  return (
    <div class="screens" data-testid="gallery">
      <p class="muted">{t('galleryIntro')}</p>
      <label class="filter">
        {t('galleryFilterLabel')}
        <input
          type="search"
          value={query}
          placeholder={t('galleryFilterPlaceholder')}
          data-testid="gallery-filter"
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </label>
      <p class="muted count" role="status" data-testid="gallery-count">
        {t('galleryCount', [shown.length, state.entries.length])}
      </p>
      {shown.length === 0 && <p class="nothing">{t('galleryNoneFound')}</p>}
      {groupByPlatform(shown).map(({ platform, entries }) => (
        <section key={platform} aria-labelledby={`platform-${platform}`} data-platform={platform}>
          <h2 id={`platform-${platform}`}>
            {PLATFORM_LABEL[platform] ? t(PLATFORM_LABEL[platform]) : platform} <span class="muted">({entries.length})</span>
          </h2>
          <ul class="screen-list">
            {entries.map((e) => (
              <li key={e.screen.file}>
                <ScreenButton entry={e} current={e.screen.file === selected} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ScreenButton({ entry, current, onSelect }: { entry: ScreenEntry; current: boolean; onSelect: (screen: BundledScreen) => void }) {
  const { t } = useI18n();
  const { screen, name, first, agrees } = entry;
  const verdict = agrees ? t('galleryAgrees') : first === null ? t('galleryDiffersNothing') : t('galleryDiffersTopic', first);
  return (
    <button
      type="button"
      class="screen"
      aria-current={current ? 'true' : undefined}
      data-testid="gallery-item"
      data-file={screen.file}
      data-expect={screen.expect ?? ''}
      data-agrees={String(agrees)}
      onClick={() => onSelect(screen)}
    >
      <span class="screen-name">
        <strong>{name}</strong> <span class="muted">{`${screen.layout} · ${screen.lang}`}</span>
      </span>
      <span class="screen-expect" data-testid="gallery-item-expect">
        {screen.expect ?? t('galleryExpectNothing')}
      </span>
      <span class={agrees ? 'verdict held' : 'verdict failed'}>
        <span aria-hidden="true">{agrees ? '✓ ' : '✗ '}</span>
        {verdict}
      </span>
    </button>
  );
}
