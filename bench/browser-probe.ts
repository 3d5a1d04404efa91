import type { Page } from 'playwright-core';

/** What the probe records inside the page, in the page's performance.now() time base. */
interface ProbeState {
  keydowns: number[];
  keyups: number[];
  /** Every write of the badge's state attributes, with the values right after it. */
  badge: { t: number; state: string | null; count: string | null }[];
}

interface ProbeWindow {
  __safepostBench?: ProbeState;
}

/** The badge's result of one measured edit. */
export type BadgeWait =
  | { ok: true; ms: number; keys: number; gaps: number[] }
  | { ok: false; keys: number; last: string };

/**
 * Installs (once per page) key listeners that run before the editor's own, and one MutationObserver for
 * the badges' state attributes anywhere in the document: a badge put in after the probe (a box the page
 * rendered again) is seen as well as the first one.
 */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    if (w.__safepostBench) return;
    const probe: ProbeState = { keydowns: [], keyups: [], badge: [] };
    w.__safepostBench = probe;
    addEventListener('keydown', () => { probe.keydowns.push(performance.now()); }, true);
    addEventListener('keyup', () => { probe.keyups.push(performance.now()); }, true);
    new MutationObserver((records) => {
      const t = performance.now();
      // One entry per badge written, with its values after the whole batch (state and count change together).
      for (const badge of new Set(records.map((r) => r.target))) {
        if (!(badge instanceof Element) || badge.localName !== 'safepost-badge') continue;
        probe.badge.push({ t, state: badge.getAttribute('data-safepost-state'), count: badge.getAttribute('data-safepost-count') });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-safepost-state', 'data-safepost-count'] });
  });
}

/** Forgets the keys and badge writes seen so far (call right before typing the measured edit). */
export async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__safepostBench;
    if (!probe) throw new Error('The benchmark probe is not installed in this page.');
    probe.keydowns.length = 0;
    probe.keyups.length = 0;
    probe.badge.length = 0;
  });
}

/**
 * Waits until a badge write after the last keydown shows `state`/`count`, and returns the time from that
 * keydown to that write. `gaps` lists the indexes of keys followed by a pause long enough for the
 * debounced check to run mid-edit (the prefix typed so far was checked then).
 */
export async function awaitBadge(page: Page, want: { state: string; count: number; timeoutMs: number; pauseMs: number }): Promise<BadgeWait> {
  return page.evaluate((w) => new Promise<BadgeWait>((resolve) => {
    const probe = (window as unknown as ProbeWindow).__safepostBench;
    if (!probe) throw new Error('The benchmark probe is not installed in this page.');
    const started = performance.now();
    const tick = (): void => {
      const keys = probe.keydowns;
      const lastKey = keys[keys.length - 1];
      const hit = lastKey === undefined ? undefined : probe.badge.find((m) => m.t >= lastKey && m.state === w.state && m.count === String(w.count));
      if (hit && lastKey !== undefined) {
        const gaps: number[] = [];
        for (let i = 1; i < keys.length; i++) if ((keys[i] as number) - (keys[i - 1] as number) >= w.pauseMs) gaps.push(i - 1);
        resolve({ ok: true, ms: hit.t - lastKey, keys: keys.length, gaps });
      } else if (performance.now() - started > w.timeoutMs) {
        const last = probe.badge[probe.badge.length - 1];
        resolve({ ok: false, keys: keys.length, last: last ? `${last.state ?? '?'}/${last.count ?? '?'}` : 'no badge write' });
      } else setTimeout(tick, 10);
    };
    tick();
  }), want);
}

/** Milliseconds from the first keydown to the last keyup the probe saw. */
export async function keySpan(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__safepostBench;
    const first = probe?.keydowns[0];
    const last = probe?.keyups[probe.keyups.length - 1];
    if (first === undefined || last === undefined) throw new Error('The probe saw no keys.');
    return last - first;
  });
}

/** Current badge attributes of the page's first badge, or null when there is none. */
export async function badgeNow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const badge = document.querySelector('safepost-badge');
    return badge ? `${badge.getAttribute('data-safepost-state') ?? '?'}/${badge.getAttribute('data-safepost-count') ?? '?'}` : null;
  });
}
