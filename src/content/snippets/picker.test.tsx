// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../engine/types.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import type { Editor } from '../editors/types.js';
import { openPicker, type PickerDeps } from './mount.js';

const snippet = (id: string, title: string, body: string, short?: string): Snippet => ({
  id, title, shortcut: id, body, ...(short ? { short } : {}), tags: [], origin: 'user', updatedAt: 0,
});
const LIB = [
  snippet('flu', 'Flu shots', 'Flu shots now. {disclaimer}', 'Flu shots!'),
  snippet('clinic', 'Clinic hours', 'Open at {{place}} this week.'),
];
const nameFinding: Finding = { ruleId: 'phi.name', category: 'phi', severity: 'block', start: 8, end: 22, phiType: 'NAME', message: 'This looks like a patient’s name.', fixes: [] };

function fakeEditor() {
  const inserted: string[] = [];
  const replaced: Array<[number, number, string]> = [];
  const element = document.createElement('div');
  element.tabIndex = 0;
  document.body.append(element);
  const editor: Editor = {
    kind: 'contenteditable', element, readText: () => '', rangeFor: () => null, selection: () => ({ start: 0, end: 0 }),
    replace: async (s, e, t) => { replaced.push([s, e, t]); return true; },
    insertAtCursor: async (t) => { inserted.push(t); return true; },
    append: async () => true,
  };
  return { editor, inserted, replaced };
}

function deps(flag = false): PickerDeps & { check: ReturnType<typeof vi.fn> } {
  const check = vi.fn(async (text: string): Promise<Report> => ({
    findings: flag ? [nameFinding] : [], state: flag ? 'block' : 'clean', platform: 'facebook', length: { used: text.length, limit: 63206 },
  }));
  return { platform: 'facebook', disclaimer: 'Not medical advice.', check, snippets: async () => LIB };
}

const shadow = () => document.querySelector('safepost-picker')?.shadowRoot ?? null;
const settle = () => new Promise((r) => setTimeout(r, 20));
async function until(fn: () => boolean) {
  for (let i = 0; i < 100 && !fn(); i++) await settle();
}
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function key(target: Element, k: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}

describe('in-page snippet picker', () => {
  it('searches, chooses with the keyboard, checks and inserts the filled text, then closes', async () => {
    const { editor, inserted } = fakeEditor();
    const d = deps();
    await openPicker(document, editor, d);
    await settle();
    const input = shadow()?.querySelector('input[type=search]') as HTMLInputElement;
    type(input, 'flu');
    await settle();
    key(input, 'Enter');
    await until(() => inserted.length > 0);
    expect(inserted).toEqual(['Flu shots now. Not medical advice.']);
    expect(d.check).toHaveBeenCalledWith('Flu shots now. Not medical advice.', 'facebook');
    expect(document.querySelector('safepost-picker')).toBeNull();
  });

  it('asks for fill-in fields, then holds back a text the engine flags until the user agrees', async () => {
    const { editor, inserted } = fakeEditor();
    await openPicker(document, editor, deps(true));
    await settle();
    const input = shadow()?.querySelector('input[type=search]') as HTMLInputElement;
    type(input, 'clinic');
    await settle();
    key(input, 'Enter');
    await until(() => !!shadow()?.querySelector('#sp-field-0'));
    const field = shadow()?.querySelector('#sp-field-0') as HTMLInputElement;
    type(field, 'the home of Maria Gonzalez');
    await settle();
    (shadow()?.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => !!shadow()?.textContent?.includes('may identify a patient'));
    expect(shadow()?.textContent).toContain('This looks like a patient’s name.');
    expect(inserted).toEqual([]);
    const anyway = [...(shadow()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Insert anyway') as HTMLButtonElement;
    anyway.click();
    await until(() => inserted.length > 0);
    expect(inserted).toEqual(['Open at the home of Maria Gonzalez this week.']);
  });

  it('replaces a typed shortcut with the short form on a site with a small limit', async () => {
    const { editor, replaced } = fakeEditor();
    await openPicker(document, editor, { ...deps(), platform: 'x' }, LIB[0], { start: 10, end: 14 });
    await until(() => replaced.length > 0);
    expect(replaced).toEqual([[10, 14, 'Flu shots!']]);
  });

  it('closes on Escape and gives focus back to the compose box', async () => {
    const { editor, inserted } = fakeEditor();
    await openPicker(document, editor, deps());
    await settle();
    key(shadow()?.querySelector('input') as HTMLInputElement, 'Escape');
    await settle();
    expect(document.querySelector('safepost-picker')).toBeNull();
    expect(document.activeElement).toBe(editor.element);
    expect(inserted).toEqual([]);
  });
});
