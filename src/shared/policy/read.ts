import { isPlatform } from '../../engine/types.js';
import type { KeyValueArea } from '../settings/areas.js';
import { cleanStrings, isHostName, isRecord, isStringArray } from '../settings/guards.js';
import { validRuleSetting } from '../settings/validate.js';
import type { ManagedPolicy, OrgSnippetPolicy, PolicyRead } from './schema.js';

/**
 * Reads storage.managed. Chrome hides values that break the schema; Firefox's policies.json has no
 * schema at all, so every key is checked here too and a bad one is ignored without touching the others.
 */
export async function readPolicy(managed: Pick<KeyValueArea, 'get'> | undefined): Promise<PolicyRead> {
  if (!managed) return { policy: {}, ignored: [] };
  let raw: Record<string, unknown>;
  try {
    raw = await managed.get(null);
  } catch {
    // Firefox throws when no policy is installed for the extension: that is simply no policy.
    return { policy: {}, ignored: [] };
  }
  return parsePolicy(raw);
}

export function parsePolicy(raw: unknown): PolicyRead {
  const policy: ManagedPolicy = {};
  const ignored: string[] = [];
  if (!isRecord(raw)) return { policy, ignored: raw === undefined ? [] : ['(policy is not an object)'] };
  const take = <K extends keyof ManagedPolicy>(key: K, parse: (v: unknown) => ManagedPolicy[K] | undefined) => {
    if (raw[key] === undefined) return;
    const value = parse(raw[key]);
    if (value === undefined) ignored.push(key);
    else policy[key] = value;
  };
  const text = (max: number) => (v: unknown) => (typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined);
  const list = (v: unknown) => (isStringArray(v) ? cleanStrings(v) : undefined);
  const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

  take('MandatoryDisclaimer', text(2000));
  take('MandatoryDisclaimerShort', text(280));
  take('BlockedTerms', list);
  take('PracticeDetails', list);
  take('Conflicts', list);
  take('AllowUserSnippets', flag);
  take('AllowImport', flag);
  take('ComplianceContact', text(300));
  take('AlwaysOnSites', (v) => (Array.isArray(v) && v.every(isPlatform) ? [...new Set(v)] : undefined));
  take('MastodonHosts', (v) => {
    if (!isStringArray(v)) return undefined;
    const hosts = v.map((h) => h.trim().toLowerCase());
    return hosts.every(isHostName) ? cleanStrings(hosts) : undefined;
  });
  take('LockedRules', (v) => {
    if (!isRecord(v)) return undefined;
    const out: NonNullable<ManagedPolicy['LockedRules']> = {};
    for (const [ruleId, setting] of Object.entries(v)) {
      const valid = validRuleSetting(setting);
      if (!valid || !/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(ruleId)) return undefined;
      out[ruleId] = valid;
    }
    return out;
  });
  take('OrgSnippets', (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: OrgSnippetPolicy[] = [];
    for (const s of v) {
      const valid = orgSnippet(s);
      if (!valid) return undefined;
      out.push(valid);
    }
    return out;
  });
  return { policy, ignored };
}

function orgSnippet(v: unknown): OrgSnippetPolicy | undefined {
  if (!isRecord(v)) return undefined;
  const { id, title, shortcut, body, short, tags, source } = v;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,60}$/.test(id)) return undefined;
  if (typeof title !== 'string' || !title.trim() || typeof body !== 'string' || !body.trim()) return undefined;
  if (shortcut !== undefined && (typeof shortcut !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,31}$/.test(shortcut))) return undefined;
  if (short !== undefined && typeof short !== 'string') return undefined;
  if (tags !== undefined && !isStringArray(tags)) return undefined;
  if (source !== undefined && typeof source !== 'string') return undefined;
  const out: OrgSnippetPolicy = { id, title: title.trim(), body };
  if (shortcut) out.shortcut = shortcut;
  if (short) out.short = short;
  if (tags) out.tags = cleanStrings(tags, 12, 40);
  if (source) out.source = source;
  return out;
}
