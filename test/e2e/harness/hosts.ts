import { SUPPORTED_HOSTS } from '../../../src/background/hosts.js';

/** A host SafePost does not hook out of the box: pages there must get no content script. */
export const UNSUPPORTED_HOST = 'unsupported.example';
/** A Mastodon server the user could add through the optional host permission. */
export const ADDED_MASTODON_HOST = 'mastodon.example';

/** Every host the fixture server answers for; a request to any other host fails the run (privacy). */
export const FIXTURE_HOSTS: readonly string[] = [...SUPPORTED_HOSTS, UNSUPPORTED_HOST, ADDED_MASTODON_HOST];
