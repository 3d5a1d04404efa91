import DOMPurify from 'dompurify';
import { hasMarkup } from './snippets/markup.js';

/**
 * Snippet bodies are plain text. Some arrive with markup (pasted from a web page, pushed in an
 * organisation policy); this is the only door through which such markup becomes DOM, and it lets
 * through only inert formatting and https links.
 */
const ALLOWED_TAGS = ['b', 'strong', 'i', 'em', 'u', 'p', 'br', 'ul', 'ol', 'li', 'a'];
const ALLOWED_ATTR = ['href'];
const SAFE_URL = /^https:\/\//i;

export { hasMarkup };

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    // Links keep only https targets and never get to open with the extension page as their opener.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_URL.test(href)) node.removeAttribute('href');
      else {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/** Sanitised nodes for showing a snippet's markup; append the fragment, never an HTML string. */
export function snippetMarkupFragment(markup: string): DocumentFragment {
  return purifier().sanitize(markup, {
    ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true, ALLOW_DATA_ATTR: false,
  });
}

export { markupToText as snippetPlainText } from './snippets/plain-text.js';
