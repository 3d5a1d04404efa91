import type { KeyValueArea } from '../settings/areas.js';
import { isRecord } from '../settings/guards.js';

/**
 * storage.managed, answered in time. After the browser starts, Chrome answers storage.managed only once
 * its policy service is up, even when no policy is installed: about 5 s on Chromium 156 here, 3 to 8 s
 * in other extensions' reports, and never at all in one Edge beta. Every check reads the policy, so the
 * first check after a browser start waited that long for its badge.
 *
 * So a read races a short deadline. When the browser answers first, its answer is used and a copy is
 * kept in storage.local. When the deadline passes first, that copy (the last policy the browser gave)
 * answers instead, and the browser's late answer replaces the copy if it differs. Writing the copy is a
 * storage change, so every settings cache drops and the next check runs under the new policy. Only on a
 * first install, before the browser has ever answered, can a check run without a policy that exists:
 * for the seconds until the policy service starts.
 */

/** Kept in storage.local only: the last managed policy the browser gave, raw, as it gave it. */
export const POLICY_COPY_KEY = 'policy.copy';

/**
 * A ready policy service answers in about a millisecond, as fast as storage.local; a starting one takes
 * seconds. Answering from the copy a little too early costs nothing: it is the same policy, and a late
 * answer that differs replaces it.
 */
export const MANAGED_DEADLINE_MS = 30;

const LATE = Symbol('late');

type Outcome = { values: Record<string, unknown> } | { error: unknown } | typeof LATE;

export function timelyManaged(
  managed: Pick<KeyValueArea, 'get'>,
  local: KeyValueArea,
  deadlineMs: number = MANAGED_DEADLINE_MS,
): Pick<KeyValueArea, 'get'> {
  return {
    async get(keys) {
      const read = managed.get(keys);
      const whole = keys === undefined || keys === null;
      // Only a whole read describes the policy; a read of some keys says nothing of the others.
      if (whole) void read.then((values) => keepCopy(local, values), () => undefined);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<typeof LATE>((resolve) => { timer = setTimeout(() => resolve(LATE), deadlineMs); });
      const outcome: Outcome = await Promise.race([
        read.then((values) => ({ values }), (error: unknown) => ({ error })),
        deadline,
      ]);
      clearTimeout(timer);
      if (outcome === LATE) return pick(await readCopy(local), keys);
      if ('error' in outcome) throw outcome.error;
      return outcome.values;
    },
  };
}

async function readCopy(local: KeyValueArea): Promise<Record<string, unknown>> {
  try {
    const copy = (await local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
    // A damaged copy is no policy; the browser's next answer writes a good one over it.
    return isRecord(copy) ? copy : {};
  } catch {
    return {};
  }
}

/** Writes the browser's answer over the copy when they differ; no policy and no copy writes nothing. */
async function keepCopy(local: KeyValueArea, values: Record<string, unknown>): Promise<void> {
  try {
    const stored = (await local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
    if (stored === undefined && Object.keys(values).length === 0) return;
    if (stored !== undefined && JSON.stringify(stored) === JSON.stringify(values)) return;
    await local.set({ [POLICY_COPY_KEY]: values });
  } catch {
    // The copy only speeds up reads after a browser start; failing to keep it loses no setting.
  }
}

function pick(copy: Record<string, unknown>, keys: string | string[] | null | undefined): Record<string, unknown> {
  if (keys === undefined || keys === null) return copy;
  const out: Record<string, unknown> = {};
  for (const k of typeof keys === 'string' ? [keys] : keys) if (Object.hasOwn(copy, k)) out[k] = copy[k];
  return out;
}
