import { describe, expect, it } from 'vitest';
import { checkToTab, checkToWorker as worker, MAX_DRAFT_LENGTH } from './guards.js';

describe('message payload guards', () => {
  it('accepts a well-formed check and returns the same values', () => {
    expect(worker('check', { text: 'hello', platform: 'x' })).toEqual({ ok: true, value: { text: 'hello', platform: 'x' } });
  });

  it('names the message and the field when a check is malformed', () => {
    const missing = worker('check', { platform: 'x' });
    expect(missing).toEqual({ ok: false, error: '"check" was refused: payload.text is missing.' });
    const wrongType = worker('check', { text: 42, platform: 'x' });
    expect(wrongType.ok).toBe(false);
    expect(!wrongType.ok && wrongType.error).toContain('payload.text must be text, not a number');
    const badPlatform = worker('check', { text: '', platform: 'myspace' });
    expect(!badPlatform.ok && badPlatform.error).toContain('payload.platform must be one of x, linkedin');
  });

  it('refuses unknown fields, non-objects and drafts over the size limit', () => {
    expect(worker('check', { text: '', platform: 'x', admin: true }).ok).toBe(false);
    expect(worker('check', 'text').ok).toBe(false);
    expect(worker('check', null).ok).toBe(false);
    expect(worker('check', [1]).ok).toBe(false);
    const huge = worker('check', { text: 'a'.repeat(MAX_DRAFT_LENGTH + 1), platform: 'x' });
    expect(!huge.ok && huge.error).toContain('too long');
  });

  it('never echoes the payload value in an error (it may be a draft with PHI)', () => {
    const secret = 'Maria Gonzalez 555-12-3456';
    const results = [
      worker('check', { text: secret, platform: secret }),
      worker('snippets.delete', { id: secret, extra: secret }),
      checkToTab('draft.insert', { text: [secret] }),
    ];
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).not.toContain('Maria');
    }
  });

  it('requires empty payloads to be empty objects', () => {
    expect(worker('settings.get', {}).ok).toBe(true);
    expect(worker('settings.get', { key: 'x' }).ok).toBe(false);
    expect(worker('library.export', undefined).ok).toBe(false);
  });

  it('checks fixes edit by edit, including the order of start and end', () => {
    const fix = { label: 'Redact “Maria”', edits: [{ start: 4, end: 9, text: '[name]' }] };
    expect(checkToTab('draft.apply-fix', { fix }).ok).toBe(true);
    const backwards = checkToTab('draft.apply-fix', { fix: { ...fix, edits: [{ start: 9, end: 4, text: '' }] } });
    expect(!backwards.ok && backwards.error).toContain('payload.fix.edits[0].end must not be before payload.fix.edits[0].start');
    const fractional = checkToTab('draft.apply-fix', { fix: { ...fix, edits: [{ start: 1.5, end: 4, text: '' }] } });
    expect(fractional.ok).toBe(false);
    const negative = checkToTab('draft.apply-fix', { fix: { ...fix, edits: [{ start: -1, end: 4, text: '' }] } });
    expect(negative.ok).toBe(false);
  });

  it('checks the outline of settings and snippets and the types of import requests', () => {
    expect(worker('settings.set', { settings: { version: 1 } }).ok).toBe(true);
    expect(worker('settings.set', { settings: 'all' }).ok).toBe(false);
    expect(worker('settings.set', { settings: {} }).ok).toBe(false);
    expect(worker('snippets.save', { snippet: { id: 'a', body: 'b' } }).ok).toBe(true);
    expect(worker('snippets.save', { snippet: { id: 'a' } }).ok).toBe(false);
    expect(worker('library.import', { json: '{}', apply: 'yes' }).ok).toBe(false);
    expect(worker('library.import', { json: '{}', apply: false }).ok).toBe(true);
    expect(worker('snippets.delete', { id: '' }).ok).toBe(false);
  });
});
