import table from 'virtual:signpost/match-table';
import { useMemo, useState } from 'preact/hooks';
import { explain, match } from '../../src/engine/match';
import type { Translate } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';
import { inertDocument } from '../../src/report/sanitize';
import type { CaptureInfo } from '../../src/report/snapshot-file';
import { articleById } from '../../src/ui/articles';
import { TraceList } from '../../src/ui/TraceList';
import { RuleBuilder } from './builder';
import { checkUrl, EXAMPLE_URL, loadFile, type Loaded, type LoadMessage } from './load';

/** The snapshot file name pattern (a format, not words: shown as it is in every language). */
const FILE_PATTERN = '*.signpost.json';
/** Stands for FILE_PATTERN in the translated sentence, which is split there to set it in <code>. */
const MARK = '\uE000';

/** Where and by what a capture was made, and what the live page ranked first. */
function captureLine(t: Translate, capture: CaptureInfo): string {
  let line = capture.at ? t('replayCapturedAt', capture.at) : t('replayCapturedNoTime');
  if (capture.extension) line += ` ${t('replayCapturedBy', capture.extension)}`;
  if (capture.top !== undefined) line += `; ${t('replayCapturedTop', capture.top ?? t('replayCapturedTopNone'))}`;
  return line;
}

/**
 * Replay (support tool): open a `*.signpost.json` or a saved HTML page, set the URL, and see what
 * the engine — the same code and rules as the content script — makes of it: ranked matches, the
 * per-condition trace, and the sanitised page in a sandboxed frame (no scripts, no loads).
 */
export function Replay() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { t } = useI18n();
  const [error, setError] = useState<LoadMessage | null>(null);
  const [urlText, setUrlText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [building, setBuilding] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const result = await loadFile(file);
    if (!result.ok) {
      setError(result.error); // what was open stays open
      return;
    }
    setError(null);
    setBuilding(false); // a builder belongs to the screen it was opened on
    setLoaded(result.loaded);
    setUrlText(result.loaded.url);
  };

  const url = checkUrl(urlText);
  const results = useMemo(() => {
    if (!loaded || !url.ok) return null;
    const snapshot = { ...loaded.snapshot, url: url.url };
    return { matches: match(table, snapshot), trace: explain(table, snapshot) };
  }, [loaded, url.ok ? url.url : null]);
  const frameDoc = useMemo(() => (loaded?.page ? inertDocument(loaded.page, loaded.snapshot.lang) : null), [loaded]);

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
      <p class="muted">
        {t('replayIntro', MARK)
          .split(MARK)
          .map((part, i) => (i === 0 ? part : [<code key={i}>{FILE_PATTERN}</code>, part]))}
      </p>
      <div class="controls">
        <label>
          {t('replayFileLabel')} <input type="file" accept=".json,.html,.htm,application/json,text/html" data-testid="replay-file" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </label>
        <label>
          {t('replayUrlLabel')} <input type="url" value={urlText} data-testid="replay-url" placeholder={EXAMPLE_URL} onInput={(e) => setUrlText(e.currentTarget.value)} />
        </label>
      </div>
      {error && (
        <p role="alert" class="error" data-testid="replay-error">
          {t(error.key, error.subs)}
        </p>
      )}
      {loaded && (
        <section aria-labelledby="loaded-title">
          <h2 id="loaded-title">
            {loaded.name} <span class="muted">({t(loaded.kind === 'snapshot' ? 'replayKindSnapshot' : 'replayKindHtml')})</span>
          </h2>
          {loaded.capture && (
            <p class="muted" data-testid="replay-capture">
              {captureLine(t, loaded.capture)}
            </p>
          )}
          {!url.ok && urlText !== '' && (
            <p role="alert" class="error">
              {t(url.error.key, url.error.subs)}
            </p>
          )}
          {!url.ok && urlText === '' && <p class="error">{t('replayUrlNeeded')}</p>}
          {results && (
            <>
              {!building && (
                <button type="button" class="make-rule" onClick={() => setBuilding(true)}>
                  {t('builderOpen')}
                </button>
              )}
              {building && url.ok && <RuleBuilder snapshot={{ ...loaded.snapshot, url: url.url }} onClose={() => setBuilding(false)} />}
              <h3>{t('replayMatchesHeading')}</h3>
              {results.matches.length === 0 ? (
                <p class="nothing" data-testid="replay-no-match">
                  {t('replayNoMatch')}
                </p>
              ) : (
                <ol class="matches" data-testid="replay-matches">
                  {results.matches.map((m) => (
                    <li key={m.id} data-topic={m.id}>
                      <strong>{m.id}</strong> <span class="muted">{t('replayScore', m.score)}</span>
                      {articleById(m.id) && <div>{articleById(m.id)!.title}</div>}
                      <ul class="evidence-list">
                        {m.evidence.map((e) => (
                          <li key={e}>✓ {e}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              )}
              <h3>{t('replayExplainHeading')}</h3>
              <TraceList trace={results.trace} />
            </>
          )}
          <h3>{t(loaded.page?.truncated ? 'replayPageHeadingTruncated' : 'replayPageHeading')}</h3>
          {frameDoc ? (
            // sandbox="" (no allow-scripts, no same-origin) + the document's own no-load CSP.
            <iframe class="page" sandbox="" srcdoc={frameDoc} title={t('replayFrameTitle')} data-testid="replay-frame" />
          ) : (
            <p class="muted">{t('replayNoPageCopy')}</p>
          )}
        </section>
      )}
    </main>
  );
}
