import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBadgesSeen, tally } from './browser-badge.js';
import { writeBaselineExtension } from './browser-baseline.js';
import { EDITS, TYPING_DRAFT } from './browser-drafts.js';
import { median, summary } from './browser-stats.js';
import { browserTable } from './browser-table.js';
import type { BrowserBench } from './browser.js';

const site = { site: 'x', editor: 'Draft.js' };

describe('edit figures', () => {
  it('summarise only timed edits and count ambiguous and missed ones apart', () => {
    const figures = tally(site, [
      { kind: 'sample', ms: 160 }, { kind: 'ambiguous' }, { kind: 'sample', ms: 180 },
      { kind: 'missed', last: 'warn/1' }, { kind: 'sample', ms: 400 },
    ]);
    expect(figures).toMatchObject({ edits: 5, ambiguous: 1, missed: 1, missedLast: ['warn/1'] });
    expect(figures.ms).toMatchObject({ n: 3, p50: 180, max: 400 });
  });

  it('have no statistics when no edit was timed', () => {
    expect(tally(site, [{ kind: 'missed', last: 'no badge write' }]).ms).toBeNull();
    expect(summary([])).toBeNull();
  });

  it('fail the run when every edit of a series missed its badge, and only then', () => {
    const missed = { kind: 'missed', last: 'no badge write' } as const;
    const blind = { site: 'facebook', editor: 'Lexical' };
    expect(() => assertBadgesSeen([tally(site, [{ kind: 'sample', ms: 160 }, missed]), tally(site, [{ kind: 'ambiguous' }])])).not.toThrow();
    expect(() => assertBadgesSeen([tally(site, [{ kind: 'sample', ms: 160 }]), tally(blind, [missed, missed])]))
      .toThrow('facebook (Lexical): all 2 edits missed their badge (last seen: no badge write)');
  });

  it('take the middle of an odd sample and the mean of the two middles of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('browser table', () => {
  const stats = (p50: number) => ({ n: 30, p50, p95: p50 + 40, max: p50 + 90, mean: p50 + 5 });
  const result: BrowserBench = {
    chromium: '156.0',
    short: false,
    keystrokeToBadge: { budgetP95Ms: 250, sites: [
      { site: 'facebook', editor: 'Lexical', edits: 30, ambiguous: 0, missed: 0, missedLast: [], ms: stats(165) },
      { site: 'x', editor: 'Draft.js', edits: 30, ambiguous: 2, missed: 1, missedLast: ['warn/1'], ms: stats(170) },
    ] },
    typing: { budgetSlowdownPercent: 10, sites: [
      { site: 'facebook', editor: 'Lexical', pairs: 10, chars: 294, withMs: 2100, withoutMs: 2000, slowdownPercent: 5, pairedSlowdownPercent: 4.2, page: { withMs: 2050, withoutMs: 1990, slowdownPercent: 3 }, cpu: { withMs: 400, withoutMs: 380, addedPercent: 5.3 }, runs: { withMs: [2100], withoutMs: [2000] } },
      { site: 'x', editor: 'Draft.js', pairs: 10, chars: 294, withMs: 3000, withoutMs: 3100, slowdownPercent: -3.2, pairedSlowdownPercent: -1, page: { withMs: 2950, withoutMs: 3050, slowdownPercent: -3.3 }, cpu: { withMs: 500, withoutMs: 450, addedPercent: 11.1 }, runs: { withMs: [3000], withoutMs: [3100] } },
    ] },
    coldStart: {
      budgetMs: 200, site: 'facebook', cycles: 12,
      checkRoundTrip: { asleep: stats(450), awake: stats(5) },
      split: { wakeForPageConfig: stats(220), firstCheckAfterWake: null },
      typedEdit: { site: 'facebook', editor: 'Lexical', edits: 12, ambiguous: 0, missed: 0, missedLast: [], ms: stats(560) },
      firstAfterBrowserStart: 131.5,
    },
  };
  const text = browserTable(result).join('\n');

  it('shows each figure with its sample count and budget', () => {
    expect(text).toMatch(/facebook \(Lexical\)\s+30\s+165\s+205\s+255\s+≤ 250/);
    expect(text).toMatch(/check round trip, worker asleep\s+30\s+450\s+490\s+540\s+≤ 200/);
    expect(text).toMatch(/first check after the browser starts\s+1\s+132$/m);
    expect(text).toMatch(/facebook \(Lexical\)\s+10\s+2100\s+2000\s+\+5\.0%\s+\+4\.2%\s+≤ 10%/);
  });

  it('signs a speed-up and says how many edits were left out', () => {
    expect(text).toMatch(/x \(Draft\.js\)\s+10\s+3000\s+3100\s+-3\.2%/);
    expect(text).toContain('(2 ambiguous, 1 missed)');
    expect(text).toMatch(/main-thread CPU, whole draft\s+500\s+450\s+\+11\.1%/);
  });

  it('shows a dash, not a number, for a figure without samples', () => {
    expect(text).toMatch(/then its first check\s+0\s+—\s+—\s+—/);
  });
});

describe('benchmark drafts', () => {
  it('are typed as keys: ASCII only, no snippet prefix, a typing draft of about 300 characters', () => {
    for (const text of [...EDITS, ...TYPING_DRAFT]) expect(text).toMatch(/^[\x20-\x2e\x30-\x7e]+$/);
    expect(TYPING_DRAFT.join('').length).toBeGreaterThanOrEqual(280);
    expect(TYPING_DRAFT.join('').length).toBeLessThanOrEqual(320);
  });
});

describe('baseline extension', () => {
  it('is a Manifest V3 extension with only an empty worker: no content script, no permission', () => {
    const root = mkdtempSync(join(tmpdir(), 'safepost-baseline-'));
    try {
      const dir = writeBaselineExtension(root);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest).toMatchObject({ manifest_version: 3, background: { service_worker: 'worker.js' } });
      expect(manifest).not.toHaveProperty('content_scripts');
      expect(manifest).not.toHaveProperty('permissions');
      expect(manifest).not.toHaveProperty('host_permissions');
      expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'worker.js']);
      expect(readFileSync(join(dir, 'worker.js'), 'utf8').replace(/\/\/.*$/gm, '').trim()).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
