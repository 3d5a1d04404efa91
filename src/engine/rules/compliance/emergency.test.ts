import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import { EMERGENCY_LINE } from './emergency.js';

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

  it('flags suicidal thoughts in general advice too', () => {
    expect(emergency('Depression is common after a heart attack. Watch for suicidal thoughts and tell your doctor about low mood.')).toHaveLength(1);
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
