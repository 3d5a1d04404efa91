import { draftLength, finding as makeFinding, removeFix, type RuleContext } from './context.js';
import { RULES } from './rules/index.js';
import { fold } from './text/normalize.js';
import { escapeRegExp } from './text/spans.js';
import { limitFor } from './platform.js';
import {
  DEFAULT_SETTINGS, type AnalyzeOptions, type EngineSettings, type Finding, type Report, type Severity,
} from './types.js';

const RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const platform = options.platform ?? 'generic';
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const ctx: RuleContext = { original: text, folded: fold(text), platform, settings, phi: [] };
  const setting = settingLookup(settings.rules);
  const ruleEnabled = (ruleId: string) => setting(ruleId)?.enabled !== false;

  let findings: Finding[] = [];
  for (const phase of ['phi', 'reidentification', 'compliance'] as const) {
    for (const rule of RULES) {
      if (rule.phase !== phase || !ruleEnabled(rule.id)) continue;
      const ran = rule.run(ctx);
      // Without rule settings every finding is kept: no filtering pass per rule.
      const found = setting === NO_SETTINGS ? ran : ran.filter((f) => ruleEnabled(f.ruleId));
      if (phase === 'phi') ctx.phi.push(...found);
      else findings.push(...found);
    }
    if (phase === 'phi') {
      ctx.phi = mergePhi(dropOwnDetails(ctx.phi, text, settings));
      findings = [...ctx.phi];
    }
  }
  if (ruleEnabled('policy.blocked-term')) findings.push(...blockedTerms(ctx));

  for (const f of findings) {
    const override = setting(f.ruleId)?.severity;
    if (override) f.severity = override;
  }
  findings.sort(reportOrder);

  let worst = 0;
  for (const f of findings) worst = Math.max(worst, RANK[f.severity]);
  const state = worst === 0 ? 'clean' : (['info', 'warn', 'block'] as const)[worst - 1] as Severity;
  return { findings, state, platform, length: { used: draftLength(ctx), limit: limitFor(platform, settings) } };
}

/** The report's order: by span, the worse finding first. */
export function reportOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || RANK[b.severity] - RANK[a.severity];
}

type RuleSetting = EngineSettings['rules'][string];
type SettingOf = (ruleId: string) => RuleSetting | undefined;

const NO_SETTINGS: SettingOf = () => undefined;

/**
 * Settings are keyed by rule id or by any dotted prefix of it; the most specific wins. One draft asks
 * the same few ids for every rule and finding, so answers are kept for the call.
 */
function settingLookup(rules: EngineSettings['rules']): SettingOf {
  if (Object.keys(rules).length === 0) return NO_SETTINGS;
  const cache = new Map<string, RuleSetting | undefined>();
  return (ruleId) => {
    if (cache.has(ruleId)) return cache.get(ruleId);
    let found: RuleSetting | undefined;
    for (let id = ruleId; ; id = id.slice(0, id.lastIndexOf('.'))) {
      found = Object.hasOwn(rules, id) ? rules[id] : undefined;
      if (found || !id.includes('.')) break;
    }
    cache.set(ruleId, found);
    return found;
  };
}


/** The user's own names and the practice's published details are never a patient's identifiers. */
function dropOwnDetails(phi: Finding[], text: string, settings: EngineSettings): Finding[] {
  const own = [...settings.ownNames, ...settings.practiceDetails]
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length >= 2);
  if (own.length === 0) return phi;
  const lower = text.toLowerCase();
  const ownSpans: Array<[number, number]> = [];
  for (const o of own) {
    for (let i = lower.indexOf(o); i !== -1; i = lower.indexOf(o, i + o.length)) ownSpans.push([i, i + o.length]);
    // Names also count word by word ("Dr. Raman" when the setting says "Priya Raman").
    if (settings.ownNames.some((n) => n.toLowerCase() === o)) {
      for (const w of o.split(/\s+/).filter((x) => x.length >= 3)) {
        const re = new RegExp(`\\b${escapeRegExp(w)}\\b`, 'g');
        for (const m of lower.matchAll(re)) ownSpans.push([m.index, m.index + w.length]);
      }
    }
  }
  return phi.filter((f) => !ownSpans.some(([s, e]) => s <= f.start && f.end <= e));
}

/**
 * Overlapping PHI findings become one: the wider span wins and keeps the worse severity. Exported for the
 * bench, which replays a check rule by rule (bench/families.ts).
 */
export function mergePhi(phi: Finding[]): Finding[] {
  const sorted = [...phi].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (!last || f.start >= last.end) {
      out.push(f);
      continue;
    }
    const winner = f.end - f.start > last.end - last.start ? f : last;
    winner.severity = RANK[f.severity] > RANK[last.severity] ? f.severity : last.severity;
    out[out.length - 1] = winner;
  }
  return out;
}

function blockedTerms(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const term of ctx.settings.blockedTerms) {
    const t = term.trim().toLowerCase();
    if (!t) continue;
    const { lower } = ctx.folded;
    for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + t.length)) {
      out.push(makeFinding(ctx, {
        ruleId: 'policy.blocked-term', category: 'professionalism', severity: 'block', start: i, end: i + t.length,
        message: 'This term is on your blocked list.', fixes: [removeFix(ctx, i, i + t.length)],
      }));
    }
  }
  return out;
}
