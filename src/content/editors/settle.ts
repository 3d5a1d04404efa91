/** Waiting points for writers: editors sync their selection and re-render on later tasks, not at once. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves at the next `selectionchange` (editors read the DOM selection there), or after `cap` ms. */
export function selectionSettled(doc: Document, cap = 50): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => { clearTimeout(timer); doc.removeEventListener('selectionchange', done); resolve(); };
    const timer = setTimeout(done, cap);
    doc.addEventListener('selectionchange', done);
  }).then(nextTask);
}

/** Polls `check` over a few frames: React, Lexical and Quill commit their DOM after the event returns. */
export async function until(check: () => boolean, attempts = 6): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (check()) return true;
    await nextTask();
  }
  return check();
}
