import { z } from 'zod/mini';

/**
 * Imported first by every entrypoint that validates with zod, before any schema is built.
 * Without it zod probes `new Function("")` to compile fast parsers: the extension CSP (no eval)
 * refuses that, which Firefox logs as a CSP violation, and addons-linter flags the probe.
 * Jitless parsing is the interpreter zod falls back to anyway.
 *
 * `zod/mini`'s `config` is zod/v4/core's, the one global config that `zod` (classic) schemas read
 * too: this one call covers both, without pulling the classic API into every page.
 */
z.config({ jitless: true });
