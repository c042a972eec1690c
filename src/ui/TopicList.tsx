import { articleById } from './articles';

/** A titled list of topics; unknown ids are skipped. Renders nothing when empty. */
export function TopicList({ heading, ids, onTopic }: { heading: string; ids: readonly string[]; onTopic: (id: string) => void }) {
  const known = ids.map((id) => articleById(id)).filter((a) => a !== undefined);
  if (known.length === 0) return null;
  return (
    <section class="topics" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>
        {known.map((a) => (
          <li key={a.id}>
            <button type="button" class="link" onClick={() => onTopic(a.id)}>
              {a.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
