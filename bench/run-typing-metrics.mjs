#!/usr/bin/env node
// Bundles bench/typing-metrics.ts with esbuild and runs it (after `npm run build`); arguments pass through.
import { build } from 'esbuild';

await build({ bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', external: ['playwright-core', 'puppeteer-core', 'esbuild'], entryPoints: ['bench/typing-metrics.ts'], outfile: 'dist/bench/typing-metrics.mjs' });
await import(new URL('../dist/bench/typing-metrics.mjs', import.meta.url).href);
