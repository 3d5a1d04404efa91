/** Character tests that match what a regex without the 'u' flag means by \w and \b. */
import { isWordCode } from '../../../text/spans.js';

/** `\w` at `i` of `s`; outside the string there is no word character. */
export function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordCode(s.charCodeAt(i));
}

/** `\b` at `i`. */
export function boundaryAt(s: string, i: number): boolean {
  return isWordAt(s, i - 1) !== isWordAt(s, i);
}
