#!/usr/bin/env node
// `npx signpost …`: runs the TypeScript CLI through tsx, so the CLI and the extension share source.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
