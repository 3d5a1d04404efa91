/**
 * Typed messaging over protocol.ts. Callers use `sendToWorker` / `sendToTab`, never a raw sendMessage;
 * receivers build a router from a handler object, payload guards and a sender policy, then `listen`.
 * Every message travels as `{ type, payload }` and every answer as `{ ok: true, value }` or
 * `{ ok: false, error }`, so a refusal or a failure reaches the caller as a thrown `MessageError` with a
 * readable reason, not as an undefined value.
 */
import { browser, type Runtime } from './browser.js';
import { checkPayload, isRecord, quotedName, type Guard } from './guards.js';
import type { Answer, Envelope, Request, Response, ToTab, ToWorker } from './protocol.js';

export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

export type Sender = Runtime.MessageSender;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readAnswer<T>(type: string, answer: unknown, receiver: string): T {
  if (!isRecord(answer) || typeof answer.ok !== 'boolean') {
    throw new MessageError(type, `No answer to "${type}" from ${receiver}: nothing there is listening for SafePost messages.`);
  }
  if (!answer.ok) throw new MessageError(type, typeof answer.error === 'string' ? answer.error : `"${type}" failed in ${receiver}.`);
  // The answer comes from our own code on the other side, which built it from the same protocol map.
  return answer.value as T;
}

/** Asks the service worker; resolves with the handler's value or throws a `MessageError` saying why not. */
export async function sendToWorker<K extends keyof ToWorker & string>(type: K, payload: Request<ToWorker, K>): Promise<Response<ToWorker, K>> {
  const envelope: Envelope<ToWorker, K> = { type, payload };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(envelope);
  } catch (error) {
    throw new MessageError(type, `Could not reach the SafePost service worker for "${type}": ${errorText(error)}`);
  }
  return readAnswer(type, answer, 'the service worker');
}

/** Asks the content script of tab `tabId` (top frame); same answers and errors as `sendToWorker`. */
export async function sendToTab<K extends keyof ToTab & string>(tabId: number, type: K, payload: Request<ToTab, K>): Promise<Response<ToTab, K>> {
  const envelope: Envelope<ToTab, K> = { type, payload };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 });
  } catch (error) {
    throw new MessageError(type, `Could not reach SafePost in tab ${tabId} for "${type}" (is it a supported site, loaded after SafePost was installed?): ${errorText(error)}`);
  }
  return readAnswer(type, answer, `tab ${tabId}`);
}

export type Handlers<M> = {
  [K in keyof M]: (payload: Request<M, K>, sender: Sender) => Response<M, K> | Promise<Response<M, K>>;
};

export interface RouterSpec<M> {
  handlers: Handlers<M>;
  guards: { [K in keyof M]: Guard<Request<M, K>> };
  /** Why `sender` may not send `type`, or null when it may. Decided from fields the browser sets. */
  refuse: (type: keyof M & string, sender: Sender) => string | null | Promise<string | null>;
}

export type Router = (message: unknown, sender: Sender) => Promise<Answer<unknown>>;

/** Turns handlers, guards and a sender policy into one function that always answers with an `Answer`. */
export function createRouter<M>(spec: RouterSpec<M>): Router {
  return async (message, sender) => {
    if (!isRecord(message) || typeof message.type !== 'string' || !('payload' in message)) {
      return { ok: false, error: 'Refused a message that is not a SafePost { type, payload } envelope.' };
    }
    const type = message.type;
    if (!Object.hasOwn(spec.handlers, type)) return { ok: false, error: `Unknown message type ${quotedName(type)}.` };
    const key = type as keyof M & string;
    try {
      const refusal = await spec.refuse(key, sender);
      if (refusal !== null) return { ok: false, error: `"${type}" was refused: ${refusal}` };
      const checked = checkPayload(spec.guards, key, message.payload);
      if (!checked.ok) return checked;
      const value: unknown = await spec.handlers[key](checked.value, sender);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: `"${type}" failed: ${errorText(error)}` };
    }
  };
}

/**
 * Registers `router` for messages sent with `runtime.sendMessage` / `tabs.sendMessage`, until `signal`
 * aborts: a content script that was stopped or taken over by a newer copy must stop answering, or its
 * empty answer could reach the popup before the live copy's.
 */
export function listen(router: Router, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Sender) => router(message, sender);
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
