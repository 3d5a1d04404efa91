import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = { sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(), onMessage: { addListener: vi.fn() } };
const tabs = { sendMessage: vi.fn<(tabId: number, message: unknown, options: unknown) => Promise<unknown>>() };
vi.mock('./browser.js', () => ({ browser: { runtime, tabs } }));

const { createRouter, MessageError, sendToTab, sendToWorker } = await import('./messaging.js');
const { toWorkerGuards } = await import('./guards.js');

type Handlers = Parameters<typeof createRouter<import('./protocol.js').ToWorker>>[0]['handlers'];

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const never = () => {
    throw new Error('not called in this test');
  };
  return {
    check: ({ platform }) => ({ findings: [], state: 'clean', platform, length: { used: 0, limit: 500 } }),
    'snippets.list': () => [],
    'page.config': () => ({ enabled: true, snippetPrefix: '/' }),
    'settings.get': never,
    'settings.set': never,
    'snippets.save': never,
    'snippets.delete': never,
    'library.import': never,
    'library.export': never,
    ...overrides,
  };
}

const page = { id: 'ext', url: 'https://x.com/home', tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };

describe('createRouter', () => {
  const router = createRouter({
    handlers: handlers(),
    guards: toWorkerGuards,
    refuse: (type) => (type.startsWith('settings') ? 'it may only come from SafePost\'s own pages.' : null),
  });

  it('answers a valid message with the handler value', async () => {
    await expect(router({ type: 'check', payload: { text: 'hi', platform: 'mastodon' } }, page)).resolves.toEqual({
      ok: true,
      value: { findings: [], state: 'clean', platform: 'mastodon', length: { used: 0, limit: 500 } },
    });
  });

  it('refuses what is not an envelope, and unknown types', async () => {
    await expect(router('check', page)).resolves.toMatchObject({ ok: false, error: expect.stringContaining('not a SafePost') });
    await expect(router({ type: 'check' }, page)).resolves.toMatchObject({ ok: false });
    await expect(router({ type: 'toString', payload: {} }, page)).resolves.toEqual({ ok: false, error: 'Unknown message type "toString".' });
  });

  it('applies the sender policy before looking at the payload', async () => {
    const answer = await router({ type: 'settings.set', payload: 'garbage' }, page);
    expect(answer).toEqual({ ok: false, error: '"settings.set" was refused: it may only come from SafePost\'s own pages.' });
  });

  it('rejects a malformed payload without calling the handler', async () => {
    const check = vi.fn();
    const guarded = createRouter({ handlers: handlers({ check }), guards: toWorkerGuards, refuse: () => null });
    const answer = await guarded({ type: 'check', payload: { text: 1, platform: 'x' } }, page);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('payload.text must be text') });
    expect(check).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error answer naming the message', async () => {
    const failing = createRouter({
      handlers: handlers({ 'snippets.list': () => Promise.reject(new Error('storage is full')) }),
      guards: toWorkerGuards,
      refuse: () => null,
    });
    await expect(failing({ type: 'snippets.list', payload: {} }, page)).resolves.toEqual({ ok: false, error: '"snippets.list" failed: storage is full' });
  });
});

describe('sendToWorker and sendToTab', () => {
  beforeEach(() => {
    runtime.sendMessage.mockReset();
    tabs.sendMessage.mockReset();
  });

  it('sends an envelope and unwraps the value', async () => {
    runtime.sendMessage.mockResolvedValue({ ok: true, value: { enabled: false, snippetPrefix: ';' } });
    await expect(sendToWorker('page.config', { platform: 'x' })).resolves.toEqual({ enabled: false, snippetPrefix: ';' });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'page.config', payload: { platform: 'x' } });
  });

  it('throws the receiver\'s error as a MessageError', async () => {
    runtime.sendMessage.mockResolvedValue({ ok: false, error: '"settings.set" was refused: nope' });
    const error = await sendToWorker('settings.get', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ type: 'settings.get', message: '"settings.set" was refused: nope' });
  });

  it('says clearly when nothing answered or the worker could not be reached', async () => {
    runtime.sendMessage.mockResolvedValue(undefined);
    await expect(sendToWorker('snippets.list', {})).rejects.toThrow('No answer to "snippets.list" from the service worker');
    runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendToWorker('snippets.list', {})).rejects.toThrow('Could not reach the SafePost service worker for "snippets.list": Extension context invalidated.');
  });

  it('addresses the top frame of the given tab', async () => {
    tabs.sendMessage.mockResolvedValue({ ok: true, value: true });
    await expect(sendToTab(7, 'picker.open', {})).resolves.toBe(true);
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'picker.open', payload: {} }, { frameId: 0 });
    tabs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(sendToTab(7, 'draft.report', {})).rejects.toThrow(/tab 7 for "draft.report".*Receiving end does not exist/);
  });
});
