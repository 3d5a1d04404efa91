import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/safepost.js'), ...args], { input, encoding: 'utf8', cwd: root });

beforeAll(() => {
  const b = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
});

describe('safepost check', () => {
  it('exits 0 and says so for a clean draft on stdin', () => {
    const r = run(['check'], 'Drink water and sleep well.\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no problems found/);
  });

  it('prints one Report as JSON with --format json', () => {
    const r = run(['check', '--format', 'json', '--platform', 'x'], 'hello');
    const report = JSON.parse(r.stdout);
    expect(report.platform).toBe('x');
    expect(Array.isArray(report.findings)).toBe(true);
    expect(report.length.limit).toBe(280);
  });

  it('reads each FILE as one draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safepost-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'Plain words.');
    writeFileSync(join(dir, 'b.txt'), 'More plain words.');
    const r = run(['check', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/no problems found/g)).toHaveLength(2);
  });

  it('answers --jsonl with one line per input, in order', () => {
    const input = ['{"id":"a","text":"one"}', '', '{"id":"b","text":"two","platform":"bluesky"}'].join('\n');
    const r = run(['check', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].findings).toEqual([]);
  });

  it('names the bad JSONL line, exits 65, and has printed the lines before it', () => {
    const input = '{"id":"a","text":"one"}\n{"id":"b","text":"two"}\n{"id": oops}\n{"id":"d","text":"four"}\n';
    const r = run(['check', '--jsonl'], input);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/line 3/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
  });

  it('rejects a JSONL line without a string text, or with an unknown platform', () => {
    expect(run(['check', '--jsonl'], '{"id":"a"}\n').stderr).toMatch(/line 1: "text" must be a string/);
    const r = run(['check', '--jsonl'], '{"id":"a","text":"x","platform":"myspace"}\n');
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/unknown platform/);
  });

  it('exits 64 on bad usage', () => {
    expect(run(['check', '--platform', 'myspace'], '').status).toBe(64);
    expect(run(['check', '--format', 'xml'], '').status).toBe(64);
    expect(run(['lint'], '').status).toBe(64);
    expect(run(['check', '--bogus'], '').status).toBe(64);
  });

  it('exits 65 when a file cannot be read, without echoing any draft', () => {
    const r = run(['check', '/nonexistent/draft.txt']);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/cannot read \/nonexistent\/draft.txt: ENOENT/);
  });

  it('prints usage with --help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/safepost check/);
  });
});
