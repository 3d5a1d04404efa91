import { PLATFORMS } from '../../engine/types.js';
import { isLocked } from '../../shared/policy/merge.js';
import type { SectionProps } from '../Options.js';
import { SITE_NAMES } from './Disclaimers.js';
import { Locked } from './Locked.js';

export function Sites({ settings, view, update }: SectionProps) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">SafePost checks the compose boxes of the sites switched on here.</p>
      <ul class="plain">
        {PLATFORMS.filter((p) => p !== 'generic').map((p) => {
          const locked = isLocked(view.locked, `disabledPlatforms.${p}`);
          return (
            <li key={p}>
              <label class="inline">
                <input type="checkbox" disabled={locked} checked={locked || !settings.disabledPlatforms.includes(p)}
                  onChange={(e) => { const on = e.currentTarget.checked; update((d) => { d.disabledPlatforms = on ? d.disabledPlatforms.filter((x) => x !== p) : [...d.disabledPlatforms, p]; }); }} />
                {SITE_NAMES[p]}
              </label>{' '}
              {locked && <Locked />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
