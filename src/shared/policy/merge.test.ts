import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema.js';
import { applyPolicy, isLocked, orgSnippets } from './merge.js';

describe('laying the policy over the user settings', () => {
  it('changes nothing and locks nothing without a policy', () => {
    const user = defaultSettings();
    user.engine.ownNames = ['Priya Raman'];
    expect(applyPolicy(user, {})).toEqual({ settings: user, locked: [] });
  });

  it('lets the organisation win where it speaks and keeps the user\'s other choices', () => {
    const user = defaultSettings();
    user.disabledPlatforms = ['x', 'reddit'];
    user.engine.rules = { claims: { enabled: false }, 'phi.date': { severity: 'info' } };
    user.engine.practiceDetails = ['555-0100'];
    const { settings, locked } = applyPolicy(user, {
      AlwaysOnSites: ['x'], LockedRules: { claims: { enabled: true } }, PracticeDetails: ['Raman Clinic'],
      MandatoryDisclaimerShort: 'Not advice.', AllowImport: false,
    });
    expect(settings.disabledPlatforms).toEqual(['reddit']);
    expect(settings.engine.rules).toEqual({ claims: { enabled: true }, 'phi.date': { severity: 'info' } });
    expect(settings.engine.practiceDetails).toEqual(['Raman Clinic', '555-0100']);
    expect(settings.engine.disclaimers.bluesky).toEqual({ long: 'Not advice.', short: 'Not advice.' });
    expect(user.disabledPlatforms).toEqual(['x', 'reddit']);
    expect(isLocked(locked, 'disabledPlatforms.x')).toBe(true);
    expect(isLocked(locked, 'disabledPlatforms.reddit')).toBe(false);
    expect(isLocked(locked, 'engine.rules.claims')).toBe(true);
    expect(isLocked(locked, 'engine.disclaimers.x')).toBe(true);
    expect(isLocked(locked, 'library.import')).toBe(true);
  });

  it('turns organisation snippets into read-only library entries', () => {
    expect(orgSnippets({ OrgSnippets: [{ id: 'a', title: 'A', body: 'Body' }] })).toEqual([
      { id: 'org-a', title: 'A', shortcut: '', body: 'Body', tags: [], origin: 'organisation', updatedAt: 0 },
    ]);
  });
});
