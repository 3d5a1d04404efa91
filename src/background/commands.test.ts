import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabs = {
  query: vi.fn(async () => [{ id: 9 }]),
  sendMessage: vi.fn(async () => ({ ok: true, value: true })),
};
vi.mock('../shared/browser.js', () => ({ browser: { tabs } }));
const { onCommand, OPEN_PICKER_COMMAND } = await import('./commands.js');

describe('keyboard commands', () => {
  beforeEach(() => vi.clearAllMocks());

  it('asks the tab the shortcut was pressed in to open the snippet picker', async () => {
    await onCommand(OPEN_PICKER_COMMAND, { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
    expect(tabs.sendMessage).toHaveBeenCalledWith(4, { type: 'picker.open', payload: {} }, { frameId: 0 });
    expect(tabs.query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser does not say which', async () => {
    await onCommand(OPEN_PICKER_COMMAND);
    expect(tabs.sendMessage).toHaveBeenCalledWith(9, { type: 'picker.open', payload: {} }, { frameId: 0 });
  });

  it('does nothing, quietly, on a tab without SafePost and for other commands', async () => {
    tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(onCommand(OPEN_PICKER_COMMAND)).resolves.toBeUndefined();
    vi.clearAllMocks();
    await onCommand('something-else');
    expect(tabs.sendMessage).not.toHaveBeenCalled();
  });
});
