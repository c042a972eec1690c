import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../src/i18n/preact';
import { DEFAULT_SETTINGS, type Settings as SettingsValue } from '../../src/settings/schema';
import { getSettings, resetSettings, updateSettings, watchSettings, type DeepPartial } from '../../src/settings/store';
import { LanguageSetting } from './LanguageSetting';
import { MutedTopics } from './MutedTopics';
import { LockedNote, lockProps, PolicyProblems, useManagedPolicy } from './policy';
import { RulePacks } from './RulePacks';
import { WhatHelped } from './WhatHelped';

type Status = { key: 'settingsSaved' | 'settingsResetDone' | 'settingsResetUndone' } | { key: 'settingsSaveFailed'; error: string } | null;

/**
 * Every change is saved at once to storage.sync; other pages and tabs follow it without a reload.
 * What the organisation's policy sets (src/settings/policy) is shown in force, disabled, and says so.
 */
export function Settings() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<SettingsValue | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<SettingsValue | null>(null);
  const policy = useManagedPolicy();

  useEffect(() => {
    void getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    return watchSettings(setSettings);
  }, []);

  if (!settings) return null;

  const save = (patch: DeepPartial<SettingsValue>) => {
    // Shown at once: a re-render before storage answers (the managed policy arriving, say) must not
    // put the control back the way it was.
    setSettings((s) => (s ? ({ ...s, ...patch, sites: { ...s.sites, ...patch.sites } } as SettingsValue) : s));
    return updateSettings(patch).then(
      (next) => {
        setSettings(next);
        setStatus({ key: 'settingsSaved' });
      },
      (e: unknown) => {
        void getSettings().then(setSettings, () => undefined); // show what is really stored
        setStatus({ key: 'settingsSaveFailed', error: e instanceof Error ? e.message : String(e) });
      },
    );
  };

  // Reset asks first (it also clears the language and the muted topics), and can be undone.
  const reset = () => {
    const before = settings;
    setConfirming(false);
    return resetSettings().then(
      (next) => {
        setSettings(next);
        setUndo(before);
        setStatus({ key: 'settingsResetDone' });
      },
      (e: unknown) => setStatus({ key: 'settingsSaveFailed', error: e instanceof Error ? e.message : String(e) }),
    );
  };
  const undoReset = () => {
    if (!undo) return;
    const back = undo;
    setUndo(null);
    void save(back).then(() => setStatus({ key: 'settingsResetUndone' }));
  };

  return (
    <main>
      <h1>{t('settingsTitle')}</h1>
      <PolicyProblems policy={policy} />

      <fieldset>
        <legend>{t('settingsHintsLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="hints"
            checked={settings.hints}
            {...lockProps(policy, 'hints', 'hints-help')}
            onChange={(e) => void save({ hints: e.currentTarget.checked })}
          />
          <span>{t('settingsHints')}</span>
        </label>
        <LockedNote policy={policy} setting="hints" />
        <p id="hints-help" class="help">
          {t('settingsHintsHelp')}
        </p>
        <label class="check">
          <input
            type="checkbox"
            name="unknown-badge"
            checked={settings.unknownBadge}
            {...lockProps(policy, 'unknownBadge', 'unknown-badge-help')}
            onChange={(e) => void save({ unknownBadge: e.currentTarget.checked })}
          />
          <span>{t('settingsUnknownBadge')}</span>
        </label>
        <LockedNote policy={policy} setting="unknownBadge" />
        <p id="unknown-badge-help" class="help">
          {t('settingsUnknownBadgeHelp')}
        </p>
        <label class="check">
          <input
            type="checkbox"
            name="ask-helped"
            checked={settings.askHelped}
            {...lockProps(policy, 'askHelped', 'ask-helped-help')}
            onChange={(e) => void save({ askHelped: e.currentTarget.checked })}
          />
          <span>{t('settingsAskHelped')}</span>
        </label>
        <LockedNote policy={policy} setting="askHelped" />
        <p id="ask-helped-help" class="help">
          {t('settingsAskHelpedHelp')}
        </p>
      </fieldset>

      <fieldset aria-describedby="sites-help">
        <legend>{t('settingsSitesLegend')}</legend>
        <p id="sites-help" class="help">
          {t('settingsSitesHelp')}
        </p>
        <label class="check">
          <input
            type="checkbox"
            name="site-instagram"
            checked={settings.sites.instagram}
            {...lockProps(policy, 'sites.instagram')}
            onChange={(e) => void save({ sites: { instagram: e.currentTarget.checked } })}
          />
          <span>{t('settingsSiteInstagram')}</span>
        </label>
        <LockedNote policy={policy} setting="sites.instagram" />
        <label class="check">
          <input
            type="checkbox"
            name="site-x"
            checked={settings.sites.x}
            {...lockProps(policy, 'sites.x')}
            onChange={(e) => void save({ sites: { x: e.currentTarget.checked } })}
          />
          <span>{t('settingsSiteX')}</span>
        </label>
        <LockedNote policy={policy} setting="sites.x" />
      </fieldset>

      <LanguageSetting value={settings.uiLanguage} policy={policy} onChange={(uiLanguage) => void save({ uiLanguage })} />

      <MutedTopics muted={settings.mutedTopics} policy={policy} onChange={(mutedTopics) => void save({ mutedTopics })} />

      <WhatHelped />

      <RulePacks />

      <div class="actions">
        {confirming ? (
          // biome-ignore lint/a11y/useSemanticElements: a question and its two answers, not a form section to fill in
          <div class="confirm" role="group" aria-labelledby="reset-confirm">
            <p id="reset-confirm">{t('settingsResetConfirm')}</p>
            <button type="button" class="danger" onClick={() => void reset()}>
              {t('settingsReset')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('settingsResetCancel')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('settingsReset')}
          </button>
        )}
        <p class="status" role="status">
          {status ? (status.key === 'settingsSaveFailed' ? t(status.key, status.error) : t(status.key)) : ''}
          {undo && status?.key === 'settingsResetDone' && (
            <>
              {' '}
              <button type="button" class="link" onClick={undoReset}>
                {t('settingsResetUndo')}
              </button>
            </>
          )}
        </p>
      </div>
    </main>
  );
}
