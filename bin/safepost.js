#!/usr/bin/env node
// The safepost command line (see README). The engine is bundled by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/safepost.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('safepost: not built yet; run `npm ci && npm run build` in the project folder\n');
  process.exit(70);
}
await import(bundle.href);
