import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import { CRISIS_LINE, EMERGENCY_LINE } from './emergency.js';

const emergency = (text: string, platform: 'generic' | 'x' = 'generic') =>
  analyze(text, { platform }).findings.filter((f) => f.ruleId === 'disclaimer.emergency');

const STROKE = 'Know the signs of a stroke: a drooping face, arm weakness, slurred speech. Minutes matter, so act fast. Not medical advice.';

describe('disclaimer.emergency (ADV-EMERG)', () => {
  it('hints when advice names red-flag symptoms without pointing to emergency help', () => {
    const [f] = emergency(STROKE);
    expect(f?.severity).toBe('info');
    expect(f?.category).toBe('disclaimer');
    expect(f?.start).toBe(STROKE.length);
    const fixed = applyFix(STROKE, f!.fixes[0]!);
    expect(fixed).toBe(`${STROKE} ${EMERGENCY_LINE}`);
    expect(emergency(fixed)).toEqual([]);
  });

  it('hints on a disclaimed post about a mental-health crisis, even without urgency words', () => {
    const text = 'Depression is common after a heart attack. Watch for suicidal thoughts and tell your doctor about low mood. Not medical advice.';
    const [f] = emergency(text);
    expect(f?.ruleId).toBe('disclaimer.emergency');
    expect(emergency(applyFix(text, f!.fixes[0]!))).toEqual([]);
  });

  it('stays quiet on a disclaimed teaching post that only names a red flag, without urgency', () => {
    expect(emergency('Chest pain with exertion deserves a stress test or a cardiology visit. General information only, not medical advice.')).toEqual([]);
  });

  it.each([
    `${STROKE} Call 911.`,
    'Chest pain that spreads to the arm or jaw is never something to wait out: go to the ER.',
    'If you are thinking about suicide, call or text 988. You matter.',
  ])('stays quiet when the post already escalates: %s', (text) => {
    expect(emergency(text)).toEqual([]);
  });

  it('stays quiet on a story that is not advice, and on negated symptoms', () => {
    expect(emergency('Saw my old attending today. He still tells the story of the night the chest pain pager went off nine times.')).toEqual([]);
    expect(emergency('Most reflux causes burning after meals with no chest pain on exertion. Antacids and smaller dinners help most people.')).toEqual([]);
  });
});

describe('the emergency line rides on the missing-disclaimer fix', () => {
  const disclaimerFindings = (text: string) => analyze(text).findings.filter((f) => f.category === 'disclaimer');

  it('adds the line to call to "Add disclaimer" and reports one disclaimer finding, not two', () => {
    const text = 'Stroke signs: a drooping face, arm weakness, slurred speech. Minutes matter, so act fast.';
    const found = disclaimerFindings(text);
    expect(found.map((f) => f.ruleId)).toEqual(['disclaimer.missing']);
    const fixed = applyFix(text, found[0]!.fixes[0]!);
    expect(fixed).toContain('911');
    expect(disclaimerFindings(fixed)).toEqual([]);
  });

  it('adds 988 for a mental-health crisis when the disclaimer only names 911', () => {
    const text = 'After a heart attack, depression is common. Watch for suicidal thoughts and tell your doctor about low mood.';
    const [f] = disclaimerFindings(text);
    expect(f?.ruleId).toBe('disclaimer.missing');
    const fixed = applyFix(text, f!.fixes[0]!);
    expect(fixed.endsWith(CRISIS_LINE)).toBe(true);
    expect(disclaimerFindings(fixed)).toEqual([]);
  });

  it('leaves the disclaimer alone when no red flag is named', () => {
    const text = 'Most ankle sprains heal in 4 to 6 weeks. Ice, compress, elevate.';
    const [f] = disclaimerFindings(text);
    expect(f?.fixes[0]?.edits[0]?.text).not.toContain('988');
  });

  it('drops the emergency line before the disclaimer when space is short', () => {
    const text = `${'Stroke signs: a drooping face, arm weakness, slurred speech. Act fast. '.repeat(3)}Spread the word!`.slice(0, 262);
    const [f] = analyze(text, { platform: 'x' }).findings.filter((x) => x.category === 'disclaimer');
    expect(f?.fixes[0]?.edits[0]?.text.trim()).toBe('Not medical advice.');
  });
});
