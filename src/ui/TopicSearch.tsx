import { useMemo, useState } from 'preact/hooks';
import { createSearch } from '../search';
import { ARTICLES } from './articles';

const MAX_RESULTS = 8;

/** A search box over every bundled article (src/search: typo-tolerant), results as topic links. */
export function TopicSearch({ label, placeholder, noResults, onTopic }: { label: string; placeholder: string; noResults: string; onTopic: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const search = useMemo(() => createSearch(ARTICLES), []);
  const hits = query.trim() === '' ? [] : search.search(query, 'all', MAX_RESULTS);
  return (
    <section class="search">
      <label>
        {label}
        <input type="search" value={query} placeholder={placeholder} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {query.trim() !== '' && hits.length === 0 && <p>{noResults}</p>}
      <ul>
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" class="link" onClick={() => onTopic(hit.id)}>
              {hit.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
