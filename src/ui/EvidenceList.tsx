/** The folded "why am I seeing this?" list: which rule conditions held on the page. */
export function EvidenceList({ summary, evidence }: { summary: string; evidence: readonly string[] }) {
  if (evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>{summary}</summary>
      <ul>
        {evidence.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </details>
  );
}
