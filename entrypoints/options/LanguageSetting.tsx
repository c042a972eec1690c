import { UI_LANGUAGES, type MessageKey, type UiLanguage } from '../../src/i18n';
import { useI18n } from '../../src/i18n/preact';
import type { ManagedPolicy } from '../../src/settings/policy/managed';
import { LockedNote, lockProps } from './policy';

const LANGUAGE_LABEL: Record<UiLanguage, MessageKey> = { auto: 'languageAuto', en: 'languageEn', es: 'languageEs', pt_BR: 'languagePt' };
// The language names are shown in their own language: the option carries its own `lang`.
const LANGUAGE_TAG: Partial<Record<UiLanguage, string>> = { en: 'en', es: 'es', pt_BR: 'pt-BR' };

interface LanguageSettingProps {
  value: UiLanguage;
  policy: ManagedPolicy;
  onChange: (uiLanguage: UiLanguage) => void;
}

/** The interface language: automatic (the browser's) or one of the languages Signpost speaks. */
export function LanguageSetting({ value, policy, onChange }: LanguageSettingProps) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('settingsLanguageLegend')}</legend>
      <div class="field">
        <label for="ui-language">{t('settingsLanguageLabel')}</label>
        <select
          id="ui-language"
          name="uiLanguage"
          value={value}
          {...lockProps(policy, 'uiLanguage', 'language-help')}
          onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}
        >
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={LANGUAGE_TAG[lang]}>
              {t(LANGUAGE_LABEL[lang])}
            </option>
          ))}
        </select>
        <p id="language-help" class="help">
          {t('settingsLanguageHelp')}
        </p>
        <LockedNote policy={policy} setting="uiLanguage" />
      </div>
    </fieldset>
  );
}
