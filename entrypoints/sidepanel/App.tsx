import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Match } from '../../src/engine/types';
import { endFirstView, firstViewShowing } from '../../src/first-view/handoff';
import { useI18n } from '../../src/i18n/preact';
import { back, canGoBack, canGoForward, currentPlace, forward, initialHistory, placeFromHash, visit } from '../../src/lookup/history';
import { Lookup } from '../../src/lookup/Lookup';
import { takeRequest, watchRequests } from '../../src/lookup/request';
import { HelpedQuestion } from '../../src/ui/HelpedQuestion';
import { useLookupSearch } from '../../src/ui/lookup-search';
import { MutedNote } from '../../src/ui/MutedNote';
import { noteAction } from '../../src/ui/panel-actions';
import { PanelNav, WayOut } from '../../src/ui/panel-frame';
import { useShownArticles } from '../../src/ui/shown-articles';
import { SupportTools } from '../../src/ui/SupportTools';
import { UnknownScreen } from '../../src/ui/UnknownScreen';
import { Topic } from './Topic';
import { useShownTab, useTabState } from './use-tab';

/** The panel's own screen is committed: the first view goes in the same frame (no flash between the two). */
const handOver = (main: HTMLElement | null): void => {
  if (main) endFirstView();
};

export function App({ pinnedTab }: { pinnedTab: number | null }) {
  const { t, lang } = useI18n();
  const tabId = useShownTab(pinnedTab);
  const state = useTabState(tabId);
  // The articles in the person's language (bundled + rule packs; re-renders when packs change),
  // then — once they are shown — the search, which the first screen does not need.
  const articles = useShownArticles(lang);
  const search = useLookupSearch(lang, articles !== null);
  // Back/forward over the articles the person opened; `null` is home (recognised topic or search).
  const [history, setHistory] = useState(() => initialHistory(placeFromHash(location.hash)));
  const open = (topic: string | null) => {
    if (topic !== null) noteAction('article-opened', tabId, topic); // for the diagnostics report's timeline
    setHistory((h) => visit(h, topic));
  };
  const top: Match | undefined = state?.matches[0];
  // The "Did this fix it?" question stays on screen once answered (the answer clears it from the
  // tab's state), until a new screen is recognised or the tab changes.
  const [asked, setAsked] = useState<{ tabId: number | null; topic: string } | null>(null);
  useEffect(() => {
    if (state?.ask) setAsked({ tabId, topic: state.ask.topic });
    else if (top || asked?.tabId !== tabId) setAsked(null);
  }, [state?.ask?.topic, top?.id, tabId]);

  // The tab or its screen changed: go home to show what is recognised now (first load excepted).
  const seen = useRef<string | null | undefined>(undefined);
  const screenKey = tabId === null || state === undefined ? undefined : `${tabId}:${top?.id ?? (state?.unknown ? '?' : '')}`;
  useEffect(() => {
    if (screenKey === undefined) return;
    if (seen.current !== undefined && seen.current !== screenKey) open(null);
    seen.current = screenKey;
  }, [screenKey]);

  // An article chosen in the popup: waiting when the panel starts, or arriving while it is open.
  useEffect(() => {
    let live = true;
    void takeRequest().then((r) => live && r && open(r.topic));
    const off = watchRequests((r) => open(r.topic));
    return () => {
      live = false;
      off();
    };
  }, []);

  const place = currentPlace(history);
  // Back / Forward only when there is somewhere to go; Settings always within reach.
  const nav = (
    <PanelNav
      label={t('navLabel')}
      title={t('extName')}
      settings={t('panelSettings')}
      onSettings={() => void browser.runtime.openOptionsPage()}
    >
      {canGoBack(history) && (
        <button type="button" onClick={() => setHistory(back)}>
          <span aria-hidden="true">← </span>
          {t('navBack')}
        </button>
      )}
      {canGoForward(history) && (
        <button type="button" onClick={() => setHistory(forward)}>
          {t('navForward')}
          <span aria-hidden="true"> →</span>
        </button>
      )}
    </PanelNav>
  );

  // "Not your screen?": the other likely topics and the search, opened and brought into view.
  const toOthers = () => {
    const browse = document.getElementById('panel-browse') as HTMLDetailsElement | null;
    if (browse) browse.open = true;
    (document.getElementById('panel-others') ?? browse)?.scrollIntoView({ block: 'start' });
    browse?.querySelector('input')?.focus({ preventScroll: true });
  };

  // While the first view (src/first-view) shows the article, "Loading…" would only push it down.
  const loading = firstViewShowing() ? null : <p class="muted">{t('panelLoading')}</p>;
  if (articles === null) return loading;
  const placed = place === null ? undefined : articles.get(place);
  if (placed) {
    return (
      <main ref={handOver} data-state="article">
        {nav}
        <Topic article={placed} articles={articles} onTopic={open} />
        <SupportTools tabId={tabId} />
      </main>
    );
  }
  if (state === undefined) return loading;
  if (!top && state?.unknown) {
    return (
      <main ref={handOver} data-state="unknown">
        {nav}
        <UnknownScreen
          key={`${tabId}:${state.unknown.heading}`}
          heading={state.unknown.heading}
          url={state.url}
          search={search}
          tabId={tabId}
          onChoose={open}
        />
        <SupportTools tabId={tabId} />
      </main>
    );
  }
  if (!top) {
    return (
      <main ref={handOver} data-state="none">
        {nav}
        {asked && asked.tabId === tabId && (
          <HelpedQuestion
            key={`${tabId}:${asked.topic}`}
            topic={asked.topic}
            title={articles.get(asked.topic)?.title ?? asked.topic}
            tabId={tabId}
            onTopic={open}
          />
        )}
        <h2 class="nothing">{t('panelNothing')}</h2>
        <p class="muted">{t('panelNothingHelp')}</p>
        <Lookup search={search} onChoose={open} idPrefix="panel" />
        <SupportTools tabId={tabId} />
      </main>
    );
  }
  return (
    <main ref={handOver} data-state="recognised" data-topic={top.id}>
      {nav}
      <p class="kicker">{t('panelRecognised')}</p>
      <MutedNote topic={top.id} />
      <WayOut question={t('panelNotYourScreen')} action={t('panelOtherTopicsAndSearch')} onAction={toOthers} />
      <Topic
        article={articles.get(top.id)}
        articles={articles}
        tabId={tabId}
        onTopic={open}
        evidence={top.evidence}
        labels={state!.labels}
        quotes={state!.quotes}
        journey={state!.journey?.topic === top.id ? state!.journey : null}
        others={state!.matches.slice(1).map((m) => m.id)}
      />
      <details class="browse" id="panel-browse">
        <summary>{t('browseAll')}</summary>
        <Lookup search={search} current={state!.matches.map((m) => m.id)} onChoose={open} idPrefix="panel" />
      </details>
      <SupportTools tabId={tabId} />
    </main>
  );
}
