import articles from 'virtual:signpost/articles';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../src/i18n/preact';
import { textIn } from '../../src/rules/article-text';
import { readHelped, resetHelped, type HelpedCounts } from '../../src/storage/helped';
import { HELPED_KEY } from '../../src/storage/keys';

/** "What helped on this computer": the "Did this fix it?" answers, per topic (all languages added up), with a reset. */
export function WhatHelped() {
  const { t, lang } = useI18n();
  const [helped, setHelped] = useState<HelpedCounts>({});
  useEffect(() => {
    const load = () => void readHelped().then(setHelped);
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && HELPED_KEY in changes && load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const rows = Object.entries(helped).map(([topic, byLang]) => {
    const article = articles.find((a) => a.id === topic);
    const sum = Object.values(byLang).reduce((s, c) => ({ yes: s.yes + c.yes, no: s.no + c.no }), { yes: 0, no: 0 });
    return { topic, title: article ? textIn(article, lang).title : topic, ...sum };
  });
  return (
    <fieldset class="helped-counts">
      <legend>{t('settingsHelpedLegend')}</legend>
      {rows.length === 0 ? (
        <p class="help">{t('settingsHelpedNone')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('settingsHelpedTopic')}</th>
                <th scope="col">{t('settingsHelpedYes')}</th>
                <th scope="col">{t('settingsHelpedNo')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.topic} data-topic={r.topic}>
                  <th scope="row">{r.title}</th>
                  <td>{r.yes}</td>
                  <td>{r.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void resetHelped()}>
            {t('settingsHelpedReset')}
          </button>
        </>
      )}
    </fieldset>
  );
}
