import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { buildDiagnostics } from '../../src/report/diagnostics';
import { diagnosticsMarkdown } from '../../src/report/diagnostics-markdown';
import { parseHelped, readHelped, recordHelped, resetHelped } from '../../src/storage/helped';
import { HELPED_KEY } from '../../src/storage/keys';
import { diagnosticsInput } from './diagnostics-input';

describe('"Did this fix it?" counts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts answers per topic and language, only as numbers, and resets', async () => {
    await Promise.all([
      recordHelped('instagram/suspicious-login', 'es', true),
      recordHelped('instagram/suspicious-login', 'es', false),
      recordHelped('instagram/suspicious-login', 'en', true),
    ]);
    expect(await readHelped()).toEqual({ 'instagram/suspicious-login': { es: { yes: 1, no: 1 }, en: { yes: 1, no: 0 } } });
    await resetHelped();
    expect(await readHelped()).toEqual({});
  });

  it('reads anything malformed as no answers', async () => {
    for (const junk of ['x', 3, null, { a: { en: { yes: -1, no: 0 } } }, { a: { en: { yes: 1, no: 0, text: 'hi' } } }])
      expect(parseHelped(junk)).toEqual({});
    await fakeBrowser.storage.local.set({ [HELPED_KEY]: 'garbage' });
    await recordHelped('x/invalid-code', 'en', false);
    expect(await readHelped()).toEqual({ 'x/invalid-code': { en: { yes: 0, no: 1 } } });
  });

  it('appear in the diagnostics report', () => {
    const base = diagnosticsInput({ extension: { name: 'Signpost', version: '1' }, rules: { version: '1', topics: 1 } });
    const report = buildDiagnostics({ ...base, helped: { 'x/invalid-code': { en: { yes: 2, no: 5 } } } });
    expect(report.helped).toEqual({ 'x/invalid-code': { en: { yes: 2, no: 5 } } });
    const t = bundledTranslator('en');
    expect(diagnosticsMarkdown(report, t)).toContain('- `x/invalid-code`: en 2 yes, 5 no');
    // With the topic's title, in the report's language, beside its id.
    expect(
      diagnosticsMarkdown(buildDiagnostics({ ...base, helped: report.helped, titles: { 'x/invalid-code': 'Code rejected' } }), t),
    ).toContain('- **Code rejected** (`x/invalid-code`): en 2 yes, 5 no');
    expect(diagnosticsMarkdown(buildDiagnostics(base), t)).toContain('No answers yet.');
  });
});
