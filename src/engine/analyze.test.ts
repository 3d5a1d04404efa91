import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { applyFix } from './context.js';

describe('analyze', () => {
  it('reports nothing for an empty draft, with the platform and its limit', () => {
    const r = analyze('', { platform: 'bluesky' });
    expect(r.findings).toEqual([]);
    expect(r.state).toBe('clean');
    expect(r.length).toEqual({ used: 0, limit: 300 });
  });

  it('reports blocked terms from settings, case-insensitively, with a fix that removes them', () => {
    const text = 'Our new Miracle-Tonic is here';
    const r = analyze(text, { settings: { blockedTerms: ['miracle-tonic'] } });
    const f = r.findings.find((x) => x.ruleId === 'policy.blocked-term');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('Miracle-Tonic');
    expect(r.state).toBe('block');
    const fixed = applyFix(text, f!.fixes[0]!);
    expect(analyze(fixed, { settings: { blockedTerms: ['miracle-tonic'] } }).findings.some((x) => x.ruleId === 'policy.blocked-term')).toBe(false);
  });

  it('honours rule switches and severities by id or by family prefix', () => {
    const settings = { blockedTerms: ['zzz'] };
    expect(analyze('zzz', { settings: { ...settings, rules: { policy: { enabled: false } } } }).findings).toEqual([]);
    const r = analyze('zzz', { settings: { ...settings, rules: { 'policy.blocked-term': { severity: 'info' } } } });
    expect(r.findings[0]?.severity).toBe('info');
    expect(r.state).toBe('info');
  });

  it('returns findings in text order with offsets inside the text', () => {
    const text = 'aaa bbb aaa';
    const r = analyze(text, { settings: { blockedTerms: ['bbb', 'aaa'] } });
    expect(r.findings.map((f) => f.start)).toEqual([0, 4, 8]);
    for (const f of r.findings) expect(f.end).toBeLessThanOrEqual(text.length);
  });

  it('uses a server limit for Mastodon when one is set', () => {
    expect(analyze('hi', { platform: 'mastodon', settings: { characterLimit: 1000 } }).length.limit).toBe(1000);
  });
});
