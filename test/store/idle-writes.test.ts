import { describe, expect, it } from 'vitest';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { encodeLink } from '@/share/url';
import { writeWhenIdle } from '@/store/idle-writes';
import { STORAGE_KEY, createPersistedAppStore } from '@/store/persist';
import { BLOCK_APP_OUTBOUND } from '../fixtures/profiles';

type Saved = { n: number };

function recordingStorage() {
  const written: [string, StorageValue<Saved>][] = [];
  const map = new Map<string, StorageValue<Saved>>();
  const storage: PersistStorage<Saved> = {
    getItem: (name) => map.get(name) ?? null,
    setItem: (name, value) => {
      written.push([name, value]);
      map.set(name, value);
    },
    removeItem: (name) => void map.delete(name),
  };
  return { storage, written, map };
}

/** A scheduler the test runs by hand. */
function manualSchedule() {
  const queue: (() => void)[] = [];
  return {
    schedule: (work: () => void) => void queue.push(work),
    run: () => queue.splice(0).forEach((work) => work()),
    waiting: () => queue.length,
  };
}

/** A window stand-in whose events the test fires. */
function fakePage() {
  const listeners = new Map<string, (() => void)[]>();
  return {
    addEventListener: (type: string, listener: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    fire: (type: string) => (listeners.get(type) ?? []).forEach((listener) => listener()),
  };
}

describe('writeWhenIdle (saving off the critical path)', () => {
  it('writes only when the scheduled moment comes, and only the newest value', () => {
    const { storage, written } = recordingStorage();
    const later = manualSchedule();
    const idle = writeWhenIdle(storage, later.schedule, null);
    void idle.setItem('k', { state: { n: 1 }, version: 1 });
    void idle.setItem('k', { state: { n: 2 }, version: 1 });
    expect(written).toEqual([]);
    expect(later.waiting()).toBe(1);
    later.run();
    expect(written).toEqual([['k', { state: { n: 2 }, version: 1 }]]);
  });

  it('reads a value that is still waiting to be written', () => {
    const { storage } = recordingStorage();
    const idle = writeWhenIdle(storage, manualSchedule().schedule, null);
    void idle.setItem('k', { state: { n: 3 }, version: 1 });
    expect(idle.getItem('k')).toEqual({ state: { n: 3 }, version: 1 });
  });

  it('writes everything waiting at once when the page is left', () => {
    const { storage, written } = recordingStorage();
    const page = fakePage();
    const idle = writeWhenIdle(storage, manualSchedule().schedule, page);
    void idle.setItem('k', { state: { n: 4 }, version: 1 });
    page.fire('pagehide');
    expect(written).toEqual([['k', { state: { n: 4 }, version: 1 }]]);
  });

  it('a removed key is not written back later', () => {
    const { storage, map } = recordingStorage();
    const later = manualSchedule();
    const idle = writeWhenIdle(storage, later.schedule, null);
    void idle.setItem('k', { state: { n: 5 }, version: 1 });
    void idle.removeItem('k');
    later.run();
    expect(map.has('k')).toBe(false);
  });
});

describe('the persisted store saving when idle', () => {
  it('keeps localStorage untouched until idle, then the answers survive a reload', () => {
    const map = new Map<string, string>();
    const storage = {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      clear: () => map.clear(),
    } satisfies Storage;
    const later = manualSchedule();
    const store = createPersistedAppStore(storage, undefined, later.schedule);
    store.getState().loadFragment(`#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}`);
    expect(map.has(STORAGE_KEY)).toBe(false);
    later.run();
    const reloaded = createPersistedAppStore(storage);
    expect(reloaded.getState().questionnaire).toEqual(store.getState().questionnaire);
  });
});
