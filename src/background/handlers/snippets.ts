import type { Sender } from '../../shared/messaging.js';
import type { Request, ToWorker } from '../../shared/protocol.js';
import { extensionAreas } from '../../shared/settings/extension-areas.js';
import { deleteUserSnippet, saveUserSnippet } from '../../shared/snippets/store.js';
import { visibleSnippets, userSnippetsAllowed } from '../../shared/snippets/visible.js';
import type { Snippet } from '../../shared/snippets/schema.js';

/** `snippets.list`: the organisation's snippets first, then the user's own (when the policy allows them). */
export async function listSnippets(_payload: Request<ToWorker, 'snippets.list'>, _sender?: Sender): Promise<Snippet[]> {
  return visibleSnippets(extensionAreas());
}

export async function saveSnippet(payload: Request<ToWorker, 'snippets.save'>, _sender?: Sender): Promise<Snippet[]> {
  const areas = extensionAreas();
  if (!(await userSnippetsAllowed(areas))) throw new Error('Your organisation does not allow personal snippets.');
  await saveUserSnippet(areas, payload.snippet);
  return visibleSnippets(areas);
}

export async function deleteSnippet(payload: Request<ToWorker, 'snippets.delete'>, _sender?: Sender): Promise<Snippet[]> {
  const areas = extensionAreas();
  await deleteUserSnippet(areas, payload.id);
  return visibleSnippets(areas);
}
