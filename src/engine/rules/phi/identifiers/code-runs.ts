/**
 * Runs of characters that may be a stand-alone code (a VIN, a dashed Medicare number), found from the digit
 * runs of the draft: every such code holds a digit, and digits are rare enough in prose to find fast.
 */

const DIGITS = /\d+/g;

export interface CodeRuns {
  starts: number[];
  lengths: number[];
}

let lastCodeText: string | undefined;
let lastCodeRuns: CodeRuns = { starts: [], lengths: [] };

function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * Runs of letters, digits and dashes that are 13 or 17 long, hold a digit and no lower-case letter (the
 * shapes of a VIN and a dashed Medicare number): starts and lengths, ascending. Each digit run found is
 * widened to the run of code characters around it, and the scan goes on after that run.
 */
export function codeRuns(text: string): CodeRuns {
  if (lastCodeText === text) return lastCodeRuns;
  const starts: number[] = [];
  const lengths: number[] = [];
  const re = DIGITS;
  re.lastIndex = 0;
  // test() leaves lastIndex at the end of the digit run and builds no match array.
  while (re.test(text)) {
    let s = re.lastIndex - 1;
    while (s > 0 && isCodeChar(text.charCodeAt(s - 1))) s--;
    let e = re.lastIndex;
    while (e < text.length && isCodeChar(text.charCodeAt(e))) e++;
    re.lastIndex = e;
    const length = e - s;
    if (length !== 13 && length !== 17) continue;
    let lower = false;
    for (let i = s; i < e && !lower; i++) lower = text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122;
    if (!lower) {
      starts.push(s);
      lengths.push(length);
    }
  }
  re.lastIndex = 0;
  lastCodeText = text;
  lastCodeRuns = { starts, lengths };
  return lastCodeRuns;
}
