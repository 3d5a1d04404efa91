import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from './paths.js';

export interface FixtureSite {
  site: string;
  host: string;
  platform: string;
  kind: string;
}

const SITES_MODULE = join(FIXTURES, 'sites.mjs');
const BUILD_SCRIPT = join(FIXTURES, 'build.mjs');
const FIXTURE_DIST = join(FIXTURES, 'dist');

function isSite(value: unknown): value is FixtureSite {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.site === 'string' && typeof v.host === 'string';
}

/** The fixture pages the content-script suite keeps in test/fixtures/sites.mjs (none when it is absent). */
export async function fixtureSites(): Promise<FixtureSite[]> {
  if (!existsSync(SITES_MODULE)) return [];
  const mod: unknown = await import(pathToFileURL(SITES_MODULE).href);
  const list = (mod as { FIXTURE_SITES?: unknown }).FIXTURE_SITES;
  return Array.isArray(list) ? list.filter(isSite) : [];
}

/** Where `https://<host>/` is served from for a site fixture, or null when no fixture page uses that host. */
export function siteRoot(sites: readonly FixtureSite[], host: string): string | null {
  const site = sites.find((s) => s.host === host);
  return site ? join(FIXTURE_DIST, site.site) : null;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** Bundles the fixture pages (real editor libraries) when their sources are newer than the bundles. */
export function ensureFixtures(): void {
  if (!existsSync(BUILD_SCRIPT)) return;
  const sources = Math.max(newest(join(FIXTURES, 'src')), newest(SITES_MODULE), newest(BUILD_SCRIPT));
  if (existsSync(FIXTURE_DIST) && newest(FIXTURE_DIST) >= sources) return;
  execFileSync(process.execPath, [BUILD_SCRIPT], { stdio: 'inherit' });
}
