import { describe, expect, it } from 'vitest';
import { validateSettings } from './validate.js';
import { defaultSettings } from './schema.js';

describe('validateSettings', () => {
  it('keeps a valid value as it is', () => {
    const s = defaultSettings();
    s.engine.ownNames = ['Priya Raman'];
    s.engine.rules = { 'phi.date': { enabled: false }, claims: { severity: 'block' } };
    s.engine.disclaimers = { x: { short: 'Not medical advice.' } };
    s.mastodonHosts = ['med.social'];
    expect(validateSettings(s)).toEqual({ value: s, repaired: [] });
  });

  it('repairs only the broken parts, keeps the rest and names each repair', () => {
    const { value, repaired } = validateSettings({
      version: 1,
      engine: { ownNames: 'Priya', practiceDetails: ['Raman Clinic', 7], blockedTerms: ['cure'], rules: { 'phi.name': { enabled: 'no' }, claims: { severity: 'warn' } } },
      disabledPlatforms: ['x', 'myspace'],
      mastodonHosts: ['med.social', 'https://evil/'],
      snippetPrefix: 42,
    });
    expect(value.engine.blockedTerms).toEqual(['cure']);
    expect(value.engine.ownNames).toEqual([]);
    expect(value.engine.practiceDetails).toEqual([]);
    expect(value.engine.rules).toEqual({ claims: { severity: 'warn' } });
    expect(value.disabledPlatforms).toEqual(['x']);
    expect(value.mastodonHosts).toEqual(['med.social']);
    expect(value.snippetPrefix).toBe('/');
    expect(repaired.map((r) => r.split(' ')[0])).toEqual([
      'engine.ownNames', 'engine.practiceDetails', 'engine.rules.phi.name', 'disabledPlatforms', 'mastodonHosts', 'snippetPrefix',
    ]);
  });

  it('resets a value that is not an object at all, and says so', () => {
    const { value, repaired } = validateSettings('garbage');
    expect(value).toEqual(defaultSettings());
    expect(repaired).toEqual(['settings was not an object; reset to the default.']);
  });
});
