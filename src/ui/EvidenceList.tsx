import type { Sentence } from './evidence-sentences';

/**
 * The folded "why am I seeing this?" list: which signs on the page the topic was recognised by, as
 * sentences (evidence-sentences.ts). A sign's own words — a button's label, a heading — are set apart.
 */
export function EvidenceList({ summary, sentences }: { summary: string; sentences: readonly Sentence[] }) {
  if (sentences.length === 0) return null;
  return (
    <details class="evidence">
      <summary>{summary}</summary>
      <ul>
        {sentences.map((s, i) => (
          <li key={i}>
            {s.before}
            {s.words !== undefined && (s.strong ? <strong>{s.words}</strong> : s.words)}
            {s.after}
          </li>
        ))}
      </ul>
    </details>
  );
}
