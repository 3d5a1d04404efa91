import { createServer, type Server } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate.js';
import { FIXTURES } from './paths.js';
import { FIXTURE_HOSTS } from './hosts.js';
import { fixtureSites, siteRoot, type FixtureSite } from './fixture-sites.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface FixtureRequest {
  host: string;
  path: string;
}

export interface FixtureServer {
  port: number;
  /** Every request the server saw, in order (host without port, path with query). */
  requests: FixtureRequest[];
  /** Serves `body` at `path` on every host (for pages a test writes itself). */
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

function resolveFile(sites: readonly FixtureSite[], host: string, path: string): string | null {
  const clean = normalize(decodeURIComponent(path.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const roots = [join(FIXTURES, 'hosts', host), siteRoot(sites, host), FIXTURES].filter((r): r is string => r !== null);
  for (const base of roots) {
    let file = join(base, clean);
    if (!file.startsWith(base)) continue;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * An HTTPS server for the fixture hosts. `https://<host>/<path>` serves, first found: a route a test
 * added, `test/fixtures/hosts/<host>/<path>`, the bundled site fixture for that host
 * (`test/fixtures/dist/<site>/<path>`, per test/fixtures/sites.mjs), then `test/fixtures/<path>`.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const sites = await fixtureSites();
  const routes = new Map<string, { body: string; type: string }>();
  const requests: FixtureRequest[] = [];
  const server: Server = createServer(makeCertificate(FIXTURE_HOSTS), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({ host, path });
    const route = routes.get(path.split('?')[0] ?? path);
    const headers = { 'cache-control': 'no-store' };
    if (route) {
      res.writeHead(200, { ...headers, 'content-type': route.type }).end(route.body);
      return;
    }
    const file = resolveFile(sites, host, path);
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end(`No fixture for ${host}${path}`);
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route(path, body, type = TYPES['.html'] ?? 'text/html') {
      routes.set(path, { body, type });
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
