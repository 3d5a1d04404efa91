import { SYNC_QUOTA, itemBytes, type KeyValueArea, type StorageAreas } from './areas.js';

/**
 * An in-memory storage area with the browser's semantics: values are copied in and out, every call
 * yields to the event loop (so interleaved writers really interleave), and a sync area enforces the
 * sync quotas by throwing the browser's quota errors. Used by tests and by the screenshot script.
 */
export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  writes = 0;

  constructor(private readonly quota: boolean = false) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await tick();
    const wanted = keys === undefined || keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    if (this.quota) {
      const next = new Map(this.data);
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, value);
      }
      let total = 0;
      for (const [key, value] of next) total += itemBytes(key, value);
      if (total > SYNC_QUOTA.bytesTotal) throw new Error('QUOTA_BYTES quota exceeded');
      if (next.size > SYNC_QUOTA.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    }
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
    this.writes++;
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface MemoryAreas extends StorageAreas {
  sync: MemoryArea;
  local: MemoryArea;
  managed: MemoryArea;
}

export function memoryAreas(policy: Record<string, unknown> = {}): MemoryAreas {
  const managed = new MemoryArea();
  for (const [key, value] of Object.entries(policy)) managed.data.set(key, value);
  return { sync: new MemoryArea(true), local: new MemoryArea(), managed };
}
