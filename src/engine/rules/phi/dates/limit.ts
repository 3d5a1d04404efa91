/**
 * At most `MAX_CANDIDATES` matches of one pattern are examined. A real post holds a handful of dates or
 * places; a machine-made one with a hundred thousand "3/14"s would otherwise spend its time on context
 * checks that cannot change its verdict (it is blocked long before).
 */
export const MAX_CANDIDATES = 5000;

export function* limit<T>(matches: Iterable<T>, max = MAX_CANDIDATES): Generator<T> {
  if (max <= 0) return;
  let n = 0;
  for (const m of matches) {
    yield m;
    if (++n >= max) return;
  }
}
