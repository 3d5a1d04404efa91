// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { awaitBadge, badgeNow, installProbe, keySpan, resetProbe } from './browser-probe.js';

// The probe's functions are what Playwright would run inside the page; here they run in happy-dom.
const page = { evaluate: (fn: (arg: unknown) => unknown, arg: unknown) => Promise.resolve(fn(arg)) } as unknown as Page;

let clock = 0;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const key = async (at: number) => {
  clock = at;
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  document.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
};
let badge: HTMLElement;
const show = async (at: number, state: string, count: number) => {
  clock = at;
  badge.setAttribute('data-safepost-state', state);
  badge.setAttribute('data-safepost-count', String(count));
  await flush();
};

beforeEach(async () => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  document.body.replaceChildren();
  badge = document.createElement('safepost-badge');
  badge.setAttribute('data-safepost-state', 'clean');
  badge.setAttribute('data-safepost-count', '0');
  document.body.append(badge);
  await installProbe(page);
  await resetProbe(page);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (window as unknown as { __safepostBench?: unknown }).__safepostBench;
});

describe('the page probe', () => {
  it('times the last keydown to the first badge write after it that shows the wanted report', async () => {
    await key(100);
    await show(120, 'block', 2); // before the last key: a prefix's report, not the edit's
    await key(130);
    await show(200, 'warn', 1);
    await show(290, 'block', 2);
    await show(300, 'block', 2);
    const result = await awaitBadge(page, { state: 'block', count: 2, timeoutMs: 1_000, pauseMs: 140 });
    expect(result).toEqual({ ok: true, ms: 160, keys: 2, gaps: [] });
  });

  it('ignores the same attributes on elements that are not badges', async () => {
    const other = document.createElement('div');
    document.body.append(other);
    await key(10);
    clock = 40;
    other.setAttribute('data-safepost-state', 'warn');
    other.setAttribute('data-safepost-count', '1');
    await flush();
    const waiting = awaitBadge(page, { state: 'warn', count: 1, timeoutMs: 100, pauseMs: 140 });
    clock = 1_000;
    expect(await waiting).toMatchObject({ ok: false, last: 'no badge write' });
  });

  it('names the keys followed by a pause long enough for a mid-edit check', async () => {
    await key(0);
    await key(10);
    await key(200);
    await key(210);
    await show(400, 'block', 1);
    const result = await awaitBadge(page, { state: 'block', count: 1, timeoutMs: 1_000, pauseMs: 140 });
    expect(result).toMatchObject({ ok: true, gaps: [1] });
  });

  it('reports a miss with the last badge value when the wanted report never shows', async () => {
    await key(10);
    await show(50, 'warn', 1);
    const waiting = awaitBadge(page, { state: 'block', count: 1, timeoutMs: 100, pauseMs: 140 });
    clock = 500;
    expect(await waiting).toEqual({ ok: false, keys: 1, last: 'warn/1' });
  });

  it('forgets earlier keys and writes on reset, and spans keys from first keydown to last keyup', async () => {
    await key(10);
    await show(20, 'block', 1);
    await resetProbe(page);
    await key(40);
    await key(75);
    expect(await keySpan(page)).toBe(35);
    const waiting = awaitBadge(page, { state: 'block', count: 1, timeoutMs: 100, pauseMs: 140 });
    clock = 1_000;
    expect(await waiting).toMatchObject({ ok: false, last: 'no badge write' });
    expect(await badgeNow(page)).toBe('block/1');
  });

  it('follows a badge put in after it was installed, when the page replaced the first one', async () => {
    badge.remove();
    badge = document.createElement('safepost-badge');
    document.body.append(badge);
    await key(10);
    await show(60, 'info', 3);
    expect(await awaitBadge(page, { state: 'info', count: 3, timeoutMs: 100, pauseMs: 140 })).toMatchObject({ ok: true, ms: 50 });
  });
});
