import type { Settings } from './schema.js';

/**
 * Two settings pages open at once each hold their own copy. Before saving, a page lays only what it
 * changed (against the copy it loaded) over what is stored now, key by key, so another page's saved
 * changes to other keys are kept instead of being overwritten by a stale copy.
 */
export function mergeSettingsChanges(base: Settings, mine: Settings, latest: Settings): Settings {
  const out: Settings = structuredClone(latest);
  const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  for (const key of ['disabledPlatforms', 'mastodonHosts', 'snippetPrefix'] as const) {
    if (changed(base[key], mine[key])) (out as unknown as Record<string, unknown>)[key] = structuredClone(mine[key]);
  }
  const e = out.engine;
  for (const key of ['ownNames', 'practiceDetails', 'blockedTerms', 'conflicts', 'bioHasDisclaimer', 'reviewReplyMode', 'characterLimit'] as const) {
    if (changed(base.engine[key], mine.engine[key])) (e as unknown as Record<string, unknown>)[key] = structuredClone(mine.engine[key]);
  }
  for (const map of ['rules', 'disclaimers'] as const) {
    const baseMap = base.engine[map] as Record<string, unknown>;
    const mineMap = mine.engine[map] as Record<string, unknown>;
    const target = e[map] as Record<string, unknown>;
    for (const id of new Set([...Object.keys(baseMap), ...Object.keys(mineMap)])) {
      if (!changed(baseMap[id], mineMap[id])) continue;
      if (mineMap[id] === undefined) delete target[id];
      else target[id] = structuredClone(mineMap[id]);
    }
  }
  return out;
}
