import { readsAt } from './spans.js';

/**
 * Word lookups without cutting the word out of the text: a word's hash is taken as its characters are
 * read, and the hash is looked up in an open-addressed table of typed arrays. Callers check the word
 * itself on a hit, as two words may share a hash.
 */

/**
 * Hash step over char codes, so a word is looked up without being cut out of the text. Kept to 30 bits:
 * a hash then stays a small integer, which V8 never boxes when it is stored or passed to a call.
 */
export const step = (h: number, c: number) => (Math.imul(h, 31) + c) & 0x3fffffff;
/** The hash of s[from, to). */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = step(h, s.charCodeAt(i));
  return h;
}

/**
 * Values by 30-bit hash in an open-addressed table of typed arrays: one probe per word of a draft, no
 * boxed keys, no string cut out.
 */
const FILTER_SIZE = 1 << 14;

export class HashTable<V> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;
  private readonly values: V[] = [];
  /**
   * One bit per FILTER_SIZE-th of the hash space: most absent words are turned away by one load, from
   * 2 KB that stay in cache between one draft's words and the next.
   */
  private readonly filter = new Int32Array(FILTER_SIZE >>> 5);

  constructor(entries: ReadonlyMap<number, V>) {
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const [h, v] of entries) {
      let at = h & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.values.push(v);
      this.hashes[at] = h;
      this.slots[at] = this.values.length;
      const bit = h & (FILTER_SIZE - 1);
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }

  get(h: number): V | undefined {
    const bit = h & (FILTER_SIZE - 1);
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return undefined;
    for (let at = h & this.mask; this.slots[at] !== 0; at = (at + 1) & this.mask) {
      if (this.hashes[at] === h) return this.values[(this.slots[at] as number) - 1];
    }
    return undefined;
  }
}

/**
 * Values by lower-case word, looked up by where the word stands in a text and the hash of its lower
 * case (taken with `step` as the text is read): no substring is cut out, and ASCII case is ignored.
 */
export class WordTable<V> {
  /** The longest key: a longer word is in no table and needs no lookup. */
  readonly longest: number;
  private readonly byHash: HashTable<Array<{ key: string; value: V }>>;

  constructor(words: ReadonlyMap<string, V>) {
    const lists = new Map<number, Array<{ key: string; value: V }>>();
    let longest = 0;
    for (const [key, value] of words) {
      const h = hashOf(key);
      const list = lists.get(h);
      if (list) list.push({ key, value });
      else lists.set(h, [{ key, value }]);
      longest = Math.max(longest, key.length);
    }
    this.byHash = new HashTable(lists);
    this.longest = longest;
  }

  /** The value of the word s[from, to), whose lower case hashes to `h`, if it is a key. */
  get(s: string, from: number, to: number, h: number): V | undefined {
    const entries = this.byHash.get(h);
    if (entries === undefined) return undefined;
    for (const e of entries) if (e.key.length === to - from && readsAt(s, from, e.key)) return e.value;
    return undefined;
  }
}
