import type { Platform, RuleSetting } from '../../engine/types.js';

/** An education snippet pushed by the organisation. */
export interface OrgSnippetPolicy {
  id: string;
  title: string;
  shortcut?: string;
  body: string;
  short?: string;
  tags?: string[];
  source?: string;
}

/**
 * The organisation's managed policy (storage.managed; assets/managed-schema.json describes it to Chrome,
 * docs/policy.md to administrators). Every key is optional; a key with a bad value is ignored on its own.
 */
export interface ManagedPolicy {
  /** Added to every post where the user's own disclaimer would go; the user cannot change it. */
  MandatoryDisclaimer?: string;
  /** The short form for sites with small limits (X, Bluesky). */
  MandatoryDisclaimerShort?: string;
  /** Terms never to be posted; added to the user's own list. */
  BlockedTerms?: string[];
  /** Read-only snippets offered to every user. */
  OrgSnippets?: OrgSnippetPolicy[];
  /** Rule switches and severities the user cannot change, by rule id or family prefix. */
  LockedRules?: Record<string, RuleSetting>;
  /** False: users may not create, edit or import their own snippets (organisation snippets only). */
  AllowUserSnippets?: boolean;
  /** False: users may not import libraries or settings files. */
  AllowImport?: boolean;
  /** Sites the user cannot switch off. */
  AlwaysOnSites?: Platform[];
  /** The organisation's published details (names, phone lines, addresses): never reported as PHI. */
  PracticeDetails?: string[];
  /** Companies the organisation has relationships with that posts must disclose. */
  Conflicts?: string[];
  /** Mastodon servers hooked for every user. */
  MastodonHosts?: string[];
  /** Shown on the options page: whom to ask about the policy. */
  ComplianceContact?: string;
}

export const POLICY_KEYS = [
  'MandatoryDisclaimer', 'MandatoryDisclaimerShort', 'BlockedTerms', 'OrgSnippets', 'LockedRules',
  'AllowUserSnippets', 'AllowImport', 'AlwaysOnSites', 'PracticeDetails', 'Conflicts', 'MastodonHosts',
  'ComplianceContact',
] as const satisfies readonly (keyof ManagedPolicy)[];

export interface PolicyRead {
  policy: ManagedPolicy;
  /** Keys present but invalid, ignored one by one (names only: values may be long or sensitive). */
  ignored: string[];
}
