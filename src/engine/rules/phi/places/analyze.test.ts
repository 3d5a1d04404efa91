import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import { applyFix } from '../../../context.js';

const geoOf = (text: string, practiceDetails: string[] = []) =>
  analyze(text, { settings: { practiceDetails } }).findings.filter((f) => f.phiType === 'GEO' && f.severity !== 'info');

describe('places through analyze()', () => {
  const draft = 'Home visit this morning: my patient lives at 88 Birch Road in Dayton, OH 45410, just past the feed store.';

  it('reports the address, the town and the ZIP, generalising to the state once', () => {
    const found = geoOf(draft);
    expect(found.map((f) => draft.slice(f.start, f.end))).toEqual(['88 Birch Road', 'Dayton, OH', '45410']);
    expect(found.map((f) => f.fixes[0]?.label)).toEqual([
      'Replace “88 Birch Road” with “a local address”',
      'Replace “Dayton, OH” with “Ohio”',
      'Remove “45410”',
    ]);
  });

  it('leaves no place once every fix is applied, one at a time', () => {
    let text = draft;
    for (let i = 0; i < 5; i++) {
      const [next] = geoOf(text);
      if (!next) break;
      text = applyFix(text, next.fixes[0]!);
    }
    expect(geoOf(text)).toEqual([]);
    expect(text).toBe('Home visit this morning: my patient lives at a local address in Ohio, just past the feed store.');
  });

  it("never reports the practice's own address from settings", () => {
    const text = 'New patients welcome at our office: 200 Park Avenue, open Mondays. My patient lives at 12 Oak Lane.';
    const found = geoOf(text, ['200 Park Avenue']);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['12 Oak Lane']);
  });
});
