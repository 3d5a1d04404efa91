import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignRequests, readNetLog } from './netlog.js';

const START_JOB = 7;
const OTHER = 3;

function writeLog(events: object[], truncated = false): string {
  const header = JSON.stringify({ constants: { logEventTypes: { URL_REQUEST_START_JOB: START_JOB, OTHER } } }).slice(0, -1);
  const body = events.map((e) => `${JSON.stringify(e)},`).join('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'netlog-')), 'netlog.json');
  writeFileSync(path, truncated ? `${header},\n"events": [\n${body}\n{"params":{"url":"https://cut` : `${header},\n"events": [\n${body}\n{}]}\n`);
  return path;
}

const start = (url: string, initiator?: string) => ({ type: START_JOB, params: initiator ? { url, initiator } : { url } });

describe('net log reading', () => {
  it('lists started requests with their initiator, and reads a log cut short', () => {
    const path = writeLog([start('https://x.com/', 'not an origin'), { type: OTHER, params: { url: 'https://ignored.example/' } }, start('https://a.example/', 'https://x.com')], true);
    expect(readNetLog(path).requests).toEqual([
      { url: 'https://x.com/', initiator: 'not an origin' },
      { url: 'https://a.example/', initiator: 'https://x.com' },
    ]);
  });

  it('refuses a file that is not a net log, and a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netlog-'));
    writeFileSync(join(dir, 'other.json'), '{"constants":{}}\n');
    expect(() => readNetLog(join(dir, 'other.json'))).toThrow('is not a Chromium net log');
    expect(() => readNetLog(join(dir, 'absent.json'))).toThrow('No net log');
  });
});

describe('foreign requests', () => {
  const allowed = ['x.com', 'mastodon.social'];

  it('counts every request off the fixture hosts that a page or the extension made', () => {
    const log = { requests: [
      { url: 'https://x.com/compose', initiator: 'not an origin' },
      { url: 'https://cdn.tracker.example/p.gif', initiator: 'https://x.com' },
      { url: 'wss://socket.example/', initiator: 'chrome-extension://abc' },
      { url: 'https://www.googleapis.com/collect', initiator: 'chrome-extension://abc' },
      { url: 'chrome-extension://abc/src/popup/index.html', initiator: 'not an origin' },
      { url: 'data:text/plain,hi', initiator: 'https://x.com' },
    ] };
    expect(foreignRequests(log, allowed)).toEqual([
      'cdn.tracker.example (from https://x.com)',
      'socket.example (from chrome-extension://abc)',
      'www.googleapis.com (from chrome-extension://abc)',
    ]);
  });

  it('leaves out only the browser\'s own calls to its vendor\'s services', () => {
    const log = { requests: [
      { url: 'https://accounts.google.com/ListAccounts', initiator: 'not an origin' },
      { url: 'https://update.googleapis.com/service/update2/json', initiator: 'not an origin' },
      { url: 'https://evil.example/', initiator: 'not an origin' },
    ] };
    expect(foreignRequests(log, allowed)).toEqual(['evil.example (from not an origin)']);
  });
});
