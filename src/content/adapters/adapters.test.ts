// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITES } from '../../../test/fixtures/sites.mjs';
import { SAMPLE_LINES } from '../../../test/fixtures/capture-markup-lines.mjs';
import { adapterFor } from './index.js';
import { mastodonAdapter } from './mastodon.js';
import { findBoxes } from '../observe.js';
import { createEditor } from '../editors/index.js';

/** Markup the real editor libraries rendered on the fixture pages (test/fixtures/capture-markup.mjs). */
function load(site: string): void {
  const markup = readFileSync(join(process.cwd(), 'test/fixtures/markup', `${site}.html`), 'utf8');
  document.body.innerHTML = markup;
  // happy-dom does not attach declarative shadow roots; do what the HTML parser would.
  for (const template of [...document.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    template.remove();
  }
}

describe.each(FIXTURE_SITES)('$site adapter on its fixture markup', ({ site, host, kind, platform }) => {
  it('runs on its host and finds the compose box as the right editor kind', () => {
    load(site);
    const adapter = adapterFor(host);
    expect(adapter.platform).toBe(platform);
    const { boxes } = findBoxes(adapter, document);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    const box = boxes[0] as HTMLElement;
    expect(adapter.kind(box)).toBe(kind);
    const container = adapter.container(box);
    expect(container === box || container.contains(box)).toBe(true);
  });

  it('reads the typed paragraphs back as lines, the empty one included', () => {
    load(site);
    const adapter = adapterFor(host);
    const box = findBoxes(adapter, document).boxes[0] as HTMLElement;
    const editor = createEditor(adapter.kind(box), box, new AbortController().signal);
    // A textarea's typed value is not part of its markup; rich editors render every line as nodes.
    if (editor.kind !== 'textarea') expect(editor.readText()).toBe(SAMPLE_LINES.join('\n'));
  });

  it('knows the post control and nothing else as one', () => {
    load(site);
    const adapter = adapterFor(host);
    const controls = [...document.querySelectorAll('button, [role="button"]')];
    const posts = controls.filter((el) => adapter.isPostButton(el));
    expect(posts.length).toBeGreaterThanOrEqual(1);
    for (const el of posts) expect(el.textContent?.trim()).toMatch(/^(Post|Share|Comment|save)$/);
  });
});

describe('adapterFor', () => {
  it('treats a host it does not know as a Mastodon server the user added', () => {
    expect(adapterFor('social.example.org')).toBe(mastodonAdapter);
    expect(adapterFor('X.COM').site).toBe('x');
  });
});
