import { describe, expect, it, vi } from 'vitest';
import { MemoryArea } from '../settings/memory-areas.js';
import { readPolicy } from './read.js';
import { POLICY_COPY_KEY, timelyManaged } from './timely-managed.js';

/** A short deadline keeps the tests quick; the real one is the same code with a larger number. */
const DEADLINE = 15;

/** A managed area whose answers come only when the test releases them, as Chrome's do after a browser start. */
function heldManaged() {
  const pending: Array<{ keys: unknown; answer: (v: Record<string, unknown>) => void; fail: (e: unknown) => void }> = [];
  return {
    pending,
    area: {
      get: (keys?: string | string[] | null) => new Promise<Record<string, unknown>>((answer, fail) => { pending.push({ keys, answer, fail }); }),
    },
  };
}

const POLICY = { BlockedTerms: ['miracle'], MandatoryDisclaimer: 'Not medical advice.' };

describe('storage.managed within a deadline', () => {
  it('answers with the browser when it answers in time, and keeps a copy', async () => {
    const local = new MemoryArea();
    const managed = timelyManaged({ get: async () => structuredClone(POLICY) }, local);
    expect(await managed.get(null)).toEqual(POLICY);
    await vi.waitFor(() => expect(local.data.get(POLICY_COPY_KEY)).toEqual(POLICY));
  });

  it('answers with the kept copy when the browser is late, then replaces the copy with the late answer', async () => {
    const local = new MemoryArea();
    local.data.set(POLICY_COPY_KEY, POLICY);
    const held = heldManaged();
    const managed = timelyManaged(held.area, local, DEADLINE);
    const read = managed.get(null);
    expect(await read).toEqual(POLICY);

    const newer = { BlockedTerms: ['miracle', 'cure-all'] };
    held.pending[0]?.answer(newer);
    await vi.waitFor(() => expect(local.data.get(POLICY_COPY_KEY)).toEqual(newer));
  });

  it('applies the copy through readPolicy, so a late browser still gives the organisation its blocked terms', async () => {
    const local = new MemoryArea();
    local.data.set(POLICY_COPY_KEY, POLICY);
    const read = readPolicy(timelyManaged(heldManaged().area, local, DEADLINE));
    expect((await read).policy.BlockedTerms).toEqual(['miracle']);
  });

  it('answers "no policy" when the browser is late and has never answered before', async () => {
    const local = new MemoryArea();
    const read = timelyManaged(heldManaged().area, local, DEADLINE).get(null);
    expect(await read).toEqual({});
  });

  it('reads only the keys asked for from the copy', async () => {
    const local = new MemoryArea();
    local.data.set(POLICY_COPY_KEY, POLICY);
    const read = timelyManaged(heldManaged().area, local, DEADLINE).get(['BlockedTerms', 'AllowImport']);
    expect(await read).toEqual({ BlockedTerms: ['miracle'] });
  });

  it('treats a damaged copy as no policy, and the browser\'s next answer repairs it', async () => {
    const local = new MemoryArea();
    local.data.set(POLICY_COPY_KEY, 'not a policy');
    const held = heldManaged();
    const read = timelyManaged(held.area, local, DEADLINE).get(null);
    expect(await read).toEqual({});
    held.pending[0]?.answer(POLICY);
    await vi.waitFor(() => expect(local.data.get(POLICY_COPY_KEY)).toEqual(POLICY));
  });

  it('writes nothing when there is no policy and no copy, or when the policy has not changed', async () => {
    const empty = new MemoryArea();
    await timelyManaged({ get: async () => ({}) }, empty).get(null);
    await new Promise((r) => setTimeout(r, 20));
    expect(empty.writes).toBe(0);

    const same = new MemoryArea();
    same.data.set(POLICY_COPY_KEY, POLICY);
    await timelyManaged({ get: async () => structuredClone(POLICY) }, same).get(null);
    await new Promise((r) => setTimeout(r, 20));
    expect(same.writes).toBe(0);
  });

  it('forgets a removed policy: an empty answer replaces a kept copy', async () => {
    const local = new MemoryArea();
    local.data.set(POLICY_COPY_KEY, POLICY);
    expect(await timelyManaged({ get: async () => ({}) }, local).get(null)).toEqual({});
    await vi.waitFor(() => expect(local.data.get(POLICY_COPY_KEY)).toEqual({}));
  });

  it('passes on a failure that comes in time (Firefox without a policy), and keeps no copy of it', async () => {
    const local = new MemoryArea();
    const failing = { get: async () => { throw new Error('Managed storage manifest not found'); } };
    await expect(timelyManaged(failing, local).get(null)).rejects.toThrow('Managed storage manifest not found');
    expect(await readPolicy(timelyManaged(failing, local))).toEqual({ policy: {}, ignored: [] });
    expect(local.data.has(POLICY_COPY_KEY)).toBe(false);
  });

  it('does not keep a partial read as the copy', async () => {
    const local = new MemoryArea();
    await timelyManaged({ get: async () => ({ BlockedTerms: ['miracle'] }) }, local).get('BlockedTerms');
    await new Promise((r) => setTimeout(r, 20));
    expect(local.data.has(POLICY_COPY_KEY)).toBe(false);
  });
});
