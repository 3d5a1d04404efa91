import type { Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/**
 * Runs `fn(arg)` inside SafePost's content-script world of `page` (Chromium's isolated world for the
 * extension), so a test can send messages exactly as the content script would — with the sender fields
 * the browser sets for it. `fn` is serialised: it may use only its argument and globals.
 */
export async function evaluateInContentScript<A, R>(
  page: Page, extensionId: string, fn: (arg: A) => R | Promise<R>, arg: A, options: { timeoutMs?: number } = {},
): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ContextDescription[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    let world: ContextDescription | undefined;
    while (!world && Date.now() < deadline) {
      world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
      if (!world) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!world) {
      const seen = contexts.map((c) => `${c.auxData?.type ?? '?'}:${c.name || c.origin}`).join(', ');
      throw new Error(`SafePost's content script is not running in ${page.url()} (worlds seen: ${seen || 'none'}).`);
    }
    const result = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) {
      throw new Error(`In the content script: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value as R;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
