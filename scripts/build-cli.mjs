#!/usr/bin/env node
// Bundles the command line (src/cli, which imports only src/engine) into dist/cli/safepost.mjs.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/cli/safepost.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
