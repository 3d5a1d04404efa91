import { SiteAccess } from './SiteAccess.js';

export function Welcome() {
  return (
    <main class="options">
      <h1>Welcome to SafePost</h1>
      <p class="muted">
        SafePost checks what you write on social media for protected health information before you post it.
        Every check runs in this browser.
      </p>
      <SiteAccess />
      <p class="muted">You can change this later in the browser’s add-on settings, and SafePost’s own settings page shows it too.</p>
    </main>
  );
}
