import { orgSnippets } from '../policy/merge.js';
import { readPolicy } from '../policy/read.js';
import type { StorageAreas } from '../settings/areas.js';
import type { Snippet } from './schema.js';
import { loadUserSnippets } from './store.js';

export async function userSnippetsAllowed(areas: StorageAreas): Promise<boolean> {
  return (await readPolicy(areas.managed)).policy.AllowUserSnippets !== false;
}

/** What the user may insert: the organisation's snippets first, then their own if the policy allows. */
export async function visibleSnippets(areas: StorageAreas): Promise<Snippet[]> {
  const { policy } = await readPolicy(areas.managed);
  const org = orgSnippets(policy);
  if (policy.AllowUserSnippets === false) return org;
  return [...org, ...(await loadUserSnippets(areas)).snippets];
}
