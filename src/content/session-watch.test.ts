// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../engine/types.js';
import { facebookAdapter } from './adapters/facebook.js';
import { BoxSession, DEBOUNCE_MS, type SessionHost } from './session.js';

function richBox(): HTMLElement {
  document.body.replaceChildren();
  const wrap = document.createElement('div');
  const box = document.createElement('div');
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('data-lexical-editor', 'true');
  const p = document.createElement('p');
  box.append(p);
  wrap.append(box);
  document.body.append(wrap);
  return box;
}

function host(checked: string[]): SessionHost {
  return {
    platform: 'facebook',
    check: async (text): Promise<Report> => {
      checked.push(text);
      return { findings: [], state: 'clean', platform: 'facebook', length: { used: text.length, limit: 63206 } };
    },
    failed: vi.fn(),
    focused: vi.fn(),
  };
}

describe('BoxSession in a rich editor', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('still checks a change the editor makes without an input event after a burst of typing', async () => {
    vi.useFakeTimers();
    const box = richBox();
    const checked: string[] = [];
    const page = new AbortController();
    new BoxSession(facebookAdapter, box, host(checked), page.signal);
    const p = box.querySelector('p') as HTMLParagraphElement;
    p.textContent = 'Flu shots';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(checked.at(-1)).toBe('Flu shots');
    // A paste applied by the editor itself: DOM changes, no input event.
    p.append(document.createTextNode(' are here'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(checked.at(-1)).toBe('Flu shots are here');
    page.abort();
  });
});
