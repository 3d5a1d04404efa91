import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToTab, checkToWorker, quotedName, toTabGuards, toWorkerGuards } from '../../src/shared/guards.js';

// A refused message's error reaches a console, a toast or a bug report; it must name the field and the
// problem, never repeat what the sender put in it (a content script's payload is a draft).
const NAME = 'Philomena Quarterbridge';
const DRAFT = `My patient ${NAME}, DOB 07/22/1958, MRN 48213977.`;
const SECRETS = ['Quarterbridge', '07/22/1958', '48213977'];

function expectNoEcho(error: string): void {
  for (const secret of SECRETS) expect(error, error).not.toContain(secret);
}

// Every way to put the draft where a guard looks: as a value of the wrong type, as an unknown field's
// name or value, and nested inside otherwise valid shapes.
const hostile: unknown[] = [
  DRAFT, [DRAFT], { [DRAFT]: 1 }, { text: { draft: DRAFT } }, { text: DRAFT, platform: DRAFT },
  { text: DRAFT, platform: 'x', [NAME]: DRAFT }, { fix: { label: DRAFT, edits: [{ start: DRAFT, end: 0, text: DRAFT }] } },
  { fix: { label: 'Redact', edits: DRAFT } }, { id: [DRAFT] }, { json: 42, apply: DRAFT }, { settings: DRAFT }, { snippet: { body: DRAFT } },
];

describe('a malformed payload holding a draft', () => {
  const worker = Object.keys(toWorkerGuards) as (keyof typeof toWorkerGuards)[];
  const tab = Object.keys(toTabGuards) as (keyof typeof toTabGuards)[];

  it.each(worker)('"%s" refuses it without repeating it', (type) => {
    let refused = 0;
    for (const payload of hostile) {
      const answer = checkToWorker(type, payload);
      if (answer.ok) continue;
      refused++;
      expect(answer.error).toContain(`"${type}" was refused`);
      expectNoEcho(answer.error);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it.each(tab)('"%s" (to a tab) refuses it without repeating it', (type) => {
    for (const payload of hostile) {
      const answer = checkToTab(type, payload);
      if (!answer.ok) expectNoEcho(answer.error);
    }
  });

  it('no random field name a page could choose comes back in an error unless it has a protocol name\'s shape', () => {
    // Keys of three characters or more: shorter ones occur in the error's own words by chance.
    const key = fc.string({ minLength: 3, maxLength: 60 }).filter((k) => !/^[a-z][A-Za-z0-9_.-]{0,39}$/.test(k) && k.trim().length >= 3);
    fc.assert(fc.property(key, (k) => {
      const answer = checkToWorker('check', { text: 'hi', platform: 'x', [k]: 1 });
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error).not.toContain(k);
    }), { numRuns: 300 });
  });
});

describe('quotedName', () => {
  it('quotes protocol-shaped names and hides anything else', () => {
    expect(quotedName('extra')).toBe('"extra"');
    expect(quotedName('admin.reset')).toBe('"admin.reset"');
    for (const name of [NAME, '07/22/1958', 'MRN 48213977', 'Quarterbridge', '', 'a'.repeat(41)]) {
      expect(quotedName(name)).not.toContain(name || '""');
    }
  });
});
