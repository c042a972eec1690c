import type { DiagnosticsInput } from '../../src/report/diagnostics';

/** A diagnostics report's input with nothing to say (no screens, errors or drops), then `parts`. */
export const diagnosticsInput = (parts: Partial<DiagnosticsInput> = {}): DiagnosticsInput => ({
  now: new Date(0),
  utcOffset: 0,
  language: 'en',
  extension: { name: 'Signpost', version: '0.1.0' },
  rules: { version: '0.1.0', topics: 1 },
  browser: { userAgent: 'ua', platform: 'p', language: 'en' },
  settings: {},
  timeline: [],
  errors: [],
  dropped: { total: 0, byReason: {} },
  ...parts,
});
