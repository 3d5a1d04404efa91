import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { accuracy, accuracyTable, redactedSpans, replacementTokens, scorePhi, type LabelledDraft, type Redactor } from './accuracy.js';

const { SyncRedactor } = createRequire(import.meta.url)('redact-pii') as { SyncRedactor: new () => Redactor };
const TOKENS = ['PERSON_NAME', 'PHONE_NUMBER', 'EMAIL_ADDRESS'];

describe('redactedSpans', () => {
  it('finds the stretch each token replaced, at the start, in the middle and at the end', () => {
    const text = 'Ann called 555-123-4567 for Bob';
    expect(redactedSpans(text, 'PERSON_NAME called PHONE_NUMBER for PERSON_NAME', TOKENS))
      .toEqual([{ start: 0, end: 3 }, { start: 11, end: 23 }, { start: 28, end: 31 }]);
  });

  it('keeps text that only looks like a pattern character as it is', () => {
    expect(redactedSpans('Cost (approx.) $5? Ask Ann.', 'Cost (approx.) $5? Ask PERSON_NAME.', TOKENS)).toEqual([{ start: 23, end: 26 }]);
  });

  it('finds nothing in a text redact-pii left alone', () => {
    expect(redactedSpans('Sleep is medicine.', 'Sleep is medicine.', TOKENS)).toEqual([]);
  });

  it('refuses a redacted text that does not line up with the original', () => {
    expect(() => redactedSpans('Call Ann today', 'Phone PERSON_NAME today', TOKENS)).toThrow(/does not line up/);
  });

  it('reads what the real redact-pii replaced', () => {
    const redactor = new SyncRedactor();
    const text = 'Email jane.doe@example.com or call 555-123-4567, Maria.';
    const spans = redactedSpans(text, redactor.redact(text), replacementTokens(redactor));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['jane.doe@example.com', '555-123-4567', 'Maria']);
  });
});

describe('replacementTokens', () => {
  it("reads redact-pii's replacement words from its redactors", () => {
    expect(replacementTokens(new SyncRedactor())).toEqual(expect.arrayContaining(['PERSON_NAME', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'DIGITS']));
  });

  it('says so when the redactor has none to read', () => {
    expect(() => replacementTokens({ redact: (t) => t })).toThrow(/childRedactors/);
  });
});

const draft = (id: string, text: string, phi: LabelledDraft['phi']): LabelledDraft => ({ id, platform: 'generic', text, phi });

describe('scorePhi', () => {
  const drafts = [
    draft('a', 'Harold Jenkins, 94, MRN 4839201', [{ start: 0, end: 14, type: 'NAME' }, { start: 20, end: 31, type: 'MRN' }]),
    draft('b', 'Flu shots are in.', []),
    draft('c', 'Wash your hands.', []),
  ];

  it('counts a gold span found when a finding overlaps it, and a finding correct when it overlaps a gold span', () => {
    const found = (d: LabelledDraft) => (d.id === 'a' ? [{ start: 7, end: 10 }, { start: 16, end: 18 }] : d.id === 'c' ? [{ start: 0, end: 4 }] : []);
    expect(scorePhi(drafts, found)).toEqual({
      recall: 0.5, precision: 1 / 3, cleanFlagged: 1, cleanDrafts: 2,
      byType: { NAME: { found: 1, of: 1 }, MRN: { found: 0, of: 1 } },
    });
  });
});

describe('accuracy', () => {
  const drafts = [
    draft('p1', 'My patient Harold Jenkins called from 555-201-8890 about his results.', [
      { start: 11, end: 25, type: 'NAME' }, { start: 38, end: 50, type: 'PHONE' },
    ]),
    draft('p2', 'Sleep is medicine: seven hours or more for adults.', []),
  ];

  it('scores both tools on the same drafts and prints them side by side', () => {
    const a = accuracy(drafts, new SyncRedactor());
    expect(a).toMatchObject({ drafts: 2, spans: 2 });
    expect(a.safepost.byType).toEqual({ NAME: { found: 1, of: 1 }, PHONE: { found: 1, of: 1 } });
    expect(a.redactPii.byType.PHONE).toEqual({ found: 1, of: 1 });
    const table = accuracyTable(a, 'two drafts').join('\n');
    expect(table).toMatch(/^PHI found on the labelled drafts \(two drafts: 2 drafts, 2 PHI spans/);
    expect(table).toMatch(/\n {2}SafePost\s+100\.0%\s+100\.0%\s+0 of 1\n/);
    expect(table).toMatch(/\n {4}PHONE\s+1\/1\s+1\/1/);
  });

  it("names the draft, not its text, when redact-pii's output cannot be read", () => {
    const garbling: Redactor & { childRedactors: unknown[] } = { childRedactors: [{ replaceWith: 'PERSON_NAME' }], redact: () => 'PERSON_NAME was here' };
    expect(() => accuracy([draft('d9', 'Harold Jenkins', [])], garbling)).toThrow(/^d9: the redacted text does not line up/);
  });
});
