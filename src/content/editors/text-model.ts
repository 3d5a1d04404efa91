/**
 * Plain text of a contenteditable compose box and the way back from offsets to DOM positions.
 *
 * Every editor library we meet renders one element per paragraph (Draft.js `div[data-block]`, Lexical and
 * Quill `<p>`, ProseMirror `<p>`); the text is those leaf blocks joined by `\n`, which is also how the
 * editors' own plain-text exports line up (Quill's index counts one `\n` per line). An empty paragraph
 * carries a placeholder `<br>` that is not text, so a `<br>` that ends its block counts for nothing.
 */
export interface TextSegment {
  node: Text;
  /** Offset in the plain text where this node's data starts. */
  start: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
  /** Plain-text offset at which each leaf block starts, with its element. */
  blocks: { element: Element; start: number }[];
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE',
]);

function isBlock(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

/** Pieces of UI editors put inside their root that are not part of the text. */
function isSkipped(el: Element): boolean {
  return el.classList.contains('ql-cursor');
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isBlock(c)) return true;
  return false;
}

export function readTextModel(root: Element): TextModel {
  const model: TextModel = { text: '', segments: [], blocks: [] };
  const leaves: Element[] = [];
  collectLeafBlocks(root, leaves);
  leaves.forEach((block, i) => {
    if (i > 0) model.text += '\n';
    model.blocks.push({ element: block, start: model.text.length });
    appendInline(block, block, model);
  });
  return model;
}

function collectLeafBlocks(el: Element, out: Element[]): void {
  if (!hasBlockChild(el)) { out.push(el); return; }
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isBlock(c)) collectLeafBlocks(c, out);
    // Inline content mixed with blocks is rare in editors; it joins the next block's line.
  }
}

function appendInline(node: Node, block: Element, model: TextModel): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const t = c as Text;
      if (t.data.length === 0) continue;
      model.segments.push({ node: t, start: model.text.length });
      model.text += t.data;
    } else if (c.nodeType === 1) {
      const el = c as Element;
      if (isSkipped(el)) continue;
      if (el.tagName === 'BR') {
        if (!isTrailing(el, block)) model.text += '\n';
      } else {
        appendInline(el, block, model);
      }
    }
  }
}

/** A `<br>` with no text after it in its block is the editors' placeholder for an empty line end. */
function isTrailing(br: Element, block: Element): boolean {
  for (let n: Node | null = br; n && n !== block; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 && (s as Text).data.length > 0) return false;
      if (s.nodeType === 1 && ((s as Element).tagName === 'BR' || (s.textContent ?? '').length > 0)) return false;
    }
  }
  return true;
}

/** DOM position of a plain-text offset. `preferEnd` picks the end of the earlier node at a boundary. */
export function positionAt(model: TextModel, offset: number, preferEnd: boolean): { node: Node; offset: number } | null {
  let candidate: TextSegment | undefined;
  for (const seg of model.segments) {
    const end = seg.start + seg.node.data.length;
    if (offset < seg.start) break;
    if (offset === end && preferEnd) return { node: seg.node, offset: seg.node.data.length };
    if (offset < end) return { node: seg.node, offset: offset - seg.start };
    if (offset === end) candidate = seg;
  }
  if (candidate) return { node: candidate.node, offset: candidate.node.data.length };
  // An empty block (or an empty editor): the block itself, before its placeholder.
  let block: TextModel['blocks'][number] | undefined;
  for (const b of model.blocks) if (b.start <= offset) block = b;
  return block ? { node: block.element, offset: 0 } : null;
}

export function rangeIn(model: TextModel, start: number, end: number): Range | null {
  const a = positionAt(model, start, false);
  const b = positionAt(model, end, true);
  if (!a || !b) return null;
  const range = (a.node.ownerDocument ?? document).createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Plain-text offset of a DOM position inside the box (for the caret), or null if it is outside. */
export function offsetOf(model: TextModel, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const seg = model.segments.find((s) => s.node === node);
    if (seg) return seg.start + Math.min(offset, seg.node.data.length);
  }
  const block = model.blocks.find((b) => b.element === node || b.element.contains(node));
  if (!block) return null;
  const point = (node.ownerDocument ?? document).createRange();
  point.setStart(node, offset);
  let result = block.start;
  for (const seg of model.segments) {
    if (seg.start < block.start || !block.element.contains(seg.node)) continue;
    // -1: the end of this text node lies before the caret, so all of it precedes the caret.
    if (point.comparePoint(seg.node, seg.node.data.length) !== -1) break;
    result = seg.start + seg.node.data.length;
  }
  return result;
}
