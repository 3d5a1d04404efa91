/**
 * Patterns written as alternatives, each with the words its matches can start with, so that only the
 * alternatives a draft's words can open are ever compiled and tried.
 */

import { foldsOddly, wordGroup, wordHits } from './word-pass.js';
import { step, WordTable } from '../../../text/hash-table.js';

/** One alternative of a pattern, with the words (lower-case letter runs) its matches can start with. */
export interface Alternative {
  words: readonly string[];
  source: string;
}

/**
 * A pattern `${before}(?:alternative|…)${after}` whose every match starts at one of its alternatives' words.
 * Where such a word stands, only the alternatives that can start with it are tried, in their order, so the
 * match is the one the whole pattern would give there, and a word that never occurs costs no compiling.
 */
export class WordAlternation {
  readonly group: number;
  private readonly byWord = new Map<string, RegExp>();
  private whole?: RegExp;

  constructor(
    readonly alternatives: readonly Alternative[],
    private readonly before: string,
    private readonly after: string,
    private readonly flags: string,
  ) {
    this.group = wordGroup(() => alternatives.flatMap((a) => a.words));
  }

  /** The whole pattern, global. */
  get global(): RegExp {
    this.whole ??= this.build(this.alternatives, 'g');
    return this.whole;
  }

  /** Sticky pattern of the alternatives that can start with `word`. */
  stickyFor(word: string): RegExp {
    let re = this.byWord.get(word);
    if (!re) {
      re = this.build(this.alternatives.filter((a) => a.words.includes(word)), 'y');
      this.byWord.set(word, re);
    }
    return re;
  }

  private build(alternatives: readonly Alternative[], flag: string): RegExp {
    return new RegExp(`${this.before}(?:${alternatives.map((a) => a.source).join('|')})${this.after}`, this.flags + flag);
  }

  /**
   * The first `limit` matches in `text`, in order, as an exec loop of the global pattern gives them: tried
   * at each of the words, skipping words inside the previous match. A text the word pass cannot read is
   * scanned whole.
   */
  matches(text: string, lower: string, limit: number): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (foldsOddly(text)) {
      const re = this.global;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) out.push(m);
      re.lastIndex = 0;
      return out;
    }
    const hits = wordHits(lower);
    let lastEnd = 0;
    for (let k = 0; k < hits.at.length && out.length < limit; k++) {
      if (((hits.mask[k] as number) & this.group) === 0) continue;
      const at = hits.at[k] as number;
      if (at < lastEnd) continue;
      const re = this.stickyFor(hits.word[k] as string);
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        lastEnd = Math.max(at + 1, re.lastIndex);
        out.push(m);
      }
    }
    return out;
  }

}

/**
 * As with the word pass: the first questions are answered word by word (no large pattern to compile on a
 * cold start), later ones by the whole pattern, which a warm engine runs faster than a walk over the words.
 */
const QUESTIONS_BEFORE_REGEX = 32;

/**
 * A case-insensitive pattern `alternative|…` (each alternative starting at one of its words), asked only
 * whether it occurs in a string. Word by word, only the alternatives that can start with a word the string
 * holds are compiled and tried; `rest` is the part that starts with no word (symbols), tested as it is.
 */
export class WordTest {
  private table?: WordTable<string>;
  private readonly byWord = new Map<string, RegExp>();
  /** Questions asked so far; past QUESTIONS_BEFORE_REGEX the whole pattern, compiled once, answers them. */
  private asked = 0;
  private wholeRegex?: RegExp;

  constructor(readonly alternatives: readonly Alternative[], private readonly rest?: RegExp) {}

  /** The whole pattern, as one regex. */
  get whole(): RegExp {
    const sources = this.alternatives.map((a) => a.source);
    if (this.rest) sources.push(this.rest.source);
    return new RegExp(sources.join('|'), 'i');
  }

  test(s: string): boolean {
    if (++this.asked > QUESTIONS_BEFORE_REGEX) return (this.wholeRegex ??= this.whole).test(s);
    return this.testByWords(s);
  }

  /** The answer from the alternatives that the words of `s` can open. */
  testByWords(s: string): boolean {
    if (this.rest?.test(s)) return true;
    const table = (this.table ??= new WordTable(new Map(this.alternatives.flatMap((a) => a.words).map((w) => [w, w]))));
    const n = s.length;
    let i = 0;
    while (i < n) {
      let c = s.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
        i++;
        continue;
      }
      const from = i;
      let h = 0;
      do {
        h = step(h, c >= 65 && c <= 90 ? c + 32 : c);
        c = s.charCodeAt(++i);
      } while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90));
      const word = table.get(s, from, i, h);
      if (word === undefined) continue;
      const re = this.stickyFor(word);
      re.lastIndex = from;
      if (re.test(s)) return true;
    }
    return false;
  }

  private stickyFor(word: string): RegExp {
    let re = this.byWord.get(word);
    if (!re) {
      const sources = this.alternatives.filter((a) => a.words.includes(word)).map((a) => a.source);
      re = new RegExp(`(?:${sources.join('|')})`, 'iy');
      this.byWord.set(word, re);
    }
    return re;
  }
}
