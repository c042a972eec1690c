import { z } from 'zod';

/**
 * Imported first by every entrypoint that validates with zod, before any schema is built.
 * Without it zod probes `new Function("")` to compile fast parsers: the extension CSP (no eval)
 * refuses that, which Firefox logs as a CSP violation, and addons-linter flags the probe.
 * Jitless parsing is the interpreter zod falls back to anyway.
 */
z.config({ jitless: true });
