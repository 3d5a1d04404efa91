import { useEffect, useState } from 'preact/hooks';
import { SITE_NAMES } from '../options/sections/Disclaimers.js';
import { PLATFORMS } from '../engine/types.js';
import { readAccess, requestAccess, type AccessState } from './site-access.js';

interface Props {
  /** The options page shows the section only while access is missing; the first-run page always does. */
  onlyWhenMissing?: boolean;
}

const SITE_LIST = PLATFORMS.filter((p) => p !== 'generic').map((p) => SITE_NAMES[p]).join(', ');

export function SiteAccess({ onlyWhenMissing = false }: Props) {
  const [state, setState] = useState<AccessState>('checking');
  const [result, setResult] = useState('');

  useEffect(() => { void readAccess().then(setState); }, []);

  if (onlyWhenMissing && (state === 'granted' || state === 'checking')) return null;

  const ask = () => {
    setResult('');
    // No await before the request: the browser shows its prompt only inside the click's user gesture.
    requestAccess().then(
      (granted) => {
        setState(granted ? 'granted' : 'missing');
        setResult(granted
          ? 'Access granted. SafePost now checks your drafts on these sites; reload a tab that was already open.'
          : 'Access was not granted. SafePost cannot check drafts on these sites until you allow it.');
      },
      () => setResult('The browser could not ask for access. You can allow it in your browser’s add-on settings under Permissions.'),
    );
  };

  return (
    <section aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">Access to the supported sites</h2>
      <p>
        SafePost needs permission to read the compose box on {SITE_LIST}. It reads your draft only on this
        device, to check it for patient information before you post. It sends nothing anywhere: no draft,
        no setting, no statistic.
      </p>
      <p role="status" aria-live="polite">
        {state === 'checking' && 'Checking access…'}
        {state === 'granted' && 'Access to the supported sites is granted.'}
        {state === 'missing' && 'Access to the supported sites is missing, so SafePost cannot check your drafts there yet.'}
        {state === 'unknown' && 'This browser did not say whether SafePost may read these sites.'}
      </p>
      {state !== 'granted' && (
        <button type="button" class="primary" onClick={ask}>Allow access to the supported sites</button>
      )}
      {result && <p class={state === 'granted' ? 'notice' : 'notice warn'} role="alert">{result}</p>}
    </section>
  );
}
