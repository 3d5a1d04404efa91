// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../shared/policy/merge.js';
import type { ManagedPolicy } from '../../shared/policy/schema.js';
import type { SettingsView } from '../../shared/protocol.js';
import { defaultSettings } from '../../shared/settings/schema.js';
import { Disclaimers } from './Disclaimers.js';
import { Rules } from './Rules.js';
import { Sites } from './Sites.js';

function viewWith(policy: ManagedPolicy): SettingsView {
  const settings = defaultSettings();
  settings.engine.rules = { 'phi.date': { enabled: false } };
  settings.disabledPlatforms = ['x', 'reddit'];
  const { settings: effective, locked } = applyPolicy(settings, policy);
  return { settings, effective, locked, storageArea: 'sync', repaired: [], organisation: policy };
}

function mount(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  render(node, host);
  return host;
}

const noop = () => undefined;

describe('what the organisation locked, on the options page', () => {
  it('disables a locked rule, shows the organisation’s value and says who set it', () => {
    const view = viewWith({ LockedRules: { 'phi.date': { enabled: true, severity: 'block' } } });
    const host = mount(<Rules settings={view.settings} view={view} update={noop} />);
    const row = [...host.querySelectorAll('tr')].find((r) => r.textContent?.includes('Dates tied to a patient'));
    const box = row?.querySelector('input[type=checkbox]') as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(true);
    expect((row?.querySelector('select') as HTMLSelectElement).value).toBe('block');
    expect(row?.textContent).toContain('Set by your organisation');
    const free = [...host.querySelectorAll('tr')].find((r) => r.textContent?.includes('Guaranteed or misleading claims'));
    expect((free?.querySelector('input[type=checkbox]') as HTMLInputElement).disabled).toBe(false);
  });

  it('keeps an always-on site switched on and unchangeable, other sites as the user set them', () => {
    const view = viewWith({ AlwaysOnSites: ['x'] });
    const host = mount(<Sites settings={view.settings} view={view} update={noop} />);
    const item = (name: string) => [...host.querySelectorAll('li')].find((li) => li.textContent?.startsWith(name));
    const x = item('X')?.querySelector('input') as HTMLInputElement;
    expect([x.checked, x.disabled]).toEqual([true, true]);
    const reddit = item('Reddit')?.querySelector('input') as HTMLInputElement;
    expect([reddit.checked, reddit.disabled]).toEqual([false, false]);
  });

  it('shows the mandatory disclaimer and locks the per-site boxes', () => {
    const view = viewWith({ MandatoryDisclaimer: 'Views are my own; not medical advice.' });
    const host = mount(<Disclaimers settings={view.settings} view={view} update={noop} />);
    expect(host.textContent).toContain('Views are my own; not medical advice.');
    const boxes = [...host.querySelectorAll('textarea')];
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((t) => t.disabled)).toBe(true);
  });
});
