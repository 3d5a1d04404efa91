import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.js';
import { sendToTab } from '../shared/messaging.js';
import type { DraftState } from '../shared/protocol.js';
import { DraftPanel, type DraftStatus } from './DraftPanel.js';
import { LibraryPanel } from './library/LibraryPanel.js';

export function Popup({ tabId }: { tabId: number | undefined }) {
  const [status, setStatus] = useState<DraftStatus>({ kind: 'loading' });

  useEffect(() => {
    if (tabId === undefined) {
      setStatus({ kind: 'unhooked' });
      return;
    }
    let cancelled = false;
    // A worker that is waking up can drop the tab's first check; ask again before calling the page
    // unhooked, which is only true when no content script answers at all.
    const ask = (triesLeft: number): void => {
      sendToTab(tabId, 'draft.report', {}).then(
        (draft) => { if (!cancelled) setStatus(draft ? { kind: 'ready', draft } : { kind: 'no-box' }); },
        () => {
          if (cancelled) return;
          if (triesLeft > 0) globalThis.setTimeout(() => ask(triesLeft - 1), 400);
          else setStatus({ kind: 'unhooked' });
        },
      );
    };
    ask(2);
    return () => { cancelled = true; };
  }, [tabId]);

  const onDraft = (draft: DraftState | null) => setStatus(draft ? { kind: 'ready', draft } : { kind: 'no-box' });
  const platform = status.kind === 'ready' ? status.draft.platform : 'generic';
  const canInsert = tabId !== undefined && (status.kind === 'ready' || status.kind === 'no-box');

  return (
    <div class="popup stack" style={{ width: '380px', padding: '.8rem' }}>
      <header class="row" style={{ justifyContent: 'space-between' }}>
        <h1>SafePost</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </header>
      <DraftPanel tabId={tabId} status={status} onDraft={onDraft} />
      <LibraryPanel tabId={canInsert ? tabId : undefined} platform={platform} onDraft={onDraft} />
    </div>
  );
}
