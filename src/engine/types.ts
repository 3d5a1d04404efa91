/** Public types of the engine (contract.md §1). Everything here is plain data: it crosses the message
 * boundary between the service worker and the page, and is printed by the command line. */

export const PLATFORMS = [
  'x', 'linkedin', 'facebook', 'instagram', 'threads', 'bluesky', 'reddit', 'mastodon', 'doximity', 'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SEVERITIES = ['info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'phi', 'reidentification', 'patient-confirmation', 'individual-advice', 'disclaimer',
  'disclosure', 'claims', 'patient-image', 'professionalism', 'platform',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** HIPAA Safe Harbor identifiers, 45 CFR 164.514(b)(2)(i) A–R. */
export const PHI_TYPES = [
  'NAME', 'GEO', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT',
  'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'BIOMETRIC', 'PHOTO', 'OTHER_ID',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** The button's accessible name: starts with its verb and quotes what it changes. */
  label: string;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  phiType?: PhiType;
  message: string;
  fixes: Fix[];
}

export interface Report {
  findings: Finding[];
  /** Worst severity among the findings, or 'clean'. */
  state: Severity | 'clean';
  platform: Platform;
  /** Length of the post as the platform counts it, and the platform's limit. */
  length: { used: number; limit: number };
}

export interface Disclaimer {
  long?: string;
  short?: string;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface EngineSettings {
  /** The user's own names and handles: never reported as a patient's. */
  ownNames: string[];
  /** The practice's published details (name, phone, e-mail, address, site): never PHI. */
  practiceDetails: string[];
  /** Disclaimers per platform; `generic` is the fallback. */
  disclaimers: Partial<Record<Platform, Disclaimer>>;
  /** Switches and severities by rule id (a prefix such as `phi` or `claims` covers a family). */
  rules: Record<string, RuleSetting>;
  /** Extra terms the user or the organisation never wants posted. */
  blockedTerms: string[];
  /** Companies the user has a financial or professional relationship with. */
  conflicts: string[];
  /** The profile's bio already carries a disclaimer: a missing one is then only a hint. */
  bioHasDisclaimer: boolean;
  /** Treat the draft as a reply to an online review. */
  reviewReplyMode: boolean;
  /** Mastodon servers set their own limit; this overrides the platform's default. */
  characterLimit?: number;
}

export interface AnalyzeOptions {
  platform?: Platform;
  settings?: Partial<EngineSettings>;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  ownNames: [],
  practiceDetails: [],
  disclaimers: {},
  rules: {},
  blockedTerms: [],
  conflicts: [],
  bioHasDisclaimer: false,
  reviewReplyMode: false,
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}
