import type { Severity } from '../../../types.js';

/** What a place detector found, in folded offsets, and how its fix generalises it. */
export interface GeoHit {
  start: number;
  end: number;
  kind: 'address' | 'street' | 'intersection' | 'road' | 'zip' | 'zip3' | 'city' | 'county' | 'facility' | 'school' | 'room' | 'gps';
  severity: Severity;
  /** Replacement text, or null to remove the span. */
  replacement: string | null;
  /** Where the fix's edit starts and ends when it differs from the finding (e.g. "(45410)" with its brackets). */
  fixStart?: number;
  fixEnd?: number;
}

/** "our area", or the state when the draft names one. */
export function areaOrState(state: string | undefined): string {
  return state ?? 'our area';
}
