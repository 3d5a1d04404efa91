import { describe, expect, it } from 'vitest';
import { names, redact } from './testing.js';

describe('a patient’s or relative’s employer', () => {
  it.each([
    ['Her husband is a teacher at Lincoln High and missed her surgery.', ['Lincoln High']],
    ['Our patient works at Bayview Logistics and needs a note after his surgery.', ['Bayview Logistics']],
    ['She’s a cashier at Dollar General and can’t afford to miss a shift for dialysis.', ['Dollar General']],
    ['A welder from Marlow Sheet Metal Works came to clinic with metal fume fever.', ['Marlow Sheet Metal Works']],
    ['The patient, a line cook at Rosie’s Diner, burned both hands on the fryer.', ['Rosie’s Diner']],
    ['His boss at Kessler & Sons called the ED asking about his injury.', ['Kessler & Sons']],
    ['He was employed by Northside Trucking until his back surgery.', ['Northside Trucking']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('is redacted as “their employer”', () => {
    const text = 'Our patient works at Bayview Logistics and needs a note after his surgery.';
    expect(redact(text, 'Bayview Logistics')).toEqual({
      label: 'Redact “Bayview Logistics”',
      fixed: 'Our patient works at their employer and needs a note after his surgery.',
    });
  });
});

describe('work places that are not a patient’s employer', () => {
  it.each([
    'My wife works at Target, so I know how hard retail shifts are after surgery.',
    'I worked at Rush for 12 years before joining this clinic.',
    'I was employed by Mercy Health for ten years before opening my own clinic.',
    'We work at Riverside Clinic and love our patients.',
    'A nurse from Toledo asked a great question about insulin pumps.',
    'A teacher at Lincoln High asked me to talk to students about vaping.',
    'A teacher at Lincoln High asked me to talk to students about vaping and asthma.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
