import { SEVERITIES, type RuleSetting, type Severity } from '../../engine/types.js';
import { isLocked } from '../../shared/policy/merge.js';
import type { SectionProps } from '../Options.js';
import { Locked } from './Locked.js';

/** Rule families and the most-asked-about single rules; a setting on a family covers all its rules. */
export const RULE_ROWS: Array<[string, string]> = [
  ['phi', 'Patient identifiers (all HIPAA Safe Harbor identifiers)'],
  ['phi.name', 'Names'],
  ['phi.date', 'Dates tied to a patient'],
  ['phi.geo', 'Places smaller than a state'],
  ['reidentification', 'Details that together identify a patient'],
  ['review', 'Replies that confirm a reviewer is a patient'],
  ['advice', 'Individual medical advice'],
  ['disclaimer', 'Missing disclaimer'],
  ['disclosure', 'Undisclosed sponsorship or relationship'],
  ['claims', 'Guaranteed or misleading claims'],
  ['professionalism', 'Disparaging or unprofessional wording'],
  ['policy.blocked-term', 'Blocked terms'],
  ['platform.fit', 'Post too long for the site'],
];
const LABELS: Record<Severity, string> = { info: 'Tip', warn: 'Check', block: 'Fix (asks before posting)' };

export function Rules({ settings, view, update }: SectionProps) {
  const extra = Object.keys({ ...settings.engine.rules, ...(view.organisation?.LockedRules ?? {}) }).filter((id) => !RULE_ROWS.some(([r]) => r === id));
  const rows: Array<[string, string]> = [...RULE_ROWS, ...extra.map((id): [string, string] => [id, id])];
  const set = (id: string, change: RuleSetting) => update((d) => {
    const next: RuleSetting = { ...d.engine.rules[id], ...change };
    if (next.severity === undefined) delete next.severity;
    if (next.enabled === undefined || next.enabled) delete next.enabled;
    if (Object.keys(next).length === 0) delete d.engine.rules[id];
    else d.engine.rules[id] = next;
  });
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Checks</h2>
      <p class="muted">Switch checks off or change how serious they are. “Fix” asks before posting; a setting on a family covers all of its checks.</p>
      <table>
        <thead><tr><th scope="col">Check</th><th scope="col">On</th><th scope="col">Severity</th></tr></thead>
        <tbody>
          {rows.map(([id, label]) => {
            const locked = isLocked(view.locked, `engine.rules.${id}`);
            const rule = (locked ? view.effective?.engine.rules[id] : undefined) ?? settings.engine.rules[id] ?? {};
            const nameId = `rule-${id.replace(/\./g, '-')}`;
            return (
              <tr key={id}>
                <th scope="row" id={nameId} style={{ fontWeight: id.includes('.') ? 'normal' : 600, paddingLeft: id.includes('.') ? '1.4rem' : undefined }}>
                  {label} {locked && <Locked />}
                </th>
                <td><input type="checkbox" aria-labelledby={nameId} disabled={locked} checked={rule.enabled !== false} onChange={(e) => set(id, { enabled: e.currentTarget.checked })} /></td>
                <td>
                  <select aria-label={`Severity: ${label}`} disabled={locked} value={rule.severity ?? ''} onChange={(e) => { const v = e.currentTarget.value; set(id, { severity: v ? (v as Severity) : undefined }); }}>
                    <option value="">Default</option>
                    {SEVERITIES.map((s) => <option key={s} value={s}>{LABELS[s]}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
