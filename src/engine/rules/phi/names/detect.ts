import { addressesPatient, atSentenceStart, type CareIndex } from './context.js';
import { isSentenceOpener } from './dictionary.js';
import { JOB_WORDS } from './employers.js';
import { worthJudging, judgeRun } from './evidence.js';
import { chartNames } from './chart-names.js';
import { claimed, full, type Ctx, type NameHit } from './hits.js';
import { personParts } from './name-shape.js';
import { notAPatient } from './non-patients.js';
import { repeatMentions } from './repeats.js';
import { scanCapitals, type NameRun } from './tokens.js';
import { runTriggers } from './triggers.js';
import { wordIndex, type WordIndex } from './words.js';

export type { CutStyle, NameHit, Role } from './hits.js';
export { MAX_NAME_HITS } from './hits.js';

export interface NameScan {
  /** Names to report. */
  hits: NameHit[];
  /** Later bare mentions of a reported name ("… Bobby reached the hospital"): redacted, not reported. */
  repeats: NameHit[];
}

/**
 * Drafts up to this long share one `taken` buffer instead of allocating their own: each scan marks
 * with its own number, so nothing needs clearing until the numbers run out.
 */
const SHARED_TAKEN = 1 << 16;
let sharedTaken: Uint16Array | undefined;
let lastMark = 0;

/** The shared buffer, at least `length` long, with `lastMark` advanced to this scan's number. */
function sharedTakenBuffer(length: number): Uint16Array {
  if (!sharedTaken || sharedTaken.length < length || lastMark === 0xffff) {
    // Sized for the drafts seen so far (a first report allocates little), doubling as longer ones come.
    sharedTaken = new Uint16Array(Math.min(SHARED_TAKEN, Math.max(4096, length, 2 * (sharedTaken?.length ?? 0))));
    lastMark = 0;
  }
  lastMark++;
  return sharedTaken;
}

/**
 * One scan's state. A class rather than an object literal with a getter: such a literal is built by a
 * runtime call on every draft, a class instance by inline code.
 */
class Scan implements Ctx {
  readonly hits: NameHit[] = [];
  private addressed_: boolean | undefined = undefined;
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly care: CareIndex,
    readonly taken: Uint16Array,
    readonly mark: number,
  ) {}

  /** Asked for by a few candidates only: the pattern is long, so it is compiled and run on demand. */
  get addressed(): boolean {
    return (this.addressed_ ??= addressesPatient(this.text, this.lower));
  }
}

/** Finds patients' and relatives' names in folded text. */
export function detectNames(text: string, lower: string = text.toLowerCase(), words: WordIndex = wordIndex(text, lower, JOB_WORDS)): NameScan {
  const shared = text.length <= SHARED_TAKEN;
  const taken = shared ? sharedTakenBuffer(text.length) : new Uint16Array(text.length);
  const ctx = new Scan(text, lower, { positions: words.care }, taken, shared ? lastMark : 1);

  const { runs, titled } = scanCapitals(text);
  runTriggers(ctx, words.triggers, titled, words.introduces);
  chartNames(ctx);

  for (const run0 of runs) {
    if (full(ctx)) break;
    if (claimed(ctx, run0.start, run0.end)) continue;
    if (!worthJudging(ctx, run0) || notAPatient(ctx, run0)) continue;
    // Names that are also words ("Lily", "Grace") stay in play; judgeRun asks for more evidence.
    const run = personParts(withoutOpener(text, run0), text, true);
    if (!run) continue;
    judgeRun(ctx, run);
  }
  const repeats = repeatMentions(ctx, runs);
  return { hits: ctx.hits.sort((a, b) => a.start - b.start), repeats };
}

/** "Saw Gloria Whitfield …": a verb opening the sentence is not the first part of the name after it. */
function withoutOpener(text: string, run: NameRun): NameRun {
  const first = run.parts[0] as string;
  if (run.parts.length < 2 || !isSentenceOpener(first) || !atSentenceStart(text, run.start)) return run;
  return { start: run.start + first.length + 1, end: run.end, parts: run.parts.slice(1) };
}
