/**
 * Finds many fixed words and phrases in one pass. The phrases sit in a character trie; at each word start
 * the draft is walked down the trie until it stops matching, which is a step or two for most words. A
 * regex alternation of a few hundred words is instead tried alternative by alternative at every word
 * boundary, and a table keyed by whole words would allocate a string per word.
 */

export interface PhraseMatch {
  start: number;
  end: number;
  kind: number;
}

interface Ending {
  kind: number;
  /** Text that must not follow the phrase ("my son" but not "my son's patient"). */
  notFollowedBy?: RegExp;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  endings?: Ending[];
}

/** a-z, 0-9 and '-' continue a word; an apostrophe ends one ("patient's" holds "patient"). */
function continuesWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

function startsWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export class PhraseTable {
  private readonly root: TrieNode = { next: new Map() };

  /** `phrases` are lower-case, single-spaced; each belongs to `kind`. */
  add(kind: number, phrases: readonly string[], notFollowedBy?: RegExp): this {
    for (const p of phrases) {
      let node = this.root;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map() };
          node.next.set(c, child);
        }
        node = child;
      }
      const ending: Ending = { kind };
      if (notFollowedBy) ending.notFollowedBy = notFollowedBy;
      (node.endings ??= []).push(ending);
    }
    return this;
  }

  /** Every phrase occurrence in `lower` (a lower-cased text), in order of start. */
  scan(lower: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = lower.length;
    let prev = 32;
    for (let i = 0; i < n; i++) {
      const c = lower.charCodeAt(i);
      const atWordStart = startsWord(c) && !continuesWord(prev) && prev !== 39;
      prev = c;
      if (!atWordStart) continue;
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < n && node; j++) {
        node = node.next.get(lower.charCodeAt(j));
        if (!node?.endings) continue;
        const end = j + 1;
        if (end < n && continuesWord(lower.charCodeAt(end))) continue;
        for (const e of node.endings) {
          if (e.notFollowedBy && e.notFollowedBy.test(lower.slice(end, end + 16))) continue;
          out.push({ start: i, end, kind: e.kind });
        }
      }
    }
    return out;
  }
}
