import { beforeEach, describe, expect, it, vi } from 'vitest';

// Gates live in one module-wide table: each test declares its own on a fresh copy of the module.
let gates: typeof import('./literal-gates.js');
beforeEach(async () => {
  vi.resetModules();
  gates = await import('./literal-gates.js');
});

/** Whether the gate opens, text by text. */
const answers = (gate: { mayMatch(lower: string): boolean }, texts: readonly string[]) => texts.map((t) => gate.mayMatch(t));

describe('literal gates', () => {
  it('opens where one of its phrases occurs, at the start, in the middle or at the very end', () => {
    const gate = gates.literalGate('t', ['we know ', 'who you are'], /x/);
    expect(answers(gate, ['we know it', 'and you know who you are', 'nobody knows who you were', 'we knowingly', '', 'w']))
      .toEqual([true, true, false, false, false, false]);
  });

  it('finds a phrase by its rarest pair wherever that pair falls, at either end of the text', () => {
    // "altered" is keyed on "lt", "cease and desist" on a pair inside it: both sides of the pair are checked.
    const gate = gates.literalGate('t', ['altered', 'cease and desist'], /x/);
    expect(answers(gate, ['altered', 'send a cease and desist', 'cease and desist letter', 'ltered', 'alter', 'and desist']))
      .toEqual([true, true, true, false, false, false]);
  });

  it('answers for each gate on its own, also when their phrases start alike', () => {
    const review = gates.literalGate('a', ['review'], /x/);
    const reading = gates.literalGate('b', ['reading this'], /x/);
    const re = gates.literalGate('c', ['re: '], /x/);
    expect([review.mayMatch('thanks for the review'), reading.mayMatch('thanks for the review'), re.mayMatch('thanks for the review')]).toEqual([true, false, false]);
    expect([review.mayMatch('re: if you are reading this'), reading.mayMatch('re: if you are reading this'), re.mayMatch('re: if you are reading this')]).toEqual([false, true, true]);
  });

  it('finds phrases next to and between non-ASCII characters', () => {
    const gate = gates.literalGate('t', ['love you'], /x/);
    expect(gate.mayMatch('é—love you—😀')).toBe(true);
    expect(gate.mayMatch('love\u00a0you')).toBe(false);
    expect(gate.mayMatch('😀😀love you')).toBe(true);
  });

  it('reads each new text afresh', () => {
    const gate = gates.literalGate('t', ['sue'], /x/);
    expect(gate.mayMatch('we will sue')).toBe(true);
    expect(gate.mayMatch('we will see')).toBe(false);
    expect(gate.mayMatch('we will sue')).toBe(true);
  });

  it('takes a gate declared after the first question into account', () => {
    const first = gates.literalGate('a', ['alpha'], /x/);
    expect(first.mayMatch('alpha beta')).toBe(true);
    const second = gates.literalGate('b', ['beta'], /x/);
    expect(second.mayMatch('alpha beta')).toBe(true);
    expect(first.mayMatch('beta only')).toBe(false);
  });

  it('refuses phrases it could not find: upper case, non-ASCII, a single character, an empty list, a 32nd gate', () => {
    expect(() => gates.literalGate('t', ['Review'], /x/)).toThrow(/lower-case ASCII/);
    expect(() => gates.literalGate('t', ['café'], /x/)).toThrow(/lower-case ASCII/);
    expect(() => gates.literalGate('t', ['a'], /x/)).toThrow(/two characters/);
    expect(() => gates.literalGate('t', [], /x/)).toThrow(/at least one phrase/);
    for (let i = 0; i < 31; i++) gates.literalGate(`g${i}`, ['ab'], /x/);
    expect(() => gates.literalGate('one too many', ['ab'], /x/)).toThrow(/at most 31/);
  });
});
