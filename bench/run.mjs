#!/usr/bin/env node
// Bundles the benchmark (TypeScript) with esbuild and runs it: node bench/run.mjs [--short] [--no-browser]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', external: ['redact-pii', 'playwright-core', 'puppeteer-core', 'esbuild'] };
await build({ ...common, entryPoints: ['bench/main.ts'], outfile: 'dist/bench/main.mjs' });
if (existsSync('bench/browser.ts')) await build({ ...common, entryPoints: ['bench/browser.ts'], outfile: 'dist/bench/browser.mjs' });
await import(new URL('../dist/bench/main.mjs', import.meta.url).href);
