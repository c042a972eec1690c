import { useI18n } from '../../src/i18n/preact';
import { textIn } from '../../src/rules/article-text';
import { ArticleBody } from '../../src/ui/ArticleBody';
import { articleById } from '../../src/ui/articles';

/**
 * The article a bundled screen should lead to, in the interface language when translated, drawn by
 * the side panel's own ArticleBody: support staff see the words a person would see.
 */
export function ExpectedArticle({ id, onTopic }: { id: string; onTopic: (id: string) => void }) {
  const { t, lang } = useI18n();
  const article = articleById(id);
  if (!article) return null;
  const shown = textIn(article, lang);
  return (
    <section class="expected-article" aria-labelledby="expected-article-title" data-testid="gallery-article" data-topic={id}>
      <h3 id="expected-article-title">{t('galleryArticleHeading')}</h3>
      <article lang={shown.lang}>
        {shown.fellBack && (
          <p class="muted" lang={lang}>
            {t('englishOnlyArticle')}
          </p>
        )}
        <h4 class="article-title">{shown.title}</h4>
        <p class="summary">{shown.summary}</p>
        <div class="body">
          <ArticleBody nodes={shown.body} onTopic={onTopic} />
        </div>
      </article>
    </section>
  );
}
