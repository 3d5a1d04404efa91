import { existsSync, readFileSync } from 'node:fs';

export interface NetRequest {
  url: string;
  /** The origin that asked for it, or "not an origin" when the browser itself did. */
  initiator: string;
}

export interface NetLog {
  /** Every URL request the network stack started, in order. */
  requests: NetRequest[];
}

interface RawEvent {
  type?: number;
  params?: { url?: unknown; initiator?: unknown };
}

interface Header {
  constants?: { logEventTypes?: Record<string, number> };
}

/** The first line holds `{"constants":{…},` — an object left open for the events that follow. */
function parseHeader(line: string): Header | null {
  for (const candidate of [line, `${line.replace(/,\s*$/, '')}}`]) {
    try {
      return JSON.parse(candidate) as Header;
    } catch {
      // try the next reading
    }
  }
  return null;
}

/**
 * Reads a Chromium `--log-net-log` file. The format is one JSON object for the constants on the first
 * line, then one event per line; reading line by line also copes with a log cut short by a crash.
 */
export function readNetLog(path: string): NetLog {
  if (!existsSync(path)) throw new Error(`No net log at ${path}: Chromium did not write one, so its traffic cannot be checked.`);
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0] ?? '';
  const constants = parseHeader(header);
  const startJob = constants?.constants?.logEventTypes?.URL_REQUEST_START_JOB;
  if (startJob === undefined) throw new Error(`${path} is not a Chromium net log (no URL_REQUEST_START_JOB constant).`);
  const requests: NetRequest[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('{')) continue;
    let event: RawEvent;
    try {
      event = JSON.parse(line.replace(/,\s*$/, '')) as RawEvent;
    } catch {
      continue; // the last line of a truncated log
    }
    if (event.type !== startJob || typeof event.params?.url !== 'string') continue;
    requests.push({ url: event.params.url, initiator: typeof event.params.initiator === 'string' ? event.params.initiator : 'not an origin' });
  }
  return { requests };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
}

const LOCAL = new Set(['127.0.0.1', 'localhost', '::1']);
// Chromium's own services (account list, network time, component updates) that it calls with no page or
// extension behind the request. Only these, and only when the browser itself asked, are not counted.
const BROWSER_SERVICE = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;

function isBrowserHousekeeping(request: NetRequest, host: string): boolean {
  return request.initiator === 'not an origin' && BROWSER_SERVICE.test(host);
}

/**
 * Requests in `log` to a network host outside `allowed`, as "host (initiator)". Extension, data and blob
 * URLs are not network requests. Anything a page, a content script, an extension page or the worker
 * asked for counts, whatever the host.
 */
export function foreignRequests(log: NetLog, allowed: readonly string[]): string[] {
  const permitted = new Set([...allowed, ...LOCAL]);
  const foreign = new Set<string>();
  for (const request of log.requests) {
    if (!/^(https?|wss?|ftp):/i.test(request.url)) continue;
    const host = hostOf(request.url);
    if (host === null || permitted.has(host) || isBrowserHousekeeping(request, host)) continue;
    foreign.add(`${host} (from ${request.initiator})`);
  }
  return [...foreign].sort();
}
