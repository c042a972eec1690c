import { useState } from 'preact/hooks';
import type { BundledScreen } from '../../src/screens/screens';
import { useI18n } from '../../src/i18n/preact';
import { EXAMPLE_URL, loadFile, screenLoaded, type Loaded, type LoadMessage } from './load';
import { ModeTabs, panelId, tabId, type Mode } from './ModeTabs';
import { ResultView } from './ResultView';
import { Screens } from './Screens';

/** The snapshot file name pattern (a format, not words: shown as it is in every language). */
const FILE_PATTERN = '*.signpost.json';
/** Stands for FILE_PATTERN in the translated sentence, which is split there to set it in <code>. */
const MARK = '\uE000';

/** What one tab has open. */
interface Opened {
  loaded: Loaded;
  /** For a bundled screen: the topic it must rank first (null: nothing may match). */
  expect?: string | null;
}

/**
 * Replay (support tool): open a `*.signpost.json` or a saved HTML page — or pick one of the bundled
 * screens — set the URL, and see what the engine (the same code and rules as the content script)
 * makes of it in ResultView. Each tab keeps what it has open; the URL field edits the shown one.
 */
export function Replay() {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('file');
  const [file, setFile] = useState<Opened | null>(null);
  const [screen, setScreen] = useState<Opened | null>(null);
  const [error, setError] = useState<LoadMessage | null>(null);
  const [dragging, setDragging] = useState(false);
  const [query, setQuery] = useState('');
  // The screens are fetched when the Screens tab is first opened, then kept.
  const [screensSeen, setScreensSeen] = useState(false);
  // The URL field's text per tab: each tab matches its own file or screen at its own address.
  const [urls, setUrls] = useState<Record<Mode, string>>({ file: '', screens: '' });
  const urlText = urls[mode];
  const setUrlText = (text: string) => setUrls((u) => ({ ...u, [mode]: text }));

  const switchTo = (next: Mode) => {
    setMode(next);
    if (next === 'screens') setScreensSeen(true);
  };

  const open = async (picked: File | undefined) => {
    if (!picked) return;
    switchTo('file');
    const result = await loadFile(picked);
    if (!result.ok) {
      setError(result.error); // what was open stays open
      return;
    }
    setError(null);
    setFile({ loaded: result.loaded });
    setUrls((u) => ({ ...u, file: result.loaded.url }));
  };

  const select = (s: BundledScreen) => {
    setScreen({ loaded: screenLoaded(s), expect: s.expect });
    setUrls((u) => ({ ...u, screens: s.url }));
  };

  const shown = mode === 'file' ? file : screen;

  return (
    <main
      class={dragging ? 'dragging' : undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void open(e.dataTransfer?.files[0]);
      }}
    >
      <h1>{t('replayTitle')}</h1>
      <ModeTabs mode={mode} onChange={switchTo} />
      <div role="tabpanel" id={panelId('file')} aria-labelledby={tabId('file')} hidden={mode !== 'file'}>
        <p class="muted">
          {t('replayIntro', MARK)
            .split(MARK)
            .map((part, i) => (i === 0 ? part : [<code key={i}>{FILE_PATTERN}</code>, part]))}
        </p>
        <div class="controls">
          <label>
            {t('replayFileLabel')}{' '}
            <input
              type="file"
              accept=".json,.html,.htm,application/json,text/html"
              data-testid="replay-file"
              onChange={(e) => void open(e.currentTarget.files?.[0])}
            />
          </label>
        </div>
        {error && (
          <p role="alert" class="error" data-testid="replay-error">
            {t(error.key, error.subs)}
          </p>
        )}
      </div>
      <div class={mode === 'screens' ? 'workspace split' : 'workspace'}>
        <div role="tabpanel" id={panelId('screens')} aria-labelledby={tabId('screens')} hidden={mode !== 'screens'} class="screens-pane">
          {screensSeen && <Screens selected={screen?.loaded.name ?? null} onSelect={select} query={query} onQuery={setQuery} />}
        </div>
        <div class="work">
          <div class="controls">
            <label>
              {t('replayUrlLabel')}{' '}
              <input
                type="url"
                value={urlText}
                data-testid="replay-url"
                placeholder={EXAMPLE_URL}
                onInput={(e) => setUrlText(e.currentTarget.value)}
              />
            </label>
          </div>
          {shown && (
            <ResultView
              key={`${mode}:${shown.loaded.name}`}
              loaded={shown.loaded}
              urlText={urlText}
              {...(mode === 'screens' ? { expected: { topic: shown.expect ?? null }, onTopic: setQuery } : {})}
            />
          )}
        </div>
      </div>
    </main>
  );
}
