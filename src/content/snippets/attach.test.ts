// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/types.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import type { Editor } from '../editors/types.js';
import { attachSnippetShortcuts } from './attach.js';

const flu: Snippet = { id: 'f', title: 'Flu', shortcut: 'flu', body: 'Get your flu shot.', tags: [], origin: 'starter', updatedAt: 0 };
const clean = async (text: string): Promise<Report> => ({ findings: [], state: 'clean', platform: 'facebook', length: { used: text.length, limit: 63206 } });
const settle = () => new Promise((r) => setTimeout(r, 20));

function setup(text: string, caret: number) {
  const replaced: Array<[number, number, string]> = [];
  const element = document.createElement('div');
  element.tabIndex = 0;
  document.body.replaceChildren(element);
  const editor: Editor = {
    kind: 'contenteditable', element, readText: () => text, rangeFor: () => null, selection: () => ({ start: caret, end: caret }),
    replace: async (s, e, t) => { replaced.push([s, e, t]); return true; }, insertAtCursor: async () => true, append: async () => true,
  };
  const life = new AbortController();
  attachSnippetShortcuts(document, (t) => (t === element ? editor : null), {
    platform: 'facebook', disclaimer: '', check: clean, snippets: async () => [flu], prefix: '/',
  }, life.signal);
  return { element, replaced, life };
}

function press(target: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

describe('typed shortcut expansion', () => {
  it('replaces "/flu" with the snippet when Tab follows it, and keeps the key from the page', async () => {
    const { element, replaced } = setup('Reminder: /flu', 14);
    await settle();
    const event = press(element, 'Tab');
    expect(event.defaultPrevented).toBe(true);
    for (let i = 0; i < 50 && replaced.length === 0; i++) await settle();
    expect(replaced).toEqual([[10, 14, 'Get your flu shot.']]);
  });

  it('leaves ordinary typing alone', async () => {
    const { element, replaced } = setup('Reminder: flu', 13);
    await settle();
    expect(press(element, ' ').defaultPrevented).toBe(false);
    expect(press(element, 'Tab').defaultPrevented).toBe(false);
    await settle();
    expect(replaced).toEqual([]);
  });

  it('stops expanding once switched off', async () => {
    const { element, replaced, life } = setup('/flu', 4);
    await settle();
    life.abort();
    expect(press(element, 'Tab').defaultPrevented).toBe(false);
    await settle();
    expect(replaced).toEqual([]);
  });
});
