import table from 'virtual:signpost/match-table';
import { useMemo, useState } from 'preact/hooks';
import { explain, match } from '../../src/engine/match';
import { inertDocument } from '../../src/report/sanitize';
import { articleById } from '../../src/ui/articles';
import { TraceList } from '../../src/ui/TraceList';
import { checkUrl, loadFile, type Loaded } from './load';

/**
 * Replay (support tool): open a `*.signpost.json` or a saved HTML page, set the URL, and see what
 * the engine — the same code and rules as the content script — makes of it: ranked matches, the
 * per-condition trace, and the sanitised page in a sandboxed frame (no scripts, no loads).
 */
export function Replay() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [urlText, setUrlText] = useState('');
  const [dragging, setDragging] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const result = await loadFile(file);
    if (!result.ok) {
      setError(result.error); // what was open stays open
      return;
    }
    setError(null);
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
      <h1>Signpost replay</h1>
      <p class="muted">Open a screen snapshot (<code>*.signpost.json</code>) or a saved HTML page — pick it or drop it anywhere on this page.</p>
      <div class="controls">
        <label>
          File <input type="file" accept=".json,.html,.htm,application/json,text/html" data-testid="replay-file" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </label>
        <label>
          Page address <input type="url" value={urlText} data-testid="replay-url" placeholder="https://www.instagram.com/challenge/" onInput={(e) => setUrlText(e.currentTarget.value)} />
        </label>
      </div>
      {error && (
        <p role="alert" class="error" data-testid="replay-error">
          {error}
        </p>
      )}
      {loaded && (
        <section aria-labelledby="loaded-title">
          <h2 id="loaded-title">
            {loaded.name} <span class="muted">({loaded.kind === 'snapshot' ? 'snapshot' : 'HTML page'})</span>
          </h2>
          {loaded.capture && (
            <p class="muted" data-testid="replay-capture">
              Captured {loaded.capture.at || 'at an unknown time'}
              {loaded.capture.extension ? ` by ${loaded.capture.extension}` : ''}
              {loaded.capture.top !== undefined ? `; the live page ranked first: ${loaded.capture.top ?? 'nothing'}` : ''}
            </p>
          )}
          {!url.ok && urlText !== '' && <p role="alert" class="error">{url.error}</p>}
          {!url.ok && urlText === '' && <p class="error">Set the page address to match (the HTML file does not say where it was shown).</p>}
          {results && (
            <>
              <h3>Matches</h3>
              {results.matches.length === 0 ? (
                <p class="nothing" data-testid="replay-no-match">No topic recognised.</p>
              ) : (
                <ol class="matches" data-testid="replay-matches">
                  {results.matches.map((m) => (
                    <li key={m.id} data-topic={m.id}>
                      <strong>{m.id}</strong> <span class="muted">score {m.score}</span>
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
              <h3>Explain</h3>
              <TraceList trace={results.trace} />
            </>
          )}
          <h3>The page{loaded.page?.truncated ? ' (cut short at its size limit)' : ''}</h3>
          {frameDoc ? (
            // sandbox="" (no allow-scripts, no same-origin) + the document's own no-load CSP.
            <iframe class="page" sandbox="" srcdoc={frameDoc} title="Sanitised copy of the screen" data-testid="replay-frame" />
          ) : (
            <p class="muted">This snapshot has no page copy (version 1 files hold only what the engine sees).</p>
          )}
        </section>
      )}
    </main>
  );
}
