/**
 * Runs in the page's own JavaScript world (manifest `world: "MAIN"`), where editor objects live. It only
 * answers write requests the content script dispatches on a compose box, carries no state, reads nothing
 * else and sends nothing anywhere.
 */
const PAGE_WRITE_EVENT = 'safepost:page-write';

interface PageWriteDetail {
  op: 'quill1' | 'paste';
  start: number;
  end: number;
  text: string;
}

interface Quill1 {
  history?: { cutoff(): void };
  updateContents(ops: object[], source: string): unknown;
  setSelection(index: number, length: number, source: string): void;
}

function parse(detail: unknown): PageWriteDetail | null {
  if (typeof detail !== 'string') return null;
  try {
    const d = JSON.parse(detail) as Partial<PageWriteDetail>;
    const ok = (d.op === 'quill1' || d.op === 'paste') && typeof d.text === 'string'
      && Number.isInteger(d.start) && Number.isInteger(d.end);
    return ok ? (d as PageWriteDetail) : null;
  } catch {
    return null;
  }
}

function quillOf(target: Element): Quill1 | null {
  const container = target.closest('.ql-container') as (Element & { __quill?: Quill1 }) | null;
  return container?.__quill ?? null;
}

document.addEventListener(PAGE_WRITE_EVENT, (event) => {
  const request = parse((event as CustomEvent).detail);
  const target = event.composedPath()[0];
  if (!request || !(target instanceof Element)) return;
  if (request.op === 'quill1') {
    const quill = quillOf(target);
    if (!quill) return;
    const ops: object[] = [];
    if (request.start > 0) ops.push({ retain: request.start });
    if (request.end > request.start) ops.push({ delete: request.end - request.start });
    if (request.text) ops.push({ insert: request.text });
    // 'user' so the history module records it; the cut-offs keep it one undo step of its own instead of
    // merging it with typing of the last second.
    quill.history?.cutoff();
    quill.updateContents(ops, 'user');
    quill.history?.cutoff();
    quill.setSelection(request.start + request.text.length, 0, 'user');
    return;
  }
  const data = new DataTransfer();
  data.setData('text/plain', request.text);
  target.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data }));
}, true);
