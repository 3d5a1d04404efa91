import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import { PORTAL_REDIRECT } from './professionalism.js';

const byRule = (text: string, ruleId: string) => analyze(text).findings.filter((f) => f.ruleId === ruleId);

describe('professionalism.disparaging (PRO-DISPARAGE)', () => {
  it.each([
    ['Three frequent flyers before noon, and one of them brought a pillow.', 'frequent flyers', 'patients who visit often'],
    ['Classic drug seeker: allergic to everything except the one thing.', 'drug seeker', 'patient'],
    ['The gomer in room 9 pulled his IV again.', 'gomer', 'patient'],
    ['Top five clinic icks, a thread.', 'icks', 'pet peeves'],
  ])('flags "%s" and offers a neutral word', (text, term, neutral) => {
    const [f] = byRule(text, 'professionalism.disparaging');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(term);
    expect(f!.fixes[0]!.label).toBe(`Replace “${term}” with “${neutral}”`);
    expect(byRule(applyFix(text, f!.fixes[0]!), 'professionalism.disparaging')).toEqual([]);
  });

  it('flags insults when the post is about a patient, and removes them', () => {
    const text = 'This noncompliant patient is an idiot who skipped dialysis again.';
    const [f] = byRule(text, 'professionalism.disparaging');
    expect(text.slice(f!.start, f!.end)).toBe('idiot');
    expect(byRule(applyFix(text, f!.fixes[0]!), 'professionalism.disparaging')).toEqual([]);
  });

  it('warns when no one is identified and blocks when the post also carries an identifier', () => {
    expect(byRule('Our favourite frequent flyer is back tonight.', 'professionalism.disparaging')[0]?.severity).toBe('warn');
    expect(byRule('Frequent flyer back again tonight, MRN 88123456, same complaint.', 'professionalism.disparaging')[0]?.severity).toBe('block');
  });

  it.each([
    'Nonadherence is common because pills cost money and side effects are real.',
    'Please retire the term "frequent flyer": these are patients with unmet needs.',
    'Stop calling people drug seekers when they are in pain.',
    'Nobody is a "drug seeker." People in pain deserve to be believed first.',
    'I was an idiot to forget my umbrella today.',
    'The trade deal was a train wreck from the start.',
  ])('does not flag neutral terms, criticism of the words, or insults not about patients: %s', (text) => {
    expect(byRule(text, 'professionalism.disparaging')).toEqual([]);
  });
});

describe('professionalism.boundary (PRO-BOUNDARY)', () => {
  it.each(['DM me your labs and I will take a look.', 'Send me a pic of the rash tonight.', 'Message me for a prescription refill.'])(
    'flags care over social media: %s',
    (text) => {
      const [f] = byRule(text, 'professionalism.boundary');
      expect(f?.category).toBe('professionalism');
      const fixed = applyFix(text, f!.fixes[0]!);
      expect(fixed).toContain(PORTAL_REDIRECT);
      expect(byRule(fixed, 'professionalism.boundary')).toEqual([]);
    },
  );

  it.each(['Happy to share our protocol. DM me.', 'Please contact our office or use the patient portal for results.', 'Never DM me your labs; use the portal.'])(
    'does not flag: %s',
    (text) => {
      expect(byRule(text, 'professionalism.boundary')).toEqual([]);
    },
  );
});
