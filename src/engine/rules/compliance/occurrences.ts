/**
 * Where the words of numbered lists stand in one text: per list, a linked list of offsets in text
 * order, held in typed arrays that are kept from one draft to the next, so reading a draft allocates
 * nothing per word.
 */
export class Occurrences {
  /** First occurrence of each list (-1 when absent) and its last, for appending. */
  head = new Int32Array(0);
  tail = new Int32Array(0);
  /** Each occurrence's offset and the next occurrence of the same list (-1 at the end). */
  at = new Int32Array(16);
  next = new Int32Array(16);
  count = 0;

  /** Empties every list, for a new text with `lists` lists. */
  reset(lists: number): void {
    if (this.head.length !== lists) {
      this.head = new Int32Array(lists);
      this.tail = new Int32Array(lists);
    }
    this.head.fill(-1);
    this.count = 0;
  }

  add(list: number, offset: number): void {
    if (this.count === this.at.length) {
      const at = new Int32Array(this.count * 2);
      const next = new Int32Array(this.count * 2);
      at.set(this.at);
      next.set(this.next);
      this.at = at;
      this.next = next;
    }
    const id = this.count++;
    this.at[id] = offset;
    this.next[id] = -1;
    if ((this.head[list] as number) < 0) this.head[list] = id;
    else this.next[this.tail[list] as number] = id;
    this.tail[list] = id;
  }

  has(list: number): boolean {
    return (this.head[list] as number) >= 0;
  }

  /** The offsets of one list, ascending. */
  list(list: number): number[] {
    const out: number[] = [];
    for (let id = this.head[list] as number; id >= 0; id = this.next[id] as number) out.push(this.at[id] as number);
    return out;
  }
}
