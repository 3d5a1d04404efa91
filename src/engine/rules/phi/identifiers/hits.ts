/** A detected identifier, in folded offsets. `unitStart` is where a removal may begin (a keyword). */
export interface Hit {
  start: number;
  end: number;
  unitStart?: number;
}

/**
 * Most identifiers of one kind reported per draft. A real post holds a handful; a pasted log or a hostile
 * megabyte could hold a hundred thousand, and reporting past this point only costs time.
 */
export const MAX_HITS = 500;
/** Most keyword occurrences examined per kind, for the same reason. */
export const MAX_ATTEMPTS = 5 * MAX_HITS;

/** Answers "does [s, e) overlap any of these spans?" in logarithmic time. */
export function overlapIndex(spans: readonly Hit[]): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const h of sorted) maxEnd.push((m = Math.max(m, h.end)));
  return (s, e) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Hit).start < e) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && (maxEnd[last] as number) > s;
  };
}

export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}
