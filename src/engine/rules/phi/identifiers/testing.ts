import { applyFix, type RuleContext } from '../../../context.js';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS, type EngineSettings, type Finding, type PhiType } from '../../../types.js';
import { rules } from './index.js';

/** Runs only this family's rules, so its tests do not depend on the other detectors. */
export function runIdentifiers(text: string, settings: Partial<EngineSettings> = {}): Finding[] {
  const ctx: RuleContext = {
    original: text,
    folded: fold(text),
    platform: 'generic',
    settings: { ...DEFAULT_SETTINGS, ...settings },
    phi: [],
  };
  return rules.flatMap((r) => r.run(ctx)).sort((a, b) => a.start - b.start);
}

/** The quoted text of each finding of one type. */
export function spansOf(text: string, type: PhiType, settings: Partial<EngineSettings> = {}): string[] {
  return runIdentifiers(text, settings).filter((f) => f.phiType === type).map((f) => text.slice(f.start, f.end));
}

/** Applies the first fix of the first finding of a type and returns the new text. */
export function fixFirst(text: string, type: PhiType): { fixed: string; label: string } {
  const f = runIdentifiers(text).find((x) => x.phiType === type);
  const fix = f?.fixes[0];
  if (!fix) throw new Error(`no ${type} fix`);
  return { fixed: applyFix(text, fix), label: fix.label };
}

/**
 * `count` deterministic strings, each 1 to `maxParts` pieces long: inputs on which a hand-written
 * reader is compared with the pattern it replaces.
 */
export function stitchedSamples(pieces: readonly string[], count: number, seed: number, maxParts: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const parts = 1 + next(maxParts);
    for (let j = 0; j < parts; j++) s += pieces[next(pieces.length)];
    out.push(s);
  }
  return out;
}
