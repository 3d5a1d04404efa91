import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize { name: string; files: number; bytes: number; gzipBytes: number }

const IMPORT_RE = /(?:import|export)\s*(?:[^'"`;]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)|chrome\.runtime\.getURL\(\s*["']([^"']+\.js)["']\s*\)/g;

/** A script and every script it loads, statically or dynamically, inside the built extension. */
function closure(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const walk = (rel: string) => {
    const file = normalize(rel).replace(/^\/+/, '');
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(IMPORT_RE)) {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      walk(spec.startsWith('/') ? spec : spec.startsWith('.') ? join(dirname(file), spec) : spec);
    }
  };
  walk(entry);
  return [...seen];
}

function measure(root: string, name: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const buf = readFileSync(join(root, f));
    bytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { name, files: files.length, bytes, gzipBytes };
}

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[] }>;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

function pageScripts(root: string, page: string | undefined): string[] {
  if (!page || !existsSync(join(root, page))) return [];
  const html = readFileSync(join(root, page), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) out.push(...closure(root, (m[1] as string).replace(/^\//, '')));
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.css)"/g)) out.push((m[1] as string).replace(/^\//, ''));
  return [...new Set(out)];
}

export function bundleSizes(root: string): BundleSize[] {
  if (!existsSync(join(root, 'manifest.json'))) return [];
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const content = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).flatMap((f) => closure(root, f)))];
  const worker = manifest.background?.service_worker ? closure(root, manifest.background.service_worker) : [];
  const sizes = [
    measure(root, 'content script (with what it loads)', content),
    measure(root, 'service worker', worker),
    measure(root, 'popup', pageScripts(root, manifest.action?.default_popup)),
    measure(root, 'options page', pageScripts(root, manifest.options_ui?.page ?? manifest.options_page)),
  ];
  const all = listFiles(root);
  sizes.push(measure(root, 'whole extension', all));
  return sizes;
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const rel = join(dir, f);
    return statSync(join(root, rel)).isDirectory() ? listFiles(root, rel) : [rel];
  });
}
