import { applyFix, type RuleContext } from '../../../context.js';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../../types.js';
import { rules } from './index.js';

/** Runs only this family's rules, so its tests do not hang on the other detectors. */
export function runNames(text: string): Finding[] {
  const ctx: RuleContext = { original: text, folded: fold(text), platform: 'generic', settings: { ...DEFAULT_SETTINGS }, phi: [] };
  return rules.flatMap((r) => r.run(ctx)).sort((a, b) => a.start - b.start);
}

/** The text of each NAME finding. */
export function names(text: string): string[] {
  return runNames(text).filter((f) => f.phiType === 'NAME').map((f) => text.slice(f.start, f.end));
}

/** The text of each OTHER_ID (handle) finding. */
export function handles(text: string): string[] {
  return runNames(text).filter((f) => f.phiType === 'OTHER_ID').map((f) => text.slice(f.start, f.end));
}

/** Applies the first fix of the finding that covers `quoted`. */
export function redact(text: string, quoted: string): { fixed: string; label: string } {
  const f = runNames(text).find((x) => text.slice(x.start, x.end) === quoted);
  const fix = f?.fixes[0];
  if (!fix) throw new Error(`no finding for ${quoted}`);
  return { fixed: applyFix(text, fix), label: fix.label };
}
