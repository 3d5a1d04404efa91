import { describe, expect, it } from 'vitest';
import { limit } from './limit.js';

describe('limit', () => {
  it('yields at most the given number of items, in order', () => {
    expect([...limit([1, 2, 3, 4, 5], 3)]).toEqual([1, 2, 3]);
    expect([...limit([1, 2], 3)]).toEqual([1, 2]);
  });

  it('stops pulling from the source once the limit is reached', () => {
    let pulled = 0;
    function* source() {
      for (;;) {
        pulled++;
        yield pulled;
      }
    }
    expect([...limit(source(), 4)]).toEqual([1, 2, 3, 4]);
    expect(pulled).toBe(4);
  });
});
