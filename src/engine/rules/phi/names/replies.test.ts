import { describe, expect, it } from 'vitest';
import { names, redact } from './testing.js';

describe('names addressed in a reply about the person’s care', () => {
  it.each([
    ['Hi Margaret, we’re sorry your appointment was rescheduled twice.', 'Margaret', 'Hi, we’re sorry your appointment was rescheduled twice.'],
    ['Thank you for the review, Patricia! We loved seeing you at your checkup.', 'Patricia', 'Thank you for the review! We loved seeing you at your checkup.'],
    ['Aw, thank you Rosa! Your knee looks great at your follow-up.', 'Rosa', 'Aw, thank you! Your knee looks great at your follow-up.'],
    ['Gregory, we hear you, and we are sorry about the wait at your visit.', 'Gregory', 'We hear you, and we are sorry about the wait at your visit.'],
    ['Welcome back, Frank! Great to see you at your follow-up.', 'Frank', 'Welcome back! Great to see you at your follow-up.'],
    ['Jim - so glad your hip replacement went well! See you at your follow-up.', 'Jim', 'So glad your hip replacement went well! See you at your follow-up.'],
    ['Congratulations on your discharge, Beatriz! We will miss you.', 'Beatriz', 'Congratulations on your discharge! We will miss you.'],
    ['Happy 100th birthday, Ethel! It has been an honor being your doctor for 30 years.', 'Ethel', 'Happy 100th birthday! It has been an honor being your doctor for 30 years.'],
  ])('%s', (text, name, fixed) => {
    expect(names(text)).toEqual([name]);
    expect(redact(text, name).fixed).toBe(fixed);
  });
});

describe('people addressed outside any care relationship', () => {
  it.each([
    'Hi Sarah, thanks for the invite to speak at your conference! See you there.',
    'Congratulations, Priya, on your new role as program director!',
    'Thanks for the great question, Marcus! Statins are safe for most adults.',
    'Dear Abby, what a lovely column this week.',
    'Welcome to the team, Jessica! Our patients are lucky to have you.',
    'Hi Jenny, sorry about your diagnosis. You should ask your doctor about physical therapy.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a first name closing a sentence said to the person about their care', () => {
  it.each([
    ['Our records show you were last seen in 2023, Desiree. We would be glad to book you again.', 'Desiree', 'Our records show you were last seen in 2023. We would be glad to book you again.'],
    ['So glad your stitches came out cleanly at your follow-up, Harold!', 'Harold', 'So glad your stitches came out cleanly at your follow-up!'],
    ['We looked into the charge on your account, Yvonne. It has been refunded.', 'Yvonne', 'We looked into the charge on your account. It has been refunded.'],
    ['Hope your recovery keeps going this well, Cornelia 😊', 'Cornelia', 'Hope your recovery keeps going this well 😊'],
  ])('%s', (text, name, fixed) => {
    expect(names(text)).toEqual([name]);
    const result = redact(text, name).fixed;
    expect(result).toBe(fixed);
    expect(names(result)).toEqual([]);
  });

  it.each([
    'Thanks for your review, everyone. See you soon, friends.',
    'We are sorry about the wait at your visit. Our nurse this morning was Dr. Lee.',
    'Your visit matters to us. Thanks for covering the clinic on Friday, Dr. Patel.',
    'See you at your follow-up. We discussed the new schedule at grand rounds, Priya.',
    'Flu shots are in, Gloria. Book online anytime.',
    'Thanks for the kind words about your visit! We will share them with our front desk lead, Sandra.',
    'Sorry about the wait at your appointment. Please call our office manager, Denise.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
