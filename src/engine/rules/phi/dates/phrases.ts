import { step } from '../../../text/hash-table.js';

/**
 * Finds many fixed words and phrases in one pass. A word here is a run of a-z, 0-9 and '-' that starts
 * with a letter or digit and does not follow an apostrophe ("patient's" holds "patient"). A phrase can
 * only match where the draft's word equals the phrase's first word, so each draft word is hashed as it is
 * read and looked up in a small open-addressed table; only the few phrases that share that first word are
 * then compared. No string is cut out of the draft and no regular expression runs per word.
 */

export interface PhraseMatch {
  start: number;
  end: number;
  kind: number;
}

interface Phrase {
  text: string;
  kind: number;
  /** Text that must not follow the phrase ("my son" but not "my son's patient"). */
  notFollowedBy?: RegExp;
}

/** a-z, 0-9 and '-' continue a word; an apostrophe ends one ("patient's" holds "patient"). */
function continuesWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

/** Phrases are lower-case words of a-z, 0-9 and '-', one space apart. */
const PHRASE_SHAPE = /^[a-z0-9][a-z0-9-]*(?: [a-z0-9-]+)*$/;

interface Table {
  /** Index (plus one) into `lists` by first-word hash; 0 is an empty slot. */
  slots: Int32Array;
  hashes: Int32Array;
  /** Phrases by first word, shortest first (so matches at one start come out in order of end). */
  lists: Phrase[][];
  firstWords: string[];
}

export class PhraseTable {
  private readonly phrases: Phrase[] = [];
  private table: Table | undefined;
  /** Length of the longest phrase. */
  longest = 0;

  /** `phrases` are lower-case, single-spaced; each belongs to `kind`. */
  add(kind: number, phrases: readonly string[], notFollowedBy?: RegExp): this {
    for (const text of phrases) {
      if (!PHRASE_SHAPE.test(text)) throw new Error(`PhraseTable: unsupported phrase "${text}"`);
      const phrase: Phrase = { text, kind };
      if (notFollowedBy) phrase.notFollowedBy = notFollowedBy;
      this.phrases.push(phrase);
      this.longest = Math.max(this.longest, text.length);
    }
    this.table = undefined;
    return this;
  }

  private build(): Table {
    const byFirst = new Map<string, Phrase[]>();
    for (const p of this.phrases) {
      const space = p.text.indexOf(' ');
      const first = space < 0 ? p.text : p.text.slice(0, space);
      const list = byFirst.get(first);
      if (list) list.push(p);
      else byFirst.set(first, [p]);
    }
    let size = 64;
    while (size < byFirst.size * 4) size *= 2;
    const table: Table = { slots: new Int32Array(size), hashes: new Int32Array(size), lists: [], firstWords: [] };
    for (const [first, list] of byFirst) {
      let h = 0;
      for (let i = 0; i < first.length; i++) h = step(h, first.charCodeAt(i));
      let at = h & (size - 1);
      while (table.slots[at] !== 0) at = (at + 1) & (size - 1);
      // Stable: phrases of one length keep the order they were added in.
      table.lists.push(list.slice().sort((a, b) => a.text.length - b.text.length));
      table.firstWords.push(first);
      table.slots[at] = table.lists.length;
      table.hashes[at] = h;
    }
    return table;
  }

  /**
   * Every phrase occurrence in `lower` (a lower-cased text) that starts in [from, to), in order of
   * start, then of end. A phrase may run on past `to`.
   */
  scan(lower: string, from = 0, to = lower.length): PhraseMatch[] {
    const table = (this.table ??= this.build());
    const { slots, hashes, lists, firstWords } = table;
    const mask = slots.length - 1;
    const out: PhraseMatch[] = [];
    const n = lower.length;
    let i = from;
    // A word that began before `from` is skipped whole.
    if (i > 0) while (i < n && continuesWord(lower.charCodeAt(i - 1)) && continuesWord(lower.charCodeAt(i))) i++;
    while (i < to) {
      const first = lower.charCodeAt(i);
      if (!continuesWord(first)) { i++; continue; }
      // A run of word characters: a word starts at its first character unless that is '-' or the run
      // follows an apostrophe.
      const start = i;
      let h = step(0, first);
      for (i++; i < n; i++) {
        const c = lower.charCodeAt(i);
        if (!continuesWord(c)) break;
        h = step(h, c);
      }
      if (first === 45 || (start > 0 && lower.charCodeAt(start - 1) === 39)) continue;
      const len = i - start;
      for (let at = h & mask; slots[at] !== 0; at = (at + 1) & mask) {
        if (hashes[at] !== h) continue;
        const k = (slots[at] as number) - 1;
        const word = firstWords[k] as string;
        if (word.length !== len || !lower.startsWith(word, start)) continue;
        for (const p of lists[k] as Phrase[]) {
          const end = start + p.text.length;
          if (p.text.length > len && !lower.startsWith(p.text, start)) continue;
          if (end < n && continuesWord(lower.charCodeAt(end))) continue;
          if (p.notFollowedBy && p.notFollowedBy.test(lower.slice(end, end + 16))) continue;
          out.push({ start, end, kind: p.kind });
        }
        break;
      }
    }
    return out;
  }
}
