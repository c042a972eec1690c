import { useI18n } from '../i18n/preact';
import { textIn } from '../rules/article-text';
import { articleById } from './articles';

/** A titled list of topics, named in the person's language where they have a translation; unknown ids are skipped. Renders nothing when empty. */
export function TopicList({ heading, ids, onTopic, id }: { heading: string; ids: readonly string[]; onTopic: (id: string) => void; id?: string }) {
  const { lang } = useI18n();
  const known = ids.map((id) => articleById(id)).filter((a) => a !== undefined).map((a) => ({ id: a.id, ...textIn(a, lang) }));
  if (known.length === 0) return null;
  return (
    <section class="topics" aria-label={heading} id={id}>
      <h3>{heading}</h3>
      <ul>
        {known.map((a) => (
          <li key={a.id}>
            <button type="button" class="link" lang={a.lang} onClick={() => onTopic(a.id)}>
              {a.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
