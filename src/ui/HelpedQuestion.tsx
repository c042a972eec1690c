import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/preact';
import { recordHelped } from '../storage/helped';
import { clearAsk } from '../storage/tab-state';
import { noteAction } from './panel-actions';

/**
 * After a recognised screen gave way to the site's feed (the login went through): "Did this fix
 * it?". An answer is counted on this computer, per topic and interface language (src/storage/helped.ts),
 * and thanked; nothing else is kept or sent. Answered, the question is cleared from the tab's state,
 * so it is not asked again; a new recognised screen in the tab drops it too.
 */
export function HelpedQuestion({
  topic,
  title,
  tabId,
  onTopic,
}: {
  topic: string /** The topic's title as the panel shows it. */;
  title: string;
  tabId: number | null;
  onTopic: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [answered, setAnswered] = useState<boolean | null>(null);
  const answer = (helped: boolean) => {
    setAnswered(helped);
    noteAction(helped ? 'helped-yes' : 'helped-no', tabId, topic);
    void recordHelped(topic, i18n.lang, helped).then(() => (tabId === null ? undefined : clearAsk(tabId, topic)));
  };
  return (
    <section class="helped" aria-labelledby="helped-title">
      <h2 id="helped-title" class="helped-title">
        {t('helpedLoginDone')}
      </h2>
      {answered === null ? (
        <>
          <p>{t('helpedQuestion', title)}</p>
          <div class="helped-actions">
            <button type="button" class="primary" onClick={() => answer(true)}>
              {t('helpedYes')}
            </button>
            <button type="button" onClick={() => answer(false)}>
              {t('helpedNo')}
            </button>
          </div>
        </>
      ) : (
        <p role="status">
          {t(answered ? 'helpedThanksYes' : 'helpedThanksNo')}{' '}
          {!answered && (
            <button type="button" class="link" onClick={() => onTopic(topic)}>
              {t('helpedReadAgain', title)}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
