import { useEffect, useRef } from 'preact/hooks';
import { hasMarkup, snippetMarkupFragment } from '../../shared/sanitize.js';

/**
 * A snippet's text as it will read. Plain text goes through Preact (escaped); markup, if a snippet holds
 * any, only through the DOMPurify door, appended as nodes.
 */
export function SnippetPreview({ id, text }: { id: string; text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const markup = hasMarkup(text);
  useEffect(() => {
    if (markup && ref.current) ref.current.replaceChildren(snippetMarkupFragment(text));
  }, [text, markup]);
  return <div id={id} ref={ref} class="preview" data-testid="snippet-preview">{markup ? null : text}</div>;
}
