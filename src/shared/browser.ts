/**
 * The one door to the extension API. Everything else imports `browser` and its types from here, so the
 * promise-based API is the same in Chromium and Firefox and tests can replace this module alone.
 */
import browser from 'webextension-polyfill';

export { browser };
export type {
  Commands, Manifest, Permissions, Runtime, Scripting, Storage, Tabs,
} from 'webextension-polyfill';
