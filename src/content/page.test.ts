// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../engine/types.js';
import { mastodonAdapter } from './adapters/mastodon.js';
import { claimPage, startPage, type PageDeps, type SafePostPage } from './page.js';

const NAME = 'Maria Gonzalez';

const deps: PageDeps = {
  check: async (text) => {
    const start = text.indexOf(NAME);
    const findings: Report['findings'] = start < 0 ? [] : [{
      ruleId: 'phi.name', category: 'phi', severity: 'block', start, end: start + NAME.length, message: 'A patient name.', fixes: [],
    }];
    return { findings, state: findings.length ? 'block' : 'clean', platform: 'mastodon', length: { used: text.length, limit: 500 } };
  },
  orphaned: () => false,
};

function composer(): { form: HTMLFormElement; box: HTMLTextAreaElement; post: HTMLButtonElement } {
  const form = document.createElement('form');
  form.className = 'compose-form';
  const wrap = document.createElement('div');
  wrap.className = 'autosuggest-textarea';
  const box = document.createElement('textarea');
  box.className = 'autosuggest-textarea__textarea';
  wrap.append(box);
  const post = document.createElement('button');
  post.type = 'submit';
  post.textContent = 'Post';
  form.append(wrap, post);
  return { form, box, post };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const badges = () => document.querySelectorAll('safepost-badge');
const pages: SafePostPage[] = [];
const start = () => { const p = startPage(mastodonAdapter, document, deps); pages.push(p); return p; };

afterEach(() => {
  for (const p of pages.splice(0)) p.stop();
  document.body.replaceChildren();
});

describe('startPage', () => {
  it('hooks boxes present at start and added later, and drops the badge of a box that leaves', async () => {
    const first = composer();
    document.body.append(first.form);
    start();
    expect(badges()).toHaveLength(1);
    const later = composer();
    document.body.append(later.form);
    await frame();
    await frame();
    expect(badges()).toHaveLength(2);
    later.form.remove();
    await frame();
    await frame();
    expect(badges()).toHaveLength(1);
  });

  it('a copy whose extension is gone gives way to a new copy\'s claim: never two badges on one box', () => {
    document.body.append(composer().form);
    let gone = false;
    const old = startPage(mastodonAdapter, document, { ...deps, orphaned: () => gone });
    pages.push(old);
    expect(badges()).toHaveLength(1);
    gone = true;
    expect(claimPage()).toBe(true);
    expect(old.signal.aborted).toBe(true);
    expect(old.sessions.size).toBe(0);
    expect(badges()).toHaveLength(0);
    start();
    expect(badges()).toHaveLength(1);
  });

  it('a copy whose extension is still loaded keeps the page: a second copy\'s claim fails and changes nothing', () => {
    const { form, box } = composer();
    document.body.append(form);
    const live = start();
    const badge = badges()[0];
    expect(claimPage()).toBe(false);
    expect(live.signal.aborted).toBe(false);
    expect(live.sessions.size).toBe(1);
    expect(badges()).toHaveLength(1);
    expect(badges()[0]).toBe(badge);
    expect(live.editorFor(box)).not.toBeNull();
  });

  it('the takeover event earlier copies listened for, sent by the page itself, stops no copy', () => {
    document.body.append(composer().form);
    const live = start();
    document.dispatchEvent(new CustomEvent('safepost:takeover'));
    expect(live.signal.aborted).toBe(false);
    expect(badges()).toHaveLength(1);
  });

  it('a stopped copy (its site switched off) does not hold the page', () => {
    document.body.append(composer().form);
    start().stop();
    expect(claimPage()).toBe(true);
  });

  it('holds a post with a block finding back once, and lets it through after Post anyway', async () => {
    const { form, box, post } = composer();
    document.body.append(form);
    const sent = vi.fn();
    form.addEventListener('submit', (e) => e.preventDefault());
    post.addEventListener('click', sent);
    const page = start();
    box.value = `Saw ${NAME}`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const [session] = [...page.sessions];
    await session?.run();
    expect(session?.state).toBe('block');

    post.click();
    expect(sent).not.toHaveBeenCalled();
    const dialog = badges()[0]?.shadowRoot?.querySelector('[role="alertdialog"]');
    expect(dialog).not.toBeNull();
    const postAnyway = [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Post anyway');
    postAnyway?.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toHaveBeenCalledTimes(1);

    // Same findings: not asked again.
    post.click();
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('holds back Ctrl+Enter in a blocking box, and sends through the post control after Post anyway', async () => {
    const { form, box, post } = composer();
    document.body.append(form);
    const sent = vi.fn();
    form.addEventListener('submit', (e) => e.preventDefault());
    post.addEventListener('click', sent);
    const siteShortcut = vi.fn();
    box.addEventListener('keydown', siteShortcut);
    const page = start();
    box.value = `Saw ${NAME}`;
    const [session] = [...page.sessions];
    await session?.run();

    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(siteShortcut).not.toHaveBeenCalled();
    const dialog = badges()[0]?.shadowRoot?.querySelector('[role="alertdialog"]');
    [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Post anyway')?.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('pauses its page-wide observer while the user types and finds what changed once the text is checked', async () => {
    const first = composer();
    document.body.append(first.form);
    const wake = vi.fn();
    const page = startPage(mastodonAdapter, document, { ...deps, wake });
    pages.push(page);
    first.box.value = 'Flu shots';
    first.box.dispatchEvent(new Event('input', { bubbles: true }));
    first.box.dispatchEvent(new Event('input', { bubbles: true }));
    // One wake-up for the burst, so a stopped worker starts while the user is still typing.
    expect(wake).toHaveBeenCalledTimes(1);
    const later = composer();
    document.body.append(later.form);
    await frame();
    await frame();
    expect(badges()).toHaveLength(1);
    await vi.waitFor(() => expect(badges()).toHaveLength(2), { timeout: 2000, interval: 20 });
    // The check just sent keeps the worker awake: a burst right after it sends no wake-up.
    first.box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(wake).toHaveBeenCalledTimes(1);
  });
});
