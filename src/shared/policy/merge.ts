import { PLATFORMS, type EngineSettings } from '../../engine/types.js';
import type { Settings } from '../settings/schema.js';
import type { Snippet } from '../snippets/schema.js';
import { cleanStrings } from '../settings/guards.js';
import type { ManagedPolicy } from './schema.js';

export interface PolicyApplied {
  /** The user's settings with the organisation's policy laid over them. */
  settings: Settings;
  /** Setting paths the organisation fixed, for the options page to show as locked. */
  locked: string[];
}

/**
 * Lays the managed policy over the user's settings: the organisation wins wherever it says something,
 * lists are joined (the user may add blocked terms, never remove the organisation's), and every path it
 * fixes is listed in `locked`. The user's own stored settings are never rewritten.
 */
export function applyPolicy(user: Settings, policy: ManagedPolicy): PolicyApplied {
  const settings: Settings = structuredClone(user);
  const engine: EngineSettings = settings.engine;
  const locked: string[] = [];

  if (policy.MandatoryDisclaimer || policy.MandatoryDisclaimerShort) {
    const long = policy.MandatoryDisclaimer ?? policy.MandatoryDisclaimerShort;
    const short = policy.MandatoryDisclaimerShort ?? policy.MandatoryDisclaimer;
    for (const p of PLATFORMS) engine.disclaimers[p] = { long, short };
    locked.push('engine.disclaimers');
  }
  if (policy.BlockedTerms) {
    engine.blockedTerms = cleanStrings([...policy.BlockedTerms, ...engine.blockedTerms]);
    locked.push('engine.blockedTerms.organisation');
  }
  if (policy.PracticeDetails) {
    engine.practiceDetails = cleanStrings([...policy.PracticeDetails, ...engine.practiceDetails]);
    locked.push('engine.practiceDetails.organisation');
  }
  if (policy.Conflicts) {
    engine.conflicts = cleanStrings([...policy.Conflicts, ...engine.conflicts]);
    locked.push('engine.conflicts.organisation');
  }
  for (const [ruleId, rule] of Object.entries(policy.LockedRules ?? {})) {
    engine.rules[ruleId] = { ...engine.rules[ruleId], ...rule };
    locked.push(`engine.rules.${ruleId}`);
  }
  for (const platform of policy.AlwaysOnSites ?? []) {
    settings.disabledPlatforms = settings.disabledPlatforms.filter((p) => p !== platform);
    locked.push(`disabledPlatforms.${platform}`);
  }
  if (policy.MastodonHosts) {
    settings.mastodonHosts = cleanStrings([...policy.MastodonHosts, ...settings.mastodonHosts]);
    locked.push('mastodonHosts.organisation');
  }
  if (policy.AllowUserSnippets === false) locked.push('snippets.user');
  if (policy.AllowImport === false) locked.push('library.import');
  return { settings, locked };
}

/** The organisation's snippets as library entries: read-only, listed before the user's. */
export function orgSnippets(policy: ManagedPolicy): Snippet[] {
  return (policy.OrgSnippets ?? []).map((s) => ({
    id: `org-${s.id}`,
    title: s.title,
    shortcut: s.shortcut ?? '',
    body: s.body,
    ...(s.short ? { short: s.short } : {}),
    tags: s.tags ?? [],
    ...(s.source ? { source: s.source } : {}),
    origin: 'organisation' as const,
    updatedAt: 0,
  }));
}

/** Whether a rule switch the user sees in the options page is fixed by the organisation. */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(l + '.'));
}
