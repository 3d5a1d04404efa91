import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';

const images = (text: string) => analyze(text).findings.filter((f) => f.category === 'patient-image');

describe('IMG-PATIENT without a picture word: the text points at a patient\'s body', () => {
  it.each([
    ['a wound with a pointing emoji', "Here's the burn on my patient's forearm, week 2 \u{1F447} the graft took beautifully.", 'burn'],
    ['a lesion to zoom in on', 'Zoom in on the lesion: see that irregular border? Biopsy came back early-stage.', 'lesion'],
    ['a rash in a carousel slide', 'Classic shingles. The rash in the third slide follows a single dermatome.', 'in the third slide'],
    ['a progress comparison', 'Her incision, day 2 vs day 14. Proud of how well she followed the wound care plan.', 'day 2 vs day 14'],
    ['a look at his ulcer', 'Take a look at his ulcer after six weeks of offloading \u2B07\uFE0F', 'ulcer'],
    ["a patient's knee", "Check out my patient's knee three weeks after the replacement, full extension already!", 'knee'],
    ['slide numbers', 'Slide 2 shows the abscess before drainage, slide 3 after.', 'Slide 2'],
    ['a course day with a pointing emoji', 'Post-op day 4 \u{1F447} her sutures are ready to come out.', 'sutures'],
    ['whose it is in the next sentence', 'Check out these blisters. Week 1 of his chemo and already this bad.', 'blisters'],
    ['progress pictures', 'Progress pics of her pressure ulcer at week six, the nurses did amazing work.', 'pics'],
    ['stitches with "above"', 'Look at those stitches above, the kid did not even flinch.', 'stitches'],
  ])('blocks %s', (_label, text, word) => {
    const [f] = images(text);
    expect(f).toBeDefined();
    expect(f!.ruleId).toBe('image.patient');
    expect(f!.severity).toBe('block');
    expect(text.slice(f!.start, f!.end).toLowerCase()).toBe(word.toLowerCase());
  });

  it.each([
    ['a guideline', "Here's the guideline for managing a rash in a febrile child \u{1F447}"],
    ['a chart of rates', 'Look at this chart of vaccination rates below, the trend is clear.'],
    ['burn statistics', 'Look at these burn rates above: fireworks season is no joke.'],
    ['a textbook figure', 'Look at the rash in figure 3 of the textbook, the classic slapped-cheek look.'],
    ['the author\'s own sunburn', "Here's my sunburn from the weekend \u{1F447} do as I say, not as I do."],
    ['a drawing', 'Here is a drawing of the lesion pattern below, so you know what to watch for.'],
    ['a topic, not a body', 'Check out the wound care workshop below, registration closes Friday.'],
    ['a painted lesion', 'Check out this ulcer we painted for the moulage workshop \u{1F447} looks real, right?'],
    ['care tips over a course', 'Blister care tips from day 1 to day 7, saved for your next hike \u{1F447}'],
    ['what a rash looks like', 'What the rash looks like in week 1 vs week 2 of chickenpox, for worried parents.'],
    ['a webinar slide', 'Slide 5 of tonight\u2019s webinar covers burn first aid at home.'],
    ['a checklist', "Here's the back-to-school checklist \u{1F447} day 1 is Monday!"],
    ['a finding as a topic, then a new subject', 'Look at any new mole. Her advice: see a doctor within a month.'],
    ['a lecture slide', 'The rash in the second slide of my lecture is from a public teaching atlas.'],
    ['a family member', "Look at my son's bruise from soccer \u{1F447} kids bounce back fast."],
    ['progress with no body', 'Day 1 vs day 30 of our clinic garden project, look how it grew!'],
    ['my own progress pictures', 'My progress pics from six months of lifting, consistency wins.'],
    ['advice on what to look for', 'Look at any mole that changes shape and get it checked.'],
  ])('stays quiet on %s', (_label, text) => {
    expect(images(text)).toEqual([]);
  });

  it('finishes on large hostile input and returns offsets inside it', () => {
    const shapes = [
      "here's the rash ".repeat(12_000),
      'look at '.repeat(25_000),
      'day 1 vs day 2 '.repeat(14_000),
      `${'9'.repeat(100_000)}@/.${'x'.repeat(100_000)}`,
      'in the second slide rash '.repeat(8_000),
      "check out my patient's ".repeat(9_000) + 'knee',
    ];
    for (const text of shapes) {
      for (const f of images(text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.end).toBeGreaterThan(f.start);
      }
    }
  });
});
