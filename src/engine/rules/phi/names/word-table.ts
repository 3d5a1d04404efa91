/**
 * A lookup table of lower-case words read straight off a draft: a word is looked up by its offsets,
 * hashing its char codes, so the per-word scans cut no substrings out of the text (a Map would need
 * the word as a string).
 */
export class WordTable<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  /** Open-addressed slots holding entry numbers plus one; 0 is empty. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** One bit per (first char, second char, length) of the keys: most words are turned away here. */
  private readonly shapes = new Uint32Array(1024);

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 64;
    while (size < list.length * 3) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of list) {
      const h = hashOf(key, 0, key.length);
      let at = h & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.keys.push(key);
      this.values.push(value);
      this.slots[at] = this.keys.length;
      this.hashes[at] = h;
      const b = shapeBit(key, 0, key.length);
      this.shapes[b >>> 5] = (this.shapes[b >>> 5] as number) | (1 << (b & 31));
    }
  }

  /** The value of the word text[from, to), which must already be lower case to be found. */
  get(text: string, from: number, to: number): V | undefined {
    const b = shapeBit(text, from, to);
    if (((this.shapes[b >>> 5] as number) & (1 << (b & 31))) === 0) return undefined;
    const h = hashOf(text, from, to);
    const len = to - from;
    for (let at = h & this.mask; this.slots[at] !== 0; at = (at + 1) & this.mask) {
      if (this.hashes[at] !== h) continue;
      const k = (this.slots[at] as number) - 1;
      const key = this.keys[k] as string;
      if (key.length === len && text.startsWith(key, from)) return this.values[k];
    }
    return undefined;
  }
}

function shapeBit(text: string, from: number, to: number): number {
  const len = to - from;
  return ((text.charCodeAt(from) & 31) << 10) | ((len > 1 ? text.charCodeAt(from + 1) & 31 : 0) << 5) | (len & 31);
}

function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
