/**
 * Saving off the critical path: a PersistStorage whose writes wait until the browser is idle, so
 * an answer paints before localStorage is written. Only the newest value per key is written; a
 * read sees a value still waiting; and everything waiting is written at once when the page is
 * hidden or left (pagehide), so nothing the user did is lost.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** Runs `work` later (once); the page's default waits for an idle moment, at most a second. */
export type Scheduler = (work: () => void) => void;

/** Where the page-left events come from (the window). */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
}

export const whenIdle: Scheduler = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 100);
};

/** `storage` with its writes deferred by `schedule`; flushed early when the page goes away. */
export function writeWhenIdle<S>(
  storage: PersistStorage<S>,
  schedule: Scheduler = whenIdle,
  page: PageEvents | null = typeof window === 'undefined' ? null : window,
): PersistStorage<S> & { readonly flush: () => void } {
  const waiting = new Map<string, StorageValue<S>>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const writes = [...waiting];
    waiting.clear();
    for (const [name, value] of writes) void storage.setItem(name, value);
  };
  page?.addEventListener('pagehide', flush);
  page?.addEventListener('visibilitychange', () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  });
  return {
    getItem: (name) => waiting.get(name) ?? storage.getItem(name),
    setItem: (name, value) => {
      waiting.set(name, value);
      if (scheduled) return;
      scheduled = true;
      schedule(flush);
    },
    removeItem: (name) => {
      waiting.delete(name);
      return storage.removeItem(name);
    },
    flush,
  };
}
