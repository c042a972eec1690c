import type { RuleInput, RuleWords, TranslationTag } from '../../../src/builder/rule';
import { TRANSLATION_TAGS } from '../../../src/builder/rule';
import { KINDS, type Kind } from '../../../src/engine/types';
import type { MessageKey } from '../../../src/i18n';
import { useI18n } from '../../../src/i18n/preact';
import type { MdNode } from '../../../src/rules/types';
import { ArticleBody } from '../../../src/ui/ArticleBody';

const KIND_KEYS: Record<Kind, MessageKey> = {
  blocking: 'builderSeverityBlocking',
  warning: 'builderSeverityWarning',
  info: 'builderSeverityInfo',
};
const LANGUAGE_KEYS: Record<TranslationTag, MessageKey> = { es: 'builderTranslationEs', 'pt-BR': 'builderTranslationPtBR' };
const EMPTY: RuleWords = { title: '', summary: '', article: '' };

type Preview = { ok: true; nodes: MdNode[] } | { ok: false; reason: string };

/** The article as the side panel would show it (the panel's renderer), or why it cannot be shown. */
function ArticlePreview({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  if (!preview.ok)
    return (
      <p class="error" data-testid="builder-preview-refused">
        {t('builderPreviewRefused', preview.reason)}
      </p>
    );
  return (
    <div class="preview" data-testid="builder-preview">
      <ArticleBody nodes={preview.nodes} onTopic={() => undefined} />
    </div>
  );
}

/** The new topic: id, title, severity, summary, the article with its preview, optional translations. */
export function TopicFields({
  input,
  platform,
  preview,
  onChange,
}: {
  input: RuleInput;
  platform: string;
  preview: Preview;
  onChange(next: RuleInput): void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<RuleInput>) => onChange({ ...input, ...patch });
  const setWords = (tag: TranslationTag, patch: Partial<RuleWords>) =>
    set({ translations: { ...input.translations, [tag]: { ...(input.translations[tag] ?? EMPTY), ...patch } } });
  return (
    <fieldset class="builder-box">
      <legend>{t('builderTopicHeading')}</legend>
      <div class="fields">
        <label>
          {t('builderId')}
          <input value={input.id} onInput={(e) => set({ id: e.currentTarget.value.trim() })} spellcheck={false} />
          <span class="muted">{t('builderIdHelp', `${platform}/acme-new-screen`)}</span>
        </label>
        <label>
          {t('builderPlatform')}
          <input value={platform} readOnly />
        </label>
        <label>
          {t('builderSeverity')}
          <select value={input.kind} onChange={(e) => set({ kind: e.currentTarget.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </label>
        <label class="wide">
          {t('builderFieldTitle')}
          <input value={input.title} maxLength={80} onInput={(e) => set({ title: e.currentTarget.value })} />
        </label>
        <label class="wide">
          {t('builderSummary')}
          <input value={input.summary} maxLength={160} onInput={(e) => set({ summary: e.currentTarget.value })} />
        </label>
      </div>
      <div class="article-row">
        <label>
          {t('builderArticle')}
          <textarea rows={12} value={input.article} onInput={(e) => set({ article: e.currentTarget.value })} spellcheck />
        </label>
        <div>
          <h3>{t('builderPreviewHeading')}</h3>
          <ArticlePreview preview={preview} />
        </div>
      </div>
      {TRANSLATION_TAGS.map((tag) => {
        const words = input.translations[tag] ?? EMPTY;
        return (
          <details key={tag} class="translation" lang={tag}>
            <summary>{t(LANGUAGE_KEYS[tag])}</summary>
            {/* A group named by its language: these fields' labels repeat the English ones above. */}
            {/* biome-ignore lint/a11y/useSemanticElements: the details' summary is the visible legend; a fieldset would repeat it */}
            <div class="fields" role="group" aria-label={t(LANGUAGE_KEYS[tag])}>
              <label class="wide">
                {t('builderFieldTitle')}
                <input value={words.title} maxLength={80} onInput={(e) => setWords(tag, { title: e.currentTarget.value })} />
              </label>
              <label class="wide">
                {t('builderSummary')}
                <input value={words.summary} maxLength={160} onInput={(e) => setWords(tag, { summary: e.currentTarget.value })} />
              </label>
              <label class="wide">
                {t('builderArticle')}
                <textarea rows={8} value={words.article} onInput={(e) => setWords(tag, { article: e.currentTarget.value })} />
              </label>
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}
