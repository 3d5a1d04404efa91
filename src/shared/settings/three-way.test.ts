import { describe, expect, it } from 'vitest';
import { defaultSettings } from './schema.js';
import { mergeSettingsChanges } from './three-way.js';

describe('saving from two settings pages at once', () => {
  it('keeps the other page’s saved changes and lays this page’s changes over them', () => {
    const base = defaultSettings();
    base.engine.rules = { claims: { severity: 'warn' } };
    const latest = structuredClone(base);
    latest.engine.ownNames = ['Priya Raman'];
    latest.engine.rules['phi.date'] = { enabled: false };
    latest.disabledPlatforms = ['reddit'];
    const mine = structuredClone(base);
    mine.engine.blockedTerms = ['miracle'];
    mine.engine.rules = { 'advice': { severity: 'block' } };
    mine.engine.disclaimers.x = { short: 'Not advice.' };

    const merged = mergeSettingsChanges(base, mine, latest);
    expect(merged.engine.ownNames).toEqual(['Priya Raman']);
    expect(merged.disabledPlatforms).toEqual(['reddit']);
    expect(merged.engine.blockedTerms).toEqual(['miracle']);
    expect(merged.engine.rules).toEqual({ 'phi.date': { enabled: false }, advice: { severity: 'block' } });
    expect(merged.engine.disclaimers).toEqual({ x: { short: 'Not advice.' } });
  });

  it('lets this page’s change win where both pages changed the same key', () => {
    const base = defaultSettings();
    const latest = { ...structuredClone(base), snippetPrefix: ';' };
    const mine = { ...structuredClone(base), snippetPrefix: '!' };
    expect(mergeSettingsChanges(base, mine, latest).snippetPrefix).toBe('!');
  });
});
