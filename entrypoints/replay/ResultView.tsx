import table from 'virtual:signpost/match-table';
import { useMemo, useState } from 'preact/hooks';
import { explain, match } from '../../src/engine/match';
import type { MessageKey, Translate } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';
import type { CaptureInfo } from '../../src/report/snapshot-file';
import { textIn } from '../../src/rules/article-text';
import { articleById } from '../../src/ui/articles';
import { TraceList } from '../../src/ui/TraceList';
import { RuleBuilder } from './builder';
import { ExpectedArticle } from './ExpectedArticle';
import { checkUrl, type Loaded } from './load';
import { framedCopy } from './page-copy';

const KIND_LABEL: Record<Loaded['kind'], MessageKey> = {
  snapshot: 'replayKindSnapshot',
  html: 'replayKindHtml',
  screen: 'galleryKindScreen',
};

/** A capture's time as the reader's clock shows it (the file keeps UTC); an unreadable one as written. */
function localTime(iso: string, lang: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Where and by what a capture was made, and what the live page ranked first. */
function captureLine(t: Translate, capture: CaptureInfo, lang: string): string {
  let line = capture.at ? t('replayCapturedAt', localTime(capture.at, lang)) : t('replayCapturedNoTime');
  if (capture.extension) line += ` ${t('replayCapturedBy', capture.extension)}`;
  if (capture.top !== undefined) line += `; ${t('replayCapturedTop', capture.top ?? t('replayCapturedTopNone'))}`;
  return line;
}

/**
 * What the engine makes of one screen — a loaded file or a bundled screen alike: the ranked
 * matches at the address in the URL field, the per-condition trace, and the sanitised page in a
 * sandboxed frame. A bundled screen (`expected` given) also shows the topic it must rank first and
 * that topic's article, as the side panel would show it. **Make a rule from this screen** opens the
 * rule builder on it (the view is remade for another screen, and the builder with it).
 */
export function ResultView({
  loaded,
  urlText,
  expected,
  onTopic,
}: {
  loaded: Loaded;
  urlText: string;
  expected?: { topic: string | null };
  onTopic?: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const [building, setBuilding] = useState(false);
  const url = checkUrl(urlText);
  const results = useMemo(() => {
    if (!url.ok) return null;
    const snapshot = { ...loaded.snapshot, url: url.url };
    return { matches: match(table, snapshot), trace: explain(table, snapshot) };
  }, [loaded, url.ok ? url.url : null]);
  const frame = useMemo(() => (loaded.page ? framedCopy(loaded.page, loaded.snapshot.lang) : null), [loaded]);

  return (
    <section aria-labelledby="loaded-title" class="result">
      <h2 id="loaded-title">
        {loaded.name} <span class="muted">({t(KIND_LABEL[loaded.kind])})</span>
      </h2>
      {loaded.capture && (
        <p class="muted" data-testid="replay-capture">
          {captureLine(t, loaded.capture, lang)}
        </p>
      )}
      {expected && (
        <p class="expected" data-testid="gallery-expected">
          {t('galleryExpectedLine', expected.topic ?? t('galleryExpectNothing'))}
        </p>
      )}
      {!url.ok && urlText !== '' && (
        <p role="alert" class="error">
          {t(url.error.key, url.error.subs)}
        </p>
      )}
      {!url.ok && urlText === '' && <p class="error">{t('replayUrlNeeded')}</p>}
      {loaded.partial && (
        <p class="muted" data-testid="replay-partial">
          {t('replayReadInPart')}
        </p>
      )}
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
                  {titleOf(m.id, lang)}
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
      <h3>{t(frame?.truncated ? 'replayPageHeadingTruncated' : 'replayPageHeading')}</h3>
      {frame ? (
        // sandbox="" (no allow-scripts, no same-origin) + the document's own no-load CSP; the copy
        // itself holds no address to go to (page-copy.ts).
        <iframe class="page" sandbox="" srcdoc={frame.srcdoc} title={t('replayFrameTitle')} data-testid="replay-frame" />
      ) : (
        <p class="muted">{t('replayNoPageCopy')}</p>
      )}
      {expected?.topic && <ExpectedArticle id={expected.topic} onTopic={onTopic ?? (() => undefined)} />}
    </section>
  );
}

/** The topic's title in the interface language when its article is translated (English otherwise). */
function titleOf(id: string, lang: string) {
  const article = articleById(id);
  const shown = article ? textIn(article, lang) : null;
  return shown ? <div lang={shown.lang}>{shown.title}</div> : null;
}
