import type { SettingsView } from '../../shared/protocol.js';

export function StorageNotice({ view }: { view: SettingsView }) {
  const contact = view.organisation?.ComplianceContact;
  return (
    <div class="stack" aria-label="Storage and policy">
      <p data-testid="storage-area">
        {view.storageArea === 'sync'
          ? 'Your settings and snippets are kept in your browser’s synced storage, so they follow you to your other browsers signed in to the same account.'
          : 'Your settings and snippets are kept on this device only (local storage): your browser has no synced storage here, or your library grew past its size limit.'}
      </p>
      {view.repaired.length > 0 && (
        <div class="notice warn" role="alert">
          <p><strong>Some values could not be used, so SafePost left them out or used the default for just those parts.</strong> Everything else was kept; saving stores the repaired settings.</p>
          <ul>{view.repaired.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      )}
      {view.locked.length > 0 && (
        <p class="notice warn">Your organisation manages some SafePost settings; they are marked 🔒 below.{contact ? ` Questions: ${contact}.` : ''}</p>
      )}
    </div>
  );
}
