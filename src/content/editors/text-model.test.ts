// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetOf, rangeIn, readTextModel } from './text-model.js';

function box(markup: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  markup(root);
  document.body.replaceChildren(root);
  return root;
}

function p(...children: (string | Node)[]): HTMLParagraphElement {
  const el = document.createElement('p');
  el.append(...children);
  return el;
}

const br = (): HTMLBRElement => document.createElement('br');

describe('readTextModel', () => {
  it('joins paragraphs with one newline and ignores the placeholder <br> of an empty one', () => {
    const root = box((r) => r.append(p('Seen Maria'), p(br()), p('today')));
    expect(readTextModel(root).text).toBe('Seen Maria\n\ntoday');
  });

  it('counts a <br> inside a line but not the one that ends it', () => {
    const root = box((r) => r.append(p('a', br(), 'b', br())));
    expect(readTextModel(root).text).toBe('a\nb');
  });

  it('reads Draft.js nesting (block wrappers inside block wrappers) as one line each', () => {
    const root = box((r) => {
      const contents = document.createElement('div');
      for (const line of ['first', 'second']) {
        const block = document.createElement('div');
        const inner = document.createElement('div');
        const span = document.createElement('span');
        span.append(line);
        inner.append(span);
        block.append(inner);
        contents.append(block);
      }
      r.append(contents);
    });
    expect(readTextModel(root).text).toBe('first\nsecond');
  });

  it('skips Quill cursor blots', () => {
    const cursor = document.createElement('span');
    cursor.className = 'ql-cursor';
    cursor.append('\uFEFF');
    const root = box((r) => r.append(p('ab', cursor, 'cd')));
    expect(readTextModel(root).text).toBe('abcd');
  });
});

describe('rangeIn and offsetOf', () => {
  it('maps a span across text nodes and paragraphs back to the same characters', () => {
    const bold = document.createElement('strong');
    bold.append('Gonz');
    const root = box((r) => r.append(p('Hi Maria ', bold, 'alez'), p('seen 3/4')));
    const model = readTextModel(root);
    const start = model.text.indexOf('Maria');
    const end = model.text.indexOf('alez') + 4;
    expect(rangeIn(model, start, end)?.toString()).toBe('Maria Gonzalez');
    const second = model.text.indexOf('3/4');
    expect(rangeIn(model, second, second + 3)?.toString()).toBe('3/4');
  });

  it('turns a caret in a text node or between elements into a text offset', () => {
    const root = box((r) => r.append(p('one'), p('two')));
    const model = readTextModel(root);
    const two = root.children[1]?.firstChild as Text;
    expect(offsetOf(model, two, 2)).toBe(6);
    expect(offsetOf(model, root.children[1] as Element, 1)).toBe(7);
    expect(offsetOf(model, document.body, 0)).toBeNull();
  });

  it('places an offset in an empty paragraph at that paragraph', () => {
    const root = box((r) => r.append(p('x'), p(br())));
    const model = readTextModel(root);
    const range = rangeIn(model, 2, 2);
    expect(range?.startContainer).toBe(root.children[1]);
  });
});
