/**
 * The little of the `chrome` API that harness code calls inside pages and the worker (functions given
 * to `evaluate` run there, so they reach it through `globalThis`). Kept local: the project has no
 * @types/chrome, and the extension itself goes through webextension-polyfill.
 */
export interface ChromeLike {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    sendMessage(extensionId: string, message: unknown): Promise<unknown>;
    getManifest(): { content_scripts?: { js?: string[] }[] };
  };
  tabs: {
    query(filter: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { get(keys?: null): Promise<Record<string, unknown>> }; session?: { get(keys?: null): Promise<Record<string, unknown>> } };
}

/** Usage inside `evaluate`: `(globalThis as unknown as ChromeGlobal).chrome`. */
export interface ChromeGlobal {
  chrome: ChromeLike;
}
