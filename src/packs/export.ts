/** File name for an exported pack: `acme-it-1.2.0.signpost-pack.json`. */
export function exportFileName(name: string, version: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'rule-pack';
  return `${slug}-${version.replace(/[^\w.-]+/g, '')}.signpost-pack.json`;
}

/** Saves the pack JSON as a file (a Blob behind a temporary <a download>: no network, no permission). */
export function downloadPack(name: string, version: string, data: unknown, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = exportFileName(name, version);
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
