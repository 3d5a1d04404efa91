import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../shared/snippets/schema.js';
import { shortcutBefore } from './shortcut.js';

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
});
