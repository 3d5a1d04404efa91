/**
 * The engine's first call in a fresh worker costs far more than later ones (first-use tables, regular
 * expressions compiled on first use). A page that asks for its `page.config` is a page with a compose
 * box, so a check is likely to follow; the first use is then paid in the worker's idle time, on a made-up
 * draft, instead of on the user's first check. At most once per worker life, and never after a real check.
 */
import { analyze } from '../engine/index.js';
import type { EngineSettings, Platform } from '../engine/types.js';

/** Made up, no real person: one sentence for each family of rules, so each takes its first-use cost here. */
const SAMPLE = 'Saw my patient Mr. Dale Hobart, 93, at Riverside Clinic on March 3, 2024 (MRN 4821399); '
  + 'call 555-014-2231 or mail dale@example.com, 12 Oak Street, Tulsa, OK 74103. '
  + 'This cream is guaranteed to cure every rash, and my review reply: thanks for visiting us, Jan! #ad';

/**
 * How long after the `page.config` answer the warm-up waits: a check sent right behind it (a page that
 * loads with a draft in its box) finds the engine untouched and pays its first use itself, as it would.
 */
const WARM_DELAY_MS = 50;

let engineUsed = false;
let warmScheduled = false;

/** A real check ran: the engine is warm, nothing to do. */
export function markEngineUsed(): void {
  engineUsed = true;
}

/** Schedules one warm-up run shortly after the current message is answered, unless the engine gets used first. */
export function warmEngineSoon(platform: Platform, settings: () => Promise<EngineSettings>): void {
  if (engineUsed || warmScheduled) return;
  warmScheduled = true;
  setTimeout(() => {
    if (engineUsed) return;
    settings().then((s) => {
      if (engineUsed) return;
      engineUsed = true;
      analyze(SAMPLE, { platform, settings: s });
    }).catch(() => undefined);
  }, WARM_DELAY_MS);
}
