import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import { applyFix } from '../../../context.js';
import { redact } from './testing.js';

const nameFindings = (text: string, ownNames: string[] = []) =>
  analyze(text, { settings: { ownNames } }).findings.filter((f) => f.ruleId.startsWith('phi.name') || f.ruleId === 'phi.handle');

describe('redacting a name', () => {
  it.each([
    ['So proud of Gwen Albright: six months after her transplant she ran a 10K.', 'Gwen Albright',
      'So proud of a patient: six months after her transplant she ran a 10K.'],
    ['Devon Price, 52M, presented with crushing chest pain.', 'Devon Price',
      'A patient, 52M, presented with crushing chest pain.'],
    ['I made a recording of Mr. Haddad in clinic today.', 'Haddad', 'I made a recording of a patient in clinic today.'],
    ['My patient Samuel Ortiz asked me to share his story.', 'Samuel Ortiz', 'My patient asked me to share his story.'],
    ['His daughter Linda wants everything done.', 'Linda', 'His daughter wants everything done.'],
    ['Her husband, Tom, drove four hours to her bedside.', 'Tom', 'Her husband drove four hours to her bedside.'],
    ['One of my patients, Wendell Brooks, a retired welder, brought donuts.', 'Wendell Brooks', 'One of my patients, a retired welder, brought donuts.'],
    ['Maria’s MRI finally showed the lesion.', 'Maria', 'A patient’s MRI finally showed the lesion.'],
    ['Still thinking about T.W., my patient who coded on the floor.', 'T.W.', 'Still thinking about my patient who coded on the floor.'],
    ['A patient named Carlos Mendoza left before his CT.', 'Carlos Mendoza', 'A patient left before his CT.'],
    ['Prayers for little Emma Rodriguez, who is fighting leukemia.', 'Emma Rodriguez', 'Prayers for a patient, who is fighting leukemia.'],
    ['Grandpa Walt (87) beat COVID today!', 'Walt', 'A patient (87) beat COVID today!'],
    ['Hi Karen, we’re sorry about your wait.', 'Karen', 'Hi, we’re sorry about your wait.'],
  ])('%s', (text, name, fixed) => {
    const r = redact(text, name);
    expect(r.label).toBe(`Redact “${name}”`);
    expect(r.fixed).toBe(fixed);
  });

  it('names a relative “a family member” where no relation word stands beside the name', () => {
    const text = 'Her niece Jenna asked me for updates. I told Jenna the surgery went well.';
    expect(redact(text, 'Jenna').fixed).toBe('Her niece asked me for updates. I told a family member the surgery went well.');
  });

  it('takes every mention of the person out with one click', () => {
    const text = 'Bobby Ray Collins caught his arm in a PTO shaft. By the time Bobby reached the ED he still had a pulse.';
    const { fixed } = redact(text, 'Bobby Ray Collins');
    expect(fixed).toBe('A patient caught his arm in a PTO shaft. By the time a patient reached the ED he still had a pulse.');
  });

  it('leaves nothing to report once every fix is applied', () => {
    const drafts = [
      'Hi Margaret, we’re sorry your appointment was rescheduled twice.',
      'Our patient Wendell Brooks works at Bayview Logistics and needs a note after his surgery.',
      '@jane great seeing you at your visit! Her husband, Tom, says hi.',
      'His son Tyler put on the tourniquet.\n\nTyler, you are a hero. Mrs. Okonedo in bed 7 agrees.',
    ];
    for (const draft of drafts) {
      let text = draft;
      for (let i = 0; i < 10; i++) {
        const f = nameFindings(text)[0];
        if (!f?.fixes[0]) break;
        text = applyFix(text, f.fixes[0]);
      }
      expect(nameFindings(text)).toEqual([]);
      expect(text).not.toBe(draft);
    }
  });
});

describe('through analyze()', () => {
  it('reports a block NAME finding at the original offsets, emoji and invisible characters included', () => {
    const text = '💙 So proud of Ma\u200Bria Lopez: 3 months after her CABG she walked a 5K.';
    const [f] = nameFindings(text);
    expect(f).toMatchObject({ ruleId: 'phi.name', category: 'phi', severity: 'block', phiType: 'NAME' });
    expect(text.slice(f?.start, f?.end)).toBe('Ma\u200Bria Lopez');
  });

  it('never reports the user’s own name', () => {
    const text = 'Patient Priya Raman asked about statins. — Priya Raman';
    expect(nameFindings(text)).toHaveLength(1);
    expect(nameFindings(text, ['Priya Raman'])).toEqual([]);
  });

  it('can be switched off by rule id', () => {
    const text = 'My patient Samuel Ortiz asked me to share his story.';
    const off = analyze(text, { settings: { rules: { 'phi.name': { enabled: false } } } });
    expect(off.findings.filter((f) => f.ruleId.startsWith('phi.name'))).toEqual([]);
  });
});
