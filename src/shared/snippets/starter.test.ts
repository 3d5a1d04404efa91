import { describe, expect, it } from 'vitest';
import raw from '../../../assets/snippets/starter.json';
import { analyze } from '../../engine/analyze.js';
import { measure } from '../../engine/platform.js';
import { starterSnippets } from './starter.js';

const starter = starterSnippets();
const withoutPlaceholders = (text: string) => text.replace(/\{\{?[a-z]+\}?\}/g, '').trim();

describe('starter library', () => {
  it('holds at least 20 valid snippets with distinct ids and shortcuts, each naming its source', () => {
    expect(starter.length).toBe((raw as unknown[]).length);
    expect(starter.length).toBeGreaterThanOrEqual(20);
    expect(new Set(starter.map((s) => s.id)).size).toBe(starter.length);
    expect(new Set(starter.map((s) => s.shortcut)).size).toBe(starter.length);
    for (const s of starter) expect(s.source, s.id).toMatch(/CDC|USPSTF|Preventive Services|Heart Association|Stroke Association|NIH|SAMHSA|Health and Human Services|Sleep Medicine/);
  });

  it.each(starter.map((s) => [s.id, s] as const))('%s: the short form fits X and is shorter than the long form', (_id, s) => {
    expect(s.short).toBeDefined();
    expect(measure(s.short ?? '', 'x')).toBeLessThanOrEqual(280);
    expect((s.short ?? '').length).toBeLessThan(s.body.length);
  });

  it.each(starter.map((s) => [s.id, s] as const))('%s: the engine finds no patient information in either form', (_id, s) => {
    for (const text of [withoutPlaceholders(s.body), s.short ?? '']) {
      const phi = analyze(text, { platform: 'generic' }).findings.filter((f) => f.category === 'phi' || f.category === 'reidentification');
      expect(phi.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    }
  });
});
