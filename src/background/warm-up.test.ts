import { afterEach, describe, expect, it, vi } from 'vitest';

const analyze = vi.fn();
vi.mock('../engine/index.js', () => ({ analyze }));

async function fresh() {
  vi.resetModules();
  analyze.mockClear();
  return import('./warm-up.js');
}

const settings = async () => ({}) as never;

describe('the engine warm-up', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('runs the engine once on a made-up draft shortly after a page asked for its config', async () => {
    vi.useFakeTimers();
    const { warmEngineSoon } = await fresh();
    warmEngineSoon('x', settings);
    warmEngineSoon('x', settings);
    expect(analyze).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]?.[1]).toMatchObject({ platform: 'x' });
  });

  it('does nothing once a real check used the engine, before or during the wait', async () => {
    vi.useFakeTimers();
    const before = await fresh();
    before.markEngineUsed();
    before.warmEngineSoon('x', settings);
    await vi.advanceTimersByTimeAsync(100);
    const during = await fresh();
    during.warmEngineSoon('x', settings);
    during.markEngineUsed();
    await vi.advanceTimersByTimeAsync(100);
    expect(analyze).not.toHaveBeenCalled();
  });
});
