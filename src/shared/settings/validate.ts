import {
  DEFAULT_SETTINGS, PLATFORMS, SEVERITIES, isPlatform,
  type Disclaimer, type EngineSettings, type Platform, type RuleSetting,
} from '../../engine/types.js';
import { cleanStrings, isHostName, isRecord, isStringArray } from './guards.js';
import { DEFAULT_SNIPPET_PREFIX, SETTINGS_VERSION, type Settings } from './schema.js';

export interface Validated<T> {
  value: T;
  /** One sentence per part that was broken and reset to its default; the rest was kept. */
  repaired: string[];
}

const STRING_LISTS = ['ownNames', 'practiceDetails', 'blockedTerms', 'conflicts'] as const;
const FLAGS = ['bioHasDisclaimer', 'reviewReplyMode'] as const;

/**
 * Checks settings part by part. A broken part is replaced by its default and named in `repaired`; every
 * part that is fine is kept as it was, so one bad value never costs the user the rest.
 */
export function validateSettings(raw: unknown): Validated<Settings> {
  const repaired: string[] = [];
  const bad = (path: string, what: string) => repaired.push(`${path} ${what}; reset to the default.`);
  const input = isRecord(raw) ? raw : (bad('settings', 'was not an object'), {});

  const engineIn = isRecord(input.engine) ? input.engine : (input.engine !== undefined && bad('engine', 'was not an object'), {});
  const engine = validateEngine(engineIn, bad);

  let disabledPlatforms: Platform[] = [];
  if (Array.isArray(input.disabledPlatforms)) {
    disabledPlatforms = [...new Set(input.disabledPlatforms.filter(isPlatform))];
    if (disabledPlatforms.length !== input.disabledPlatforms.length) bad('disabledPlatforms', 'held unknown sites');
  } else if (input.disabledPlatforms !== undefined) bad('disabledPlatforms', 'was not a list');

  let mastodonHosts: string[] = [];
  if (isStringArray(input.mastodonHosts)) {
    mastodonHosts = cleanStrings(input.mastodonHosts.map((h) => h.toLowerCase()), 100, 253).filter(isHostName);
    if (mastodonHosts.length !== input.mastodonHosts.length) bad('mastodonHosts', 'held invalid host names');
  } else if (input.mastodonHosts !== undefined) bad('mastodonHosts', 'was not a list of host names');

  let snippetPrefix = DEFAULT_SNIPPET_PREFIX;
  if (typeof input.snippetPrefix === 'string' && /^\S{1,3}$/.test(input.snippetPrefix)) snippetPrefix = input.snippetPrefix;
  else if (input.snippetPrefix !== undefined) bad('snippetPrefix', 'was not one to three visible characters');

  return { value: { version: SETTINGS_VERSION, engine, disabledPlatforms, mastodonHosts, snippetPrefix }, repaired };
}

function validateEngine(input: Record<string, unknown>, bad: (path: string, what: string) => void): EngineSettings {
  const engine: EngineSettings = structuredClone(DEFAULT_SETTINGS);
  for (const key of STRING_LISTS) {
    const v = input[key];
    if (isStringArray(v)) engine[key] = cleanStrings(v);
    else if (v !== undefined) bad(`engine.${key}`, 'was not a list of text');
  }
  for (const key of FLAGS) {
    const v = input[key];
    if (typeof v === 'boolean') engine[key] = v;
    else if (v !== undefined) bad(`engine.${key}`, 'was not true or false');
  }
  if (input.characterLimit !== undefined) {
    const v = input.characterLimit;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 100_000) engine.characterLimit = v;
    else bad('engine.characterLimit', 'was not a whole number between 1 and 100000');
  }
  if (isRecord(input.disclaimers)) {
    for (const [platform, d] of Object.entries(input.disclaimers)) {
      const valid = isPlatform(platform) ? validDisclaimer(d) : undefined;
      if (valid && isPlatform(platform)) engine.disclaimers[platform] = valid;
      else bad(`engine.disclaimers.${platform}`, 'was not a disclaimer for a known site');
    }
  } else if (input.disclaimers !== undefined) bad('engine.disclaimers', 'was not an object');
  if (isRecord(input.rules)) {
    for (const [ruleId, s] of Object.entries(input.rules)) {
      const valid = validRuleSetting(s);
      if (valid && /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(ruleId)) engine.rules[ruleId] = valid;
      else bad(`engine.rules.${ruleId.slice(0, 60)}`, 'was not a rule switch');
    }
  } else if (input.rules !== undefined) bad('engine.rules', 'was not an object');
  return engine;
}

export function validDisclaimer(value: unknown): Disclaimer | undefined {
  if (!isRecord(value)) return undefined;
  const out: Disclaimer = {};
  for (const key of ['long', 'short'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > 2000) return undefined;
    if (v.trim()) out[key] = v.trim();
  }
  return out;
}

export function validRuleSetting(value: unknown): RuleSetting | undefined {
  if (!isRecord(value)) return undefined;
  const out: RuleSetting = {};
  if (value.enabled !== undefined) {
    if (typeof value.enabled !== 'boolean') return undefined;
    out.enabled = value.enabled;
  }
  if (value.severity !== undefined) {
    if (!(SEVERITIES as readonly unknown[]).includes(value.severity)) return undefined;
    out.severity = value.severity as RuleSetting['severity'];
  }
  return out;
}

export const KNOWN_PLATFORMS: readonly Platform[] = PLATFORMS;
