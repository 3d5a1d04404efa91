/**
 * Who may send what. Privilege comes from fields the browser fills in (`sender.id`, `sender.url`,
 * `sender.tab`, `sender.frameId`), never from the payload: a page can make its content script say
 * anything, but it cannot change where the message came from.
 */
import type { Sender } from '../shared/messaging.js';
import type { ToWorker } from '../shared/protocol.js';
import { isSupportedHost } from './hosts.js';

export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

/** Content scripts may only ask for checks and read what the page needs; everything else is the user's own pages. */
export const ALLOWED_SENDERS = {
  check: ['content-script', 'extension-page'],
  'snippets.list': ['content-script', 'extension-page'],
  'page.config': ['content-script', 'extension-page'],
  'settings.get': ['extension-page'],
  'settings.set': ['extension-page'],
  'snippets.save': ['extension-page'],
  'snippets.delete': ['extension-page'],
  'library.import': ['extension-page'],
  'library.export': ['extension-page'],
} as const satisfies Record<keyof ToWorker, readonly SenderKind[]>;

export interface Self {
  /** This extension's id (`runtime.id`). */
  id: string;
  /** This extension's origin with a trailing slash (`runtime.getURL('')`). */
  baseUrl: string;
  /** Whether the user granted SafePost this https origin (an added Mastodon server). */
  hostGranted: (origin: string) => Promise<boolean>;
}

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export async function classifySender(sender: Sender, self: Self): Promise<SenderKind> {
  if (sender.id !== self.id) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(self.baseUrl)) return 'extension-page';
  // Content scripts run in top frames of tabs only; anything else claiming to be one is not ours.
  if (!sender.tab || sender.frameId !== 0) return 'unknown';
  const page = parseUrl(url);
  if (!page || page.protocol !== 'https:') return 'unknown';
  if (isSupportedHost(page.hostname)) return 'content-script';
  return (await self.hostGranted(page.origin)) ? 'content-script' : 'unknown';
}

function describeKind(kind: SenderKind): string {
  if (kind === 'content-script') return 'a page on a social site';
  if (kind === 'extension-page') return "SafePost's own pages";
  return 'an unknown sender';
}

/** Null when `sender` may send `type`; otherwise the reason it may not. */
export async function refusal(type: keyof ToWorker, sender: Sender, self: Self): Promise<string | null> {
  const kind = await classifySender(sender, self);
  const allowed: readonly SenderKind[] = ALLOWED_SENDERS[type];
  if (allowed.includes(kind)) return null;
  return `it may only come from ${allowed.map(describeKind).join(' or ')}, and this came from ${describeKind(kind)}.`;
}
