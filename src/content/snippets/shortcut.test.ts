import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../shared/snippets/schema.js';
import { mayEndShortcut, shortcutBefore } from './shortcut.js';

const flu: Snippet = { id: 'f', title: 'Flu', shortcut: 'flu', body: 'Get a flu shot.', tags: [], origin: 'starter', updatedAt: 0 };
const lib = [flu];

describe('typed snippet shortcuts', () => {
  it('finds the shortcut just typed before the caret, at the start or after white space', () => {
    expect(shortcutBefore('/flu', 4, '/', lib)).toEqual({ start: 0, end: 4, snippet: flu });
    expect(shortcutBefore('Reminder: /flu and more', 14, '/', lib)).toEqual({ start: 10, end: 14, snippet: flu });
    expect(shortcutBefore('line one\n;flu', 13, ';', lib)).toEqual({ start: 9, end: 13, snippet: flu });
  });

  it('ignores unknown shortcuts, prefixes inside words and URLs, and text after the caret', () => {
    expect(shortcutBefore('/flux', 5, '/', lib)).toBeNull();
    expect(shortcutBefore('see example.org/flu', 19, '/', lib)).toBeNull();
    expect(shortcutBefore('1/flu', 5, '/', lib)).toBeNull();
    expect(shortcutBefore('/flu later', 10, '/', lib)).toBeNull();
    expect(shortcutBefore('/flu', 4, '', lib)).toBeNull();
  });

  it("tells from the caret's own text node alone when no shortcut can end at the caret", () => {
    expect(mayEndShortcut('Reminder: get your', '/', lib)).toBe(false);
    expect(mayEndShortcut('Reminder: /flux', '/', lib)).toBe(false);
    expect(mayEndShortcut('Reminder: and.', '/', lib)).toBe(false);
    expect(mayEndShortcut('Reminder: ', '/', lib)).toBe(false);
    expect(mayEndShortcut('Reminder: /flu', '/', lib)).toBe(true);
    expect(mayEndShortcut('Reminder:\u00a0/flu', '/', lib)).toBe(true);
    // The word may begin in an earlier node: only the whole draft can tell.
    expect(mayEndShortcut('flu', '/', lib)).toBe(true);
    expect(mayEndShortcut('', '/', lib)).toBe(true);
  });
});
