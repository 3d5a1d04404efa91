import { hasMarkup } from './markup.js';

/**
 * A snippet body as the plain text it inserts. Markup (pasted from a web page, pushed by a policy) is
 * parsed in an inert document, where no script runs and nothing loads, and only its text is kept. No
 * DOM from it ever reaches a live page; the extension pages show markup through sanitize.ts.
 */
export function markupToText(body: string): string {
  if (!hasMarkup(body)) return body;
  const withBreaks = body.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|li|div|h[1-6])>/gi, '\n');
  const doc = new DOMParser().parseFromString(withBreaks, 'text/html');
  for (const el of doc.querySelectorAll('script, style, template, noscript, iframe, object')) el.remove();
  return (doc.body.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
