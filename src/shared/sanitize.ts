import DOMPurify from 'dompurify';

/**
 * Snippet bodies are plain text. Some arrive with markup (pasted from a web page, pushed in an
 * organisation policy); this is the only door through which such markup becomes DOM, and it lets
 * through only inert formatting and https links.
 */
const ALLOWED_TAGS = ['b', 'strong', 'i', 'em', 'u', 'p', 'br', 'ul', 'ol', 'li', 'a'];
const ALLOWED_ATTR = ['href'];
const SAFE_URL = /^https:\/\//i;

export function hasMarkup(text: string): boolean {
  return /<\/?[a-z!][^>]*>/i.test(text);
}

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

/** The text a snippet inserts into a compose box: markup, if any, reduced to its visible text. */
export function snippetPlainText(body: string): string {
  if (!hasMarkup(body)) return body;
  const fragment = snippetMarkupFragment(body.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|li)>/gi, '\n'));
  return (fragment.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
