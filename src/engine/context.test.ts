import { describe, expect, it } from 'vitest';
import { applyFix, finding, redactFix, removeFix, replaceFix, type RuleContext } from './context.js';
import { fold } from './text/normalize.js';
import { DEFAULT_SETTINGS } from './types.js';

function ctxFor(text: string): RuleContext {
  return { original: text, folded: fold(text), platform: 'x', settings: DEFAULT_SETTINGS, phi: [] };
}

describe('fix builders', () => {
  it('name the button by its verb and quote the original text', () => {
    const ctx = ctxFor('Saw Maria Gonzalez on March 3.');
    expect(redactFix(ctx, 4, 18, 'a patient').label).toBe('Redact “Maria Gonzalez”');
    expect(replaceFix(ctx, 22, 29, 'recently').label).toBe('Replace “March 3” with “recently”');
    expect(applyFix(ctx.original, replaceFix(ctx, 22, 29, 'recently'))).toBe('Saw Maria Gonzalez on recently.');
  });

  it('map folded offsets back through dropped characters', () => {
    const text = 'Call Ma\u200Bria now';
    const ctx = ctxFor(text);
    const s = ctx.folded.text.indexOf('Maria');
    const f = finding(ctx, { ruleId: 'phi.name', category: 'phi', severity: 'block', start: s, end: s + 5, phiType: 'NAME', message: 'm' });
    expect(text.slice(f.start, f.end)).toBe('Ma\u200Bria');
    expect(applyFix(text, redactFix(ctx, s, s + 5, 'a patient'))).toBe('Call a patient now');
  });

  it('remove a span without leaving a double space', () => {
    const ctx = ctxFor('Thanks @jane_doe for coming');
    expect(applyFix(ctx.original, removeFix(ctx, 7, 16))).toBe('Thanks for coming');
    const atStart = ctxFor('@jane_doe hello');
    expect(applyFix(atStart.original, removeFix(atStart, 0, 9))).toBe('hello');
    const atEnd = ctxFor('hello @jane_doe');
    expect(applyFix(atEnd.original, removeFix(atEnd, 6, 15))).toBe('hello');
  });

  it('apply several edits from the end backwards', () => {
    const fix = { label: 'x', edits: [{ start: 0, end: 1, text: 'AA' }, { start: 4, end: 5, text: '' }] };
    expect(applyFix('abcdef', fix)).toBe('AAbcdf');
  });
});
