import { atSentenceStart } from './context.js';
import { isWordName, nameKey } from './dictionary.js';
import { VOCATIVE_LEAD } from './evidence.js';
import { add, after, claimed, hit, type Ctx, type NameHit, type Role } from './hits.js';
import { COMMON_WORDS } from './lexicon.js';
import { colleagueBefore } from './non-patients.js';
import { isInitials, type NameRun } from './tokens.js';

/**
 * A name found once and used again: "His son Tyler … Tyler, you're a hero." A repeat is reported
 * when it stands where a name is addressed or described; every repeat is redacted with the first.
 */
export function repeatMentions(ctx: Ctx, runs: NameRun[]): NameHit[] {
  const repeats: NameHit[] = [];
  const known = new Map<string, Role>();
  const seen = new Map<string, number>();
  for (const h of ctx.hits) {
    for (const p of h.parts) if (!isInitials(p) && p.length >= 3) known.set(nameKey(p), h.role);
  }
  if (known.size === 0) return repeats;
  for (const run of runs) {
    if (run.parts.length !== 1 || claimed(ctx, run.start, run.end)) continue;
    const key = nameKey(run.parts[0] as string);
    const role = known.get(key);
    // "Mrs. Young … Young adults": a surname that is also a word is not followed through the text.
    if (!role || isWordName(key) || COMMON_WORDS.has(key)) continue;
    // Beyond a dozen mentions a fix would not be read anyway; a flood of one name stays linear.
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 12) continue;
    const lead = atSentenceStart(ctx.text, run.start) ? VOCATIVE_LEAD.exec(after(ctx, run.end)) : null;
    if (lead) {
      add(ctx, hit(run, role, run.start, run.end + lead[0].length, 'vocative'));
    } else if (!colleagueBefore(ctx.text, run.start)) {
      repeats.push(hit(run, role, run.start, run.end, 'replace'));
    }
  }
  return repeats;
}
