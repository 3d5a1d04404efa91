import { PLATFORMS, type Platform } from '../../engine/types.js';
import { LIMITS } from '../../engine/platform.js';
import type { SectionProps } from '../Options.js';
import { Locked } from './Locked.js';

export const SITE_NAMES: Record<Platform, string> = {
  generic: 'Every site (default)', x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads',
  bluesky: 'Bluesky', reddit: 'Reddit', mastodon: 'Mastodon', doximity: 'Doximity',
};
const ORDER: Platform[] = ['generic', ...PLATFORMS.filter((p) => p !== 'generic')];

export function Disclaimers({ settings, view, update }: SectionProps) {
  const locked = view.locked.includes('engine.disclaimers');
  const set = (p: Platform, key: 'long' | 'short', value: string) => update((d) => {
    const next = { ...d.engine.disclaimers[p], [key]: value.trim() || undefined };
    if (!next.long && !next.short) delete d.engine.disclaimers[p];
    else d.engine.disclaimers[p] = next;
  });
  return (
    <section aria-labelledby="disclaimers-heading">
      <h2 id="disclaimers-heading">Disclaimers</h2>
      {locked ? (
        <p><Locked /> Every post uses your organisation’s disclaimer: “{view.organisation?.MandatoryDisclaimer ?? view.organisation?.MandatoryDisclaimerShort}”</p>
      ) : (
        <p class="muted">Used by “Add disclaimer” and by the {'{disclaimer}'} placeholder. The short form is used where the post limit is small (X, Bluesky, Threads, Mastodon). Sites left empty use the default.</p>
      )}
      <table>
        <thead><tr><th scope="col">Site</th><th scope="col">Long form</th><th scope="col">Short form</th></tr></thead>
        <tbody>
          {ORDER.map((p) => (
            <tr key={p}>
              <th scope="row">{SITE_NAMES[p]}<br /><span class="muted" style={{ fontWeight: 'normal', fontSize: '.8rem' }}>limit {LIMITS[p].toLocaleString('en')}</span></th>
              <td><textarea aria-label={`${SITE_NAMES[p]}: long disclaimer`} disabled={locked} style={{ minHeight: '3rem' }} value={settings.engine.disclaimers[p]?.long ?? ''} onChange={(e) => set(p, 'long', e.currentTarget.value)} /></td>
              <td><textarea aria-label={`${SITE_NAMES[p]}: short disclaimer`} disabled={locked} style={{ minHeight: '3rem' }} value={settings.engine.disclaimers[p]?.short ?? ''} onChange={(e) => set(p, 'short', e.currentTarget.value)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
