import type { Finding, Severity } from '../../engine/types.js';

export type BadgeState = Severity | 'clean';

const WORST: Record<BadgeState, string> = {
  clean: 'no problems found',
  info: 'suggestions only',
  warn: 'review before posting',
  block: 'fix before posting',
};

/** The badge button's accessible name; contract.md §3 fixes its `SafePost: ` start. */
export function badgeName(state: BadgeState, count: number): string {
  if (count === 0) return `SafePost: ${WORST.clean}`;
  return `SafePost: ${count} ${count === 1 ? 'finding' : 'findings'}, ${WORST[state]}`;
}

export const SEVERITY_WORD: Record<Severity, string> = { info: 'Tip', warn: 'Check', block: 'Fix' };

/** Identity of the blocking findings: the post question is asked once for each distinct set of them. */
export function blockKey(findings: readonly Finding[], text: string): string {
  return findings
    .filter((f) => f.severity === 'block')
    .map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`)
    .sort()
    .join('|');
}
