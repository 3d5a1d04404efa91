// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../engine/types.js';
import { mastodonAdapter } from './adapters/mastodon.js';
import { BoxSession, DEBOUNCE_MS, type SessionHost } from './session.js';

const NAME = 'Maria Gonzalez';

function finding(text: string, part: string, severity: Finding['severity'] = 'block'): Finding {
  const start = text.indexOf(part);
  return {
    ruleId: 'phi.name', category: 'phi', severity, start, end: start + part.length, phiType: 'NAME',
    message: 'A patient name.', fixes: [{ label: `Redact “${part}”`, edits: [{ start, end: start + part.length, text: '[name]' }] }],
  };
}

/** A stand-in for the worker: reports the name as PHI wherever it appears. */
function fakeHost() {
  const checked: string[] = [];
  const host: SessionHost = {
    platform: 'mastodon',
    check: async (text) => {
      checked.push(text);
      const findings = text.includes(NAME) ? [finding(text, NAME)] : [];
      const report: Report = { findings, state: findings.length ? 'block' : 'clean', platform: 'mastodon', length: { used: text.length, limit: 500 } };
      return report;
    },
    failed: vi.fn(),
    focused: vi.fn(),
  };
  return { host, checked };
}

function compose(): HTMLTextAreaElement {
  document.body.replaceChildren();
  const form = document.createElement('form');
  form.className = 'compose-form';
  const wrap = document.createElement('div');
  wrap.className = 'autosuggest-textarea';
  const textarea = document.createElement('textarea');
  textarea.className = 'autosuggest-textarea__textarea';
  wrap.append(textarea);
  form.append(wrap);
  document.body.append(form);
  return textarea;
}

function typeInto(box: HTMLTextAreaElement, text: string): void {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

async function settle(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

const badgeButton = (host: HTMLElement) => host.shadowRoot?.querySelector('button.badge') as HTMLButtonElement;

describe('BoxSession', () => {
  let page: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    page = new AbortController();
  });
  afterEach(() => {
    page.abort();
    vi.useRealTimers();
  });

  it('puts a clean badge with a named button right after the box container as soon as it hooks', () => {
    const box = compose();
    const session = new BoxSession(mastodonAdapter, box, fakeHost().host, page.signal);
    const badge = session.badge;
    expect(box.parentElement?.nextElementSibling).toBe(badge);
    expect(badge.localName).toBe('safepost-badge');
    expect(badge.getAttribute('data-safepost-state')).toBe('clean');
    expect(badge.getAttribute('data-safepost-count')).toBe('0');
    expect(badge.shadowRoot).not.toBeNull();
    expect(badgeButton(badge).getAttribute('aria-label')).toMatch(/^SafePost: /);
    expect(badgeButton(badge).getAttribute('aria-expanded')).toBe('false');
  });

  it('checks once after a burst of typing, and not while an IME composition is open', async () => {
    const box = compose();
    const { host, checked } = fakeHost();
    new BoxSession(mastodonAdapter, box, host, page.signal);
    typeInto(box, 'Se');
    typeInto(box, 'Seen');
    typeInto(box, 'Seen today');
    await settle(DEBOUNCE_MS + 10);
    expect(checked).toEqual(['Seen today']);

    box.dispatchEvent(new Event('compositionstart'));
    typeInto(box, 'Seen today 日');
    await settle(DEBOUNCE_MS * 4);
    expect(checked).toHaveLength(1);
    box.dispatchEvent(new Event('compositionend'));
    await settle(DEBOUNCE_MS + 10);
    expect(checked).toEqual(['Seen today', 'Seen today 日']);
  });

  it('shows the worst severity and count, lists findings with fixes named by their label, and applies one', async () => {
    const box = compose();
    const { host, checked } = fakeHost();
    const session = new BoxSession(mastodonAdapter, box, host, page.signal);
    typeInto(box, `Saw ${NAME} today`);
    await settle(DEBOUNCE_MS + 10);
    expect(session.badge.getAttribute('data-safepost-state')).toBe('block');
    expect(session.badge.getAttribute('data-safepost-count')).toBe('1');

    badgeButton(session.badge).click();
    await settle(0);
    expect(badgeButton(session.badge).getAttribute('aria-expanded')).toBe('true');
    const panel = session.badge.shadowRoot?.querySelector('.panel');
    expect(panel?.textContent).toContain('A patient name.');
    const fix = [...(panel?.querySelectorAll('button') ?? [])].find((b) => b.textContent === `Redact “${NAME}”`);
    expect(fix).toBeDefined();
    fix?.click();
    await settle(100);
    expect(box.value).toBe('Saw [name] today');
    expect(checked.at(-1)).toBe('Saw [name] today');
    expect(session.badge.getAttribute('data-safepost-state')).toBe('clean');
  });

  it('closes the panel on Escape and gives focus back to the badge', async () => {
    const box = compose();
    const session = new BoxSession(mastodonAdapter, box, fakeHost().host, page.signal);
    badgeButton(session.badge).click();
    await settle(0);
    const panel = session.badge.shadowRoot?.querySelector('.panel') as HTMLElement;
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(0);
    expect(session.badge.shadowRoot?.querySelector('.panel')).toBeNull();
    expect(badgeButton(session.badge).getAttribute('aria-expanded')).toBe('false');
    expect(session.badge.shadowRoot?.activeElement).toBe(badgeButton(session.badge));
  });

  it('refuses a fix computed for text that has changed since, and checks again', async () => {
    const box = compose();
    const { host, checked } = fakeHost();
    const session = new BoxSession(mastodonAdapter, box, host, page.signal);
    typeInto(box, `Saw ${NAME}`);
    await settle(DEBOUNCE_MS + 10);
    const stale = finding(box.value, NAME).fixes[0];
    box.value = `Yesterday I saw ${NAME}`;
    const applied = session.applyFix(stale as NonNullable<typeof stale>);
    await settle(10);
    expect(await applied).toBe(false);
    expect(box.value).toBe(`Yesterday I saw ${NAME}`);
    expect(checked.at(-1)).toBe(`Yesterday I saw ${NAME}`);
  });

  it('asks the post question once per block state, with Fix first and Post anyway', async () => {
    const box = compose();
    const session = new BoxSession(mastodonAdapter, box, fakeHost().host, page.signal);
    typeInto(box, `Saw ${NAME}`);
    await settle(DEBOUNCE_MS + 10);
    expect(session.pendingBlock()).not.toBeNull();
    const answer = session.ask();
    await settle(0);
    const buttons = [...(session.badge.shadowRoot?.querySelectorAll('[role="alertdialog"] button') ?? [])] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(['Fix first', 'Post anyway']);
    buttons[1]?.click();
    expect(await answer).toBe('post');
    expect(session.pendingBlock()).toBeNull();
  });

  it('takes its badge away when destroyed', () => {
    const box = compose();
    const session = new BoxSession(mastodonAdapter, box, fakeHost().host, page.signal);
    const badge = session.badge;
    page.abort();
    expect(badge.isConnected).toBe(false);
  });
});
