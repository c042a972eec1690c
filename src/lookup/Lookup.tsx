import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';
import { PLATFORMS } from '../rules/platforms';
import type { ArticleSearch, Hit, Platform, PlatformFilter } from '../search';

export const PLATFORM_LABEL: Record<PlatformFilter, MessageKey> = {
  all: 'platformAll',
  instagram: 'platformInstagram',
  x: 'platformX',
  general: 'platformGeneral',
};
const COMBOBOX = { role: 'combobox' } as Record<string, string>;
/** The platform filter's choices, in the order shown. */
export const PLATFORM_FILTERS: readonly PlatformFilter[] = ['all', ...PLATFORMS];

interface Section {
  key: string;
  label: string;
  hits: Hit[];
}

export interface LookupProps {
  /** Null while the search loads: the box is there to type in, the results come when it is ready. */
  search: ArticleSearch | null;
  /** Topics recognised on the current tab, best first (listed first when the box is empty). */
  current?: readonly string[];
  onChoose: (id: string) => void;
  /** Prefix for element ids: two lookups may share a page. */
  idPrefix?: string;
  /** The keyboard hint: the popup's says Enter opens the side panel; elsewhere the article opens in place. */
  keyboardHint?: 'keyboardHint' | 'keyboardHintPanel';
  autoFocus?: boolean;
  /** What the box holds at first (the heading of a screen Signpost does not know yet). */
  initialQuery?: string;
  /** The platform filter at first (the platform of the screen Signpost does not know yet). */
  initialFilter?: PlatformFilter;
  /** The result moved to at first (what the popup's first view had reached, src/lookup/carry.ts). */
  initialActive?: number;
}

/**
 * The search box keeps focus; ↑/↓ move the active result (aria-activedescendant), Enter opens it,
 * Escape clears the box. A click on a result opens it too.
 */
/**
 * The topic recognised on the tab keeps its head start while the person types: among the first
 * three results, it comes first (typing what the screen says should not push it down).
 */
export function keepCurrentAhead<T extends { id: string }>(hits: readonly T[], current: readonly string[]): T[] {
  const at = hits.slice(0, 3).findIndex((h) => h.id === current[0]);
  return at <= 0 ? [...hits] : [hits[at]!, ...hits.slice(0, at), ...hits.slice(at + 1)];
}

export function Lookup({
  search,
  current = [],
  onChoose,
  idPrefix = 'lookup',
  keyboardHint = 'keyboardHintPanel',
  autoFocus = false,
  initialQuery = '',
  initialFilter = 'all',
  initialActive = 0,
}: LookupProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<PlatformFilter>(initialFilter);
  const [active, setActive] = useState(initialActive);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  // Layout effect: focus in the same task that inserts the box, so no keystroke typed as the
  // popup opens lands on the page body (a plain effect waits for the next frame).
  useLayoutEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const blank = query.trim() === '';
  const sections: Section[] = useMemo(() => {
    if (!search) return [];
    if (!blank) return [{ key: 'results', label: '', hits: keepCurrentAhead(search.search(query, filter), current) }];
    const browse = search.browse({ filter, current });
    const out: Section[] = [];
    if (browse.current.length > 0) out.push({ key: 'current', label: t('groupCurrent'), hits: browse.current });
    for (const g of browse.groups) out.push({ key: g.platform, label: t('groupCommon', t(PLATFORM_LABEL[g.platform])), hits: g.hits });
    return out;
  }, [search, query, filter, current, blank, t]);
  const options = useMemo(() => sections.flatMap((s) => s.hits), [sections]);

  // A new query or filter starts again from the best result: set with the query in the same update,
  // so an arrow key pressed before the new results render moves from the best one, not back to it.
  const ask = (q: string, f: PlatformFilter) => {
    setQuery(q);
    setFilter(f);
    setActive(0);
  };
  const activeIndex = options.length === 0 ? -1 : Math.min(active, options.length - 1);
  const optionId = (i: number) => `${idPrefix}-option-${i}`;

  useEffect(() => {
    if (activeIndex < 0) return;
    list.current?.querySelector(`#${CSS.escape(optionId(activeIndex))}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((Math.max(0, activeIndex) + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      const hit = options[activeIndex];
      if (hit) {
        e.preventDefault();
        onChoose(hit.id);
      }
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      e.stopPropagation();
      ask('', filter);
    }
  }

  const listId = `${idPrefix}-list`;
  let index = -1;
  return (
    <div class="lookup">
      <label class="sr-only" for={`${idPrefix}-input`}>
        {t('searchLabel')}
      </label>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the ARIA 1.2 combobox pattern puts aria-expanded and aria-activedescendant on the input (its role comes in a spread the rule cannot see) */}
      <input
        ref={input}
        id={`${idPrefix}-input`}
        class="lookup-search"
        type="search"
        // ARIA 1.2 combobox on the input itself (Preact's types insist on a `list` attribute for it).
        {...COMBOBOX}
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${idPrefix}-hint`}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => ask(e.currentTarget.value, filter)}
        onKeyDown={onKeyDown}
      />
      <fieldset class="lookup-filter">
        <legend>{t('filterLegend')}</legend>
        {PLATFORM_FILTERS.map((f) => (
          <label key={f} class="lookup-chip">
            <input type="radio" name={`${idPrefix}-platform`} value={f} checked={filter === f} onChange={() => ask(query, f)} />
            <span>{t(PLATFORM_LABEL[f])}</span>
          </label>
        ))}
      </fieldset>
      <p id={`${idPrefix}-hint`} class="lookup-hint">
        {t(keyboardHint)}
      </p>
      <p class="sr-only" role="status">
        {blank || !search ? '' : t('resultsCount', options.length)}
      </p>
      {search && options.length === 0 && !blank && <p class="lookup-empty">{t('resultsNone', query.trim())}</p>}
      {/* Focusable itself (Tab reaches a scrolling list anyway): ↑ / ↓ / Enter work here as in the box. */}
      <div
        ref={list}
        id={listId}
        class="lookup-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('resultsLabel')}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        onKeyDown={onKeyDown}
      >
        {sections.map((section) => {
          const rows = section.hits.map((hit) => {
            index++;
            const i = index;
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: listbox options take no focus; the box or the list handles the keys (aria-activedescendant)
              <div
                key={hit.id}
                id={optionId(i)}
                class="lookup-option"
                role="option"
                aria-selected={i === activeIndex}
                data-topic={hit.id}
                onMouseMove={() => i !== activeIndex && setActive(i)}
                onClick={() => onChoose(hit.id)}
              >
                <span class="lookup-title">
                  <span lang={hit.lang}>{hit.title}</span>{' '}
                  <span class="lookup-platform">· {t(PLATFORM_LABEL[hit.platform as Platform])}</span>
                </span>
                <span class="lookup-summary" lang={hit.lang}>
                  {hit.summary}
                </span>
              </div>
            );
          });
          if (!section.label) return rows;
          const labelId = `${idPrefix}-group-${section.key}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (ARIA), which a fieldset cannot be
            <div key={section.key} role="group" aria-labelledby={labelId}>
              <div id={labelId} class="lookup-group-label" role="presentation">
                {section.label}
              </div>
              {rows}
            </div>
          );
        })}
      </div>
    </div>
  );
}
