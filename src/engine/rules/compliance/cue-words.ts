import { Occurrences } from './occurrences.js';
import { BODY_VERBS, THROUGH_VERBS } from './body-claim.js';
import { feedEnd, feedStart, feedWord } from './gate.js';
import { HashTable, hashOf } from '../../text/hash-table.js';
import { clinicalWord, hashWord, stemHash, termAt, wordHash, wordHasCapital } from './health-words.js';
import { isWordCode } from '../../text/spans.js';

/**
 * Words without which a pattern cannot match, one list per pattern. The draft's words are read once per
 * check and every list it touches is marked, so a pattern whose list is unmarked is neither run nor,
 * on the first check after a wake-up, compiled. A list must hold a word (a run of [A-Za-z0-9_]) of
 * every match; a hash collision only lets a pattern run that then finds nothing.
 */
const CUES = {
  // health-info.ts, one per signal.
  recommendation: 'recommend recommends recommended recommendation recommendations guideline guidelines uspstf cdc fda nih who acog aap acip standard first gold',
  generalShould: 'should need needs must ought',
  askYourClinician: 'ask doctor physician clinician pharmacist dentist gi cardiologist dermatologist nurse provider pediatrician ob surgeon specialist team',
  imperative: 'ask talk check get keep avoid don do never always watch know remember make drink eat wear take stop start see book schedule try limit cut skip remove tape look learn protect wash cover stay apply reapply sit quit designate teach put think hold choose cool lock store test measure move walk sleep lower reduce treat be consider aim plan swap add include give ice elevate compress rest stretch hydrate floss brush buckle',
  escalation: '911 988 999 112 poison ambulance er ed emergency urgent immediate',
  claimCue: 'guarantee guaranteed 100 side works miracle cure cures reverse reverses reversed reversing risk melt melts lost',
  course: 'resolve resolves clear clears goes heal heals recover recovers recovery improve improves get gets',
  trial: 'rct rcts randomized randomised meta systematic trial study cohort paper link abstract article doi pubmed pmid',
  effectBy: 'by',
  effectAmount: 'half third quarter fifth thirds',
  meaning: 'mean means signal signals reflect reflects point points indicate indicates sign symptom marker flag emergency',
  productFor: 'amazing great perfect wonderful fantastic brilliant excellent ideal magic game lifesaver must best wonders go',
  conditional: 'if',
  peer: 'anyone thoughts any would what how curbside case hive serious question asking',
  announcement: 'office closed now join we excited congratulations last heading poster come sign health march',
  boundary: 'me examine diagnose treat assess advise give',
  // body-claim.ts
  bodyVerb: `${BODY_VERBS} ${THROUGH_VERBS}`,
  // employer.ts: words every OPINION match holds, and the words it begins with.
  opinion: 'think believe opinion view imo imho take frankly tired sick broken stop banned illegal ashamed shame disgrace scam wrong',
  opinionStart: 'i in imo imho my hot unpopular frankly is need needs should shame',
  // red-flags.ts
  redFlagStart: 'chest face facial slurred trouble sudden arm signs stroke suicidal thinking self kill can difficulty shortness throat worst thunderclap coughing vomiting uncontrolled seizure unresponsive heat heatstroke',
  redFlag: 'chest face facial slurred trouble sudden weakness stroke suicidal thinking self kill breathe difficulty shortness throat worst thunderclap coughing vomiting uncontrolled seizure unresponsive heat heatstroke',
  // The words every match of a pattern begins with (see DraftCues.eachAt), by pattern.
  announcementStart: 'office closed now join we excited congratulations heading last poster come sign health march',
  generalShouldStart: 'you adults everyone anyone women men kids children child kid toddler toddlers baby babies infant infants teens parents people most older caregivers grandparents',
  meaningStart: 'usually often typically frequently almost most can is',
  courseStart: 'resolve resolves clear clears goes heal heals recover recovers recovery improve improves get gets',
  claimCueStart: 'guarantee guaranteed 100 no works miracle cure cures reverse reverses reversed reversing risk melt melts lost',
  askStart: 'ask talk see check call consult',
  // health-forms.ts: first words of each form, and words a form needs.
  doseTimesStart: 'once twice three four',
  doseTimes: 'day night week',
  doseCountStart: 'one two three',
  doseUnit: 'tablet tablets pill pills capsule capsules gummies puff puffs drop drops spray sprays',
  doseEveryStart: 'every',
  doseHours: 'hours h',
  statIn: 'in out',
  statPer: 'per',
  statMillion: 'million billion',
  statVerb: 'double doubles triple triples halves cut cuts',
  mostStart: 'most many nearly almost the',
  mostWord: 'most',
  groupNoun: 'people patients kids children adults babies cases women men',
  groupNounWide: 'people patients kids children adults babies toddlers infants teens women men',
  settles: 'heal resolve recover clear go get stop',
  riskVerb: 'raise raises increase increases lower lowers reduce reduces cut cuts double doubles triple triples halve halves drive drives',
  riskNoun: 'risk odds chance chances rate rates',
  outcomeStart: 'survival recurrence relapse cure remission life prognosis',
  protectStart: 'protect protects shield shields prevent prevents',
  spreadVerb: 'stop stops slow slows lower lowers reduce reduces cut cuts limit limits',
  spread: 'spread transmission',
  forWord: 'for',
  everyoneWord: 'everyone anyone all adults kids people women men',
  everyoneStart: 'adults people women men anyone everyone',
  duringWord: 'during',
  pregnancyWord: 'pregnancy',
  modal: 'can may could will won cannot doesn does often usually typically',
  factVerb: 'cause help lower raise reduce increase improve prevent trigger affect hide mimic lead damage protect ease relieve heal treat soothe reverse boost hurt harm kill burn irritate injure start develop appear spread return worsen',
  factVerbs: 'causes helps lowers raises reduces prevents protects improves worsens works help',
  isAre: 'is are',
  factAdjective: 'better safer common rare treatable preventable curable contagious hereditary harmless benign self',
  healWord: 'heal heals',
  isWord: 'is',
  hardWord: 'hard bad good easier tough',
  catchStart: 'catch catches early',
  earlyWord: 'early',
  commonLinked: 'common linked',
  increasesThere: 'increases there',
  eduWord: 'psa 101 pearl tip tips reminder myth myths lesson lessons quiz',
  eduPhrase: 'awareness world did fun quick teaching rule take takehome what',
  eduSigns: 'early warning sign signs symptom symptoms red',
  eduOther: 'most risk things how classic evidence',
  eduStudies: 'studies trials research data in',
  eduFound: 'show suggest found trials',
} as const;

export type Cue = keyof typeof CUES;

const NAMES = Object.keys(CUES) as Cue[];
const INDEX = new Map(NAMES.map((name, i) => [name, i]));
const indexOf = (cue: Cue) => INDEX.get(cue) as number;

/** Cue numbers by word hash, built on first use. */
let built: HashTable<number[]> | undefined;

function table(): HashTable<number[]> {
  if (built) return built;
  const byHash = new Map<number, number[]>();
  NAMES.forEach((name, i) => {
    for (const word of CUES[name].split(' ')) {
      const h = hashOf(word);
      const list = byHash.get(h);
      if (!list) byHash.set(h, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  built = new HashTable(byHash);
  return built;
}

/** Past this many, matches of a health pattern are not recorded: counting stops well before. */
export const MATCH_CAP = 400;

const NONE: readonly number[] = [];

/** Sticky copies of the patterns run at chosen words. */
const sticky = new Map<RegExp, RegExp>();

function stickyOf(re: RegExp): RegExp {
  let copy = sticky.get(re);
  if (!copy) {
    copy = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    sticky.set(re, copy);
  }
  return copy;
}

// Two sets of word places: one for the draft (kept as the last answer of draftCues) and one for the
// short spans read on the side.
const draftMarks = new Occurrences();
const sideMarks = new Occurrences();

/**
 * What one read of a draft's words tells about it: which lists it touches, and where their words
 * start, so a pattern whose every match begins with one of a list's words is tried at those words only
 * instead of at every character.
 */
export class DraftCues {
  /** Offsets of the words that start with a digit. */
  private readonly numbers: number[] = [];
  /** The draft has a '#'. */
  hash = false;
  /** HEALTH_TERM's matches, [start, end) pairs, when read with `health`. */
  readonly healthTerms: number[] = [];
  /** CLINICAL_SHAPE's matches, [start, end) pairs, when read with `health`. */
  readonly clinicalWords: number[] = [];

  /** Valid until the next read into the same marks. */
  constructor(readonly text: string, private readonly marks: Occurrences) {
    marks.reset(NAMES.length);
  }

  /** Some word of the list is in the draft. */
  has(cue: Cue): boolean {
    return this.marks.has(indexOf(cue));
  }

  /** Some word starts with a digit. */
  get digit(): boolean {
    return this.numbers.length > 0;
  }

  /** Records the word of the lists `cues` at `at`. */
  mark(cues: readonly number[], at: number): void {
    for (const k of cues) this.marks.add(k, at);
  }

  markNumber(at: number): void {
    this.numbers.push(at);
  }

  /**
   * Calls `visit` with each match of `re` (from the left, without overlap, as a global exec loop finds
   * them) until it returns false. Every match of `re` must begin at a word of `starts`, or at a number
   * when `numbers` is set: the pattern is tried there only.
   */
  eachAt(re: RegExp, starts: Cue, numbers: boolean, visit: (start: number, end: number) => boolean): void {
    const words = this.marks.list(indexOf(starts));
    const digits = numbers ? this.numbers : [];
    const at = stickyOf(re);
    let w = 0;
    let d = 0;
    let from = 0;
    while (w < words.length || d < digits.length) {
      const nw = words[w] ?? Infinity;
      const nd = digits[d] ?? Infinity;
      const p = nw <= nd ? nw : nd;
      if (nw <= nd) w++;
      if (nd <= nw) d++;
      if (p < from) continue;
      at.lastIndex = p;
      if (!at.test(this.text)) continue;
      const end = at.lastIndex;
      if (!visit(p, end)) return;
      from = Math.max(p + 1, end);
    }
  }

  /** Offsets of the words of `starts` and, with `numbers`, of the numbers, ascending. */
  offsetsOf(starts: Cue | undefined, numbers: boolean): readonly number[] {
    return this.offsetsAt(starts === undefined ? -1 : indexOf(starts), numbers);
  }

  /** offsetsOf() for the list numbered `k` (-1: none). */
  offsetsAt(k: number, numbers: boolean): readonly number[] {
    const words = k >= 0 ? this.marks.list(k) : NONE;
    if (!numbers || this.numbers.length === 0) return words;
    if (words.length === 0) return this.numbers;
    const merged: number[] = [];
    let w = 0;
    let d = 0;
    while (w < words.length || d < this.numbers.length) {
      const a = words[w] ?? Infinity;
      const b = this.numbers[d] ?? Infinity;
      if (a <= b) { merged.push(a); w++; } else { merged.push(b); d++; }
    }
    return merged;
  }

  /** re.test(text), trying `re` only at the words of `starts` (and numbers): see eachAt. */
  testAt(re: RegExp, starts: Cue, numbers = false): boolean {
    let found = false;
    this.eachAt(re, starts, numbers, () => {
      found = true;
      return false;
    });
    return found;
  }
}

/**
 * The cues of `s`, read afresh. With `health`, the same walk over the words finds the health terms
 * (HEALTH_TERM's matches, from the left) and the clinical word shapes, up to MATCH_CAP of each.
 */
let lastCues: DraftCues | undefined;

export function readCues(s: string, health = false): DraftCues {
  const lookup = table();
  const cues = new DraftCues(s, health ? draftMarks : sideMarks);
  const n = s.length;
  // The draft's words also feed the gates' walk of it (gate.ts), which would otherwise read them again.
  const feeding = health && feedStart(s);
  let capital = false;
  let healthFrom = 0;
  let i = 0;
  while (i < n) {
    const first = s.charCodeAt(i);
    if (!isWordCode(first)) {
      if (first === 35) cues.hash = true;
      i++;
      continue;
    }
    if (first >= 48 && first <= 57) cues.markNumber(i);
    const e = hashWord(s, i);
    const h = wordHash;
    if (wordHasCapital) capital = true;
    if (feeding) feedWord(s, i, e, h);
    const hit = lookup.get(h);
    if (hit) cues.mark(hit, i);
    if (health && first >= 97 && first <= 122) {
      if (i >= healthFrom) {
        const end = termAt(s, i, e, h, stemHash);
        if (end >= 0) {
          cues.healthTerms.push(i, end);
          healthFrom = cues.healthTerms.length >= 2 * MATCH_CAP ? Infinity : end;
        }
      }
      if (cues.clinicalWords.length < 2 * MATCH_CAP && clinicalWord(s, i, e)) cues.clinicalWords.push(i, e);
    }
    i = e;
  }
  // A capital hashes apart from the gates' lower-cased words: that walk is left to gate.ts.
  if (feeding) feedEnd(s, !capital);
  // The draft's marks now hold this read: it becomes the kept answer.
  if (health) lastCues = cues;
  return cues;
}

/** The cues of `s` (the lower-cased draft); the last answer is kept, as the family's rules ask in turn. */
export function draftCues(s: string): DraftCues {
  if (lastCues && s === lastCues.text) return lastCues;
  return readCues(s, true);
}

/**
 * One alternative of a pattern: its source, the list of words its every match begins with (and/or
 * numbers), and a cheap test the draft must pass for it to match at all.
 */
export interface Form {
  source: string;
  starts?: Cue;
  numbers?: boolean;
  needs?: (cues: DraftCues) => boolean;
}

/**
 * A pattern as its alternatives, in order, each compiled the first time a draft gets past its test
 * and tried only where its first words stand. Answers equal the whole pattern's; a wake-up pays for
 * the alternatives a draft can match, not for the pattern.
 */
export class Forms {
  private readonly compiled: (RegExp | undefined)[] = [];
  /** The number of each form's `starts` list, -1 for none. */
  private readonly lists: number[];

  constructor(private readonly forms: readonly Form[]) {
    this.lists = forms.map((f) => (f.starts === undefined ? -1 : indexOf(f.starts)));
  }

  private sticky(i: number): RegExp {
    let re = this.compiled[i];
    if (!re) {
      re = new RegExp((this.forms[i] as Form).source, 'y');
      this.compiled[i] = re;
    }
    return re;
  }

  /** Where form i may match, ascending; undefined when the draft fails its test. */
  private starts(cues: DraftCues, i: number): readonly number[] | undefined {
    const form = this.forms[i] as Form;
    if (form.needs && !form.needs(cues)) return undefined;
    return cues.offsetsAt(this.lists[i] as number, form.numbers === true);
  }

  /** Whether some alternative matches. */
  test(cues: DraftCues): boolean {
    for (let i = 0; i < this.forms.length; i++) {
      const at = this.starts(cues, i);
      if (!at || at.length === 0) continue;
      const re = this.sticky(i);
      for (const p of at) {
        re.lastIndex = p;
        if (re.test(cues.text)) return true;
      }
    }
    return false;
  }

  /**
   * Calls `visit` with each match of the whole pattern, from the left and without overlap, as a global
   * exec loop finds them (at one offset the earliest alternative wins), until it returns false.
   */
  each(cues: DraftCues, visit: (start: number, end: number) => boolean): void {
    const lists: (readonly number[])[] = [];
    for (let i = 0; i < this.forms.length; i++) lists.push(this.starts(cues, i) ?? []);
    const next = lists.map(() => 0);
    let from = 0;
    for (;;) {
      let p = Infinity;
      lists.forEach((list, i) => {
        let k = next[i] as number;
        while (k < list.length && (list[k] as number) < from) k++;
        next[i] = k;
        if (k < list.length && (list[k] as number) < p) p = list[k] as number;
      });
      if (p === Infinity) return;
      let end = -1;
      for (let i = 0; i < lists.length && end < 0; i++) {
        if ((lists[i] as readonly number[])[next[i] as number] !== p) continue;
        const re = this.sticky(i);
        re.lastIndex = p;
        if (re.test(cues.text)) end = re.lastIndex;
      }
      if (end >= 0 && !visit(p, end)) return;
      from = end >= 0 ? Math.max(p + 1, end) : p + 1;
    }
  }
}
