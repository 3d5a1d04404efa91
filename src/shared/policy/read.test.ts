import { describe, expect, it } from 'vitest';
import { parsePolicy, readPolicy } from './read.js';

describe('reading the managed policy', () => {
  it('keeps every valid key', () => {
    const raw = {
      MandatoryDisclaimer: 'Not medical advice.', BlockedTerms: ['cure'], AllowUserSnippets: false,
      LockedRules: { 'phi.name': { enabled: true, severity: 'block' } }, AlwaysOnSites: ['x', 'facebook'],
      OrgSnippets: [{ id: 'flu', title: 'Flu', body: 'Flu shots now.', shortcut: 'flu', tags: ['Vaccines'] }],
      ComplianceContact: 'compliance@example.org',
    };
    const { policy, ignored } = parsePolicy(raw);
    expect(ignored).toEqual([]);
    expect(policy).toEqual({ ...raw, OrgSnippets: [{ id: 'flu', title: 'Flu', body: 'Flu shots now.', shortcut: 'flu', tags: ['Vaccines'] }] });
  });

  it('ignores each invalid key on its own and keeps the valid ones', () => {
    const { policy, ignored } = parsePolicy({
      MandatoryDisclaimer: 42,
      BlockedTerms: ['cure', 3],
      LockedRules: { 'phi.name': { severity: 'fatal' } },
      AlwaysOnSites: ['myspace'],
      OrgSnippets: [{ id: 'ok', title: 'T', body: 'B' }, { id: 'bad id!', title: 'T', body: 'B' }],
      MastodonHosts: ['med.social'],
      AllowImport: 'no',
      Unknown: true,
    });
    expect(policy).toEqual({ MastodonHosts: ['med.social'] });
    expect(ignored.sort()).toEqual(['AllowImport', 'AlwaysOnSites', 'BlockedTerms', 'LockedRules', 'MandatoryDisclaimer', 'OrgSnippets']);
  });

  it('treats a browser without a policy (Firefox throws) as no policy', async () => {
    const throwing = { get: async () => { throw new Error('Managed storage manifest not found'); } };
    expect(await readPolicy(throwing)).toEqual({ policy: {}, ignored: [] });
    expect(await readPolicy(undefined)).toEqual({ policy: {}, ignored: [] });
  });
});
