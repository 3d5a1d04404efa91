import { useState } from 'preact/hooks';
import { hasHostAccess, parseHost, releaseHostAccess, requestHostAccess } from '../../shared/settings/host-access.js';
import type { Settings } from '../../shared/settings/schema.js';
import { errorText } from '../../popup/error-text.js';
import type { SectionProps } from '../Options.js';

export function MastodonServers({ settings, view, saveNow }: SectionProps & { saveNow: (s: Settings) => Promise<void> }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const orgHosts = view.organisation?.MastodonHosts ?? [];

  const add = () => {
    setError('');
    const parsed = parseHost(input);
    if (!parsed.ok) { setError(parsed.error); return; }
    const host = parsed.host;
    if (host === 'mastodon.social' || settings.mastodonHosts.includes(host)) { setError(`${host} is already checked.`); return; }
    // The permission prompt must open in the same task as the click.
    requestHostAccess(host).then(async (granted) => {
      if (!granted) { setError(`SafePost needs your permission to check posts on ${host}; it was not given.`); return; }
      setInput('');
      await saveNow({ ...settings, mastodonHosts: [...settings.mastodonHosts, host] });
    }, (e: unknown) => setError(errorText(e)));
  };
  const remove = async (host: string) => {
    setError('');
    try {
      if (await hasHostAccess(host)) await releaseHostAccess(host);
      await saveNow({ ...settings, mastodonHosts: settings.mastodonHosts.filter((h) => h !== host) });
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">Other Mastodon servers</h2>
      <p class="muted">mastodon.social is checked out of the box. Add the server you post from; your browser asks you to allow SafePost on it.</p>
      {error && <p class="notice error" role="alert">{error}</p>}
      <ul class="plain">
        {orgHosts.map((h) => <li key={`org-${h}`}>{h} <span class="locked">🔒 Added by your organisation</span></li>)}
        {settings.mastodonHosts.filter((h) => !orgHosts.includes(h)).map((h) => (
          <li key={h} class="row">{h} <button type="button" onClick={() => void remove(h)} aria-label={`Remove ${h}`}>Remove</button></li>
        ))}
      </ul>
      <div class="row" style={{ marginTop: '.5rem' }}>
        <label for="mastodon-host" class="visually-hidden">Server address</label>
        <input id="mastodon-host" type="text" placeholder="med-mastodon.com" style={{ maxWidth: '20rem' }} value={input}
          onInput={(e) => setInput(e.currentTarget.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <button type="button" onClick={add}>Add server</button>
      </div>
    </section>
  );
}
