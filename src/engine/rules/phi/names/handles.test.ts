import { describe, expect, it } from 'vitest';
import { handles, redact } from './testing.js';

describe('a patient’s handle', () => {
  it.each([
    ['@jane great seeing you in clinic! Keep up the stretches at your follow-up.', ['@jane']],
    ['@grandpa_joe_77 thank you for letting us care for you after your bypass surgery.', ['@grandpa_joe_77']],
    ['So proud of my patient @runner_rosa who finished chemo today!', ['@runner_rosa']],
    ['Post-op day 3 selfie with the bravest 7-year-old I know, @lil.miss.ava (her dad said I could tag her)', ['@lil.miss.ava']],
    ['Congrats to @marathon_mo on her first race since her ACL reconstruction!', ['@marathon_mo']],
    ['Thanks so much @linda.b for the kind review! It was a pleasure to do your knee replacement.', ['@linda.b']],
  ])('%s', (text, expected) => {
    expect(handles(text)).toEqual(expected);
  });

  it('is removed with one space', () => {
    expect(redact('@jane great seeing you at your visit!', '@jane')).toEqual({
      label: 'Remove “@jane”', fixed: 'great seeing you at your visit!',
    });
  });
});

describe('handles of colleagues, organisations and the public', () => {
  it.each([
    'Follow @CDCgov and @NEJM for the latest measles updates.',
    'Great talk by @drsmith on sepsis care at the conference today.',
    '@DrNinaPatel can you call my patient back about her biopsy?',
    'Thanks @AcmeHealth for sponsoring our 5K for cancer research.',
    'Thanks @LumaSleepCo for sending me the new sleep mask!',
    'cc @JAMA_current @TheLancet interesting paper on sepsis in the ICU.',
    'Thanks @MayoClinic and @US_FDA for the clear guidance on recalls.',
    '@sam you should ask your doctor whether a statin makes sense for you.',
    '@mike123 sorry to hear about your back pain, you should see a doctor in person.',
    'Email me at jane.doe@example.com about the clinic schedule.',
  ])('%s', (text) => {
    expect(handles(text)).toEqual([]);
  });
});
