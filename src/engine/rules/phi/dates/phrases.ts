/**
 * Finds many fixed words and phrases in one pass: the draft is walked word by word and each word is looked
 * up in a table keyed by a phrase's first word. A regex alternation of a few hundred words is tried at
 * every word boundary, one alternative after another; the table makes the cost one hash lookup a word.
 */

export interface PhraseMatch {
  start: number;
  end: number;
  kind: number;
}

interface Entry {
  /** The rest of the phrase after its first word, with its leading space ("" for one word). */
  rest: string;
  kind: number;
  /** Text that must not follow the phrase ("my son" but not "my son's patient"). */
  notFollowedBy?: RegExp;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45; // a-z 0-9 ' -
}

export class PhraseTable {
  private readonly byFirst = new Map<string, Entry[]>();

  /** `phrases` are lower-case, single-spaced; each belongs to `kind`. */
  add(kind: number, phrases: readonly string[], notFollowedBy?: RegExp): this {
    for (const p of phrases) {
      const space = p.indexOf(' ');
      const first = space === -1 ? p : p.slice(0, space);
      const entry: Entry = { rest: space === -1 ? '' : p.slice(space), kind };
      if (notFollowedBy) entry.notFollowedBy = notFollowedBy;
      const list = this.byFirst.get(first);
      if (list) list.push(entry);
      else this.byFirst.set(first, [entry]);
    }
    return this;
  }

  /** Every phrase occurrence in `lower` (a lower-cased text), in order of start. */
  scan(lower: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = lower.length;
    let i = 0;
    while (i < n) {
      if (!isWordCode(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isWordCode(lower.charCodeAt(j))) j++;
      let word = lower.slice(i, j);
      // Trailing punctuation inside the word run ("follow-up-", "patients'") is not part of the word.
      while (word.endsWith('-') || word.endsWith("'")) word = word.slice(0, -1);
      this.match(lower, i, word, out);
      if (word.endsWith("'s")) this.match(lower, i, word.slice(0, -2), out);
      i = j;
    }
    return out;
  }

  private match(lower: string, start: number, word: string, out: PhraseMatch[]): void {
    const entries = this.byFirst.get(word);
    if (!entries) return;
    const wordEnd = start + word.length;
    for (const e of entries) {
      if (e.rest && !lower.startsWith(e.rest, wordEnd)) continue;
      const end = wordEnd + e.rest.length;
      if (e.rest && end < lower.length && isWordCode(lower.charCodeAt(end)) && lower[end] !== "'") continue;
      if (e.notFollowedBy && e.notFollowedBy.test(lower.slice(end, end + 16))) continue;
      out.push({ start, end, kind: e.kind });
    }
  }
}
