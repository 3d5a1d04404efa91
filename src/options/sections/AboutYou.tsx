import type { SectionProps } from '../Options.js';
import { linesToList, listToLines } from '../lists.js';

type ListKey = 'ownNames' | 'practiceDetails' | 'blockedTerms' | 'conflicts';

const LISTS: Array<{ key: ListKey; label: string; help: string; org?: 'PracticeDetails' | 'BlockedTerms' | 'Conflicts' }> = [
  { key: 'ownNames', label: 'Your names and handles', help: 'Never reported as a patient’s name: e.g. “Priya Raman”, “@drraman”. One per line.' },
  { key: 'practiceDetails', label: 'Your practice’s published details', help: 'Practice name, public phone line, address, web site: never reported as patient information. One per line.', org: 'PracticeDetails' },
  { key: 'conflicts', label: 'Companies you have a relationship with', help: 'Posts naming them need a disclosure. One per line.', org: 'Conflicts' },
  { key: 'blockedTerms', label: 'Terms you never want to post', help: 'One per line.', org: 'BlockedTerms' },
];

export function AboutYou({ settings, view, update }: SectionProps) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">You and your practice</h2>
      <div class="grid2">
        {LISTS.map(({ key, label, help, org }) => {
          const fromOrg = org ? view.organisation?.[org] ?? [] : [];
          return (
            <div key={key}>
              <label for={`list-${key}`}>{label}</label>
              <p class="muted" id={`help-${key}`} style={{ fontSize: '.8rem' }}>{help}</p>
              <textarea id={`list-${key}`} aria-describedby={`help-${key}${fromOrg.length ? ` org-${key}` : ''}`} value={listToLines(settings.engine[key])}
                onChange={(e) => { const v = linesToList(e.currentTarget.value); update((d) => { d.engine[key] = v; }); }} />
              {fromOrg.length > 0 && <p class="locked" id={`org-${key}`}>🔒 Also from your organisation: {fromOrg.join(', ')}</p>}
            </div>
          );
        })}
      </div>
      <label class="inline" style={{ marginTop: '.6rem' }}>
        <input type="checkbox" checked={settings.engine.bioHasDisclaimer} onChange={(e) => { const v = e.currentTarget.checked; update((d) => { d.engine.bioHasDisclaimer = v; }); }} />
        My profiles’ bios already carry a disclaimer (a missing one in a post is then only a note)
      </label>
      <div style={{ maxWidth: '16rem' }}>
        <label for="prefix">Snippet shortcut prefix</label>
        <input id="prefix" type="text" maxLength={3} value={settings.snippetPrefix} aria-describedby="prefix-help"
          onChange={(e) => { const v = e.currentTarget.value; update((d) => { d.snippetPrefix = v; }); }} />
        <p class="muted" id="prefix-help" style={{ fontSize: '.8rem' }}>Type it before a snippet’s shortcut in a post box, e.g. {settings.snippetPrefix}flu.</p>
      </div>
    </section>
  );
}
