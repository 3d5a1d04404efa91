/**
 * Serialises read-modify-write sequences. Extension pages and the worker share one origin, so the Web
 * Locks API orders them across contexts; where it is missing (tests, old runtimes) a promise chain orders
 * them within this context.
 */
const chains = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks) return locks.request(`safepost:${name}`, task);
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  chains.set(name, run.catch(() => undefined));
  return run;
}
