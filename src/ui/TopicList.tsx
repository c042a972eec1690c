import type { ShownById } from './shown-articles';

/** A titled list of topics, named as `articles` shows them (in the person's language where translated); unknown ids are skipped. Renders nothing when empty. */
export function TopicList({
  heading,
  ids,
  articles,
  onTopic,
  id,
}: {
  heading: string;
  ids: readonly string[];
  articles: ShownById;
  onTopic: (id: string) => void;
  id?: string;
}) {
  const known = ids.map((id) => articles.get(id)).filter((a) => a !== undefined);
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
