import { describe, expect, it } from 'vitest';
import { isComplete } from '@/questionnaire/machine';
import { makeRecord } from '@/share/record';
import { encodeLink } from '@/share/url';
import {
  BACKUP_KEY,
  PERSIST_VERSION,
  STORAGE_KEY,
  createPersistedAppStore,
  migrate,
} from '@/store/persist';
import { MAX_RECENT } from '@/store/records-slice';
import { BLOCK_APP_OUTBOUND, makeProfile } from '../fixtures/profiles';

/** A Web Storage kept in a Map; `fail` makes the named operation throw, as a blocked storage does. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail: { get?: boolean; set?: boolean } = {},
) {
  const map = new Map(Object.entries(initial));
  let writes = 0;
  const storage = {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return map.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      writes += 1;
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  } satisfies Storage;
  return { storage, map, writes: () => writes };
}

function loadBlockApp(store: ReturnType<typeof createPersistedAppStore>) {
  store.getState().loadFragment(`#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}`);
}

describe('persisted store', () => {
  it('answers, proposal, record fields and recent records come back after a reload', () => {
    const { storage, map } = memoryStorage();
    const first = createPersistedAppStore(storage);
    loadBlockApp(first);
    first
      .getState()
      .setProposal({ layers: ['inbound-ippacket'], kind: 'callout', callout: 'inspect' });
    first.getState().setMode('review');
    first.getState().setTitle('Outbound <block> & notes');
    first.getState().setNotes('line 1\nline 2');
    first.getState().toggleChecked('warning:x', true);
    const record = makeRecord({ profile: BLOCK_APP_OUTBOUND, title: 'kept', now: new Date(1) });
    first.getState().saveRecord(record);
    expect(JSON.parse(map.get(STORAGE_KEY) ?? '{}').version).toBe(PERSIST_VERSION);

    const second = createPersistedAppStore(storage);
    const s = second.getState();
    expect(isComplete(s.questionnaire)).toBe(true);
    expect(s.questionnaire.answers).toEqual(first.getState().questionnaire.answers);
    expect(s.proposal).toEqual({
      layers: ['inbound-ippacket'],
      kind: 'callout',
      callout: 'inspect',
    });
    expect(s.mode).toBe('review');
    expect(s.draft).toEqual({
      title: 'Outbound <block> & notes',
      notes: 'line 1\nline 2',
      checked: ['warning:x'],
    });
    expect(s.recent).toEqual([record]);
    expect(s.storageProblem).toBeNull();
  });

  it('keeps the last 20 records, newest first, and deletes one', () => {
    const { storage } = memoryStorage();
    const store = createPersistedAppStore(storage);
    for (let i = 0; i < MAX_RECENT + 3; i += 1) {
      store
        .getState()
        .saveRecord(
          makeRecord({ profile: makeProfile(), title: `r${i}`, now: new Date(i * 1000) }),
        );
    }
    expect(store.getState().recent).toHaveLength(MAX_RECENT);
    expect(store.getState().recent[0]?.title).toBe(`r${MAX_RECENT + 2}`);
    const doomed = store.getState().recent[1]?.createdAt ?? '';
    store.getState().deleteRecord(doomed);
    const reloaded = createPersistedAppStore(storage).getState().recent;
    expect(reloaded).toHaveLength(MAX_RECENT - 1);
    expect(reloaded.some((r) => r.createdAt === doomed)).toBe(false);
  });

  it('corrupt JSON: a message, a fresh start, and the text set aside', () => {
    const { storage, map } = memoryStorage({ [STORAGE_KEY]: '{"state": {"link": "v=1&act' });
    const store = createPersistedAppStore(storage);
    expect(store.getState().storageProblem).toBe('unreadable');
    expect(store.getState().questionnaire.answers).toEqual({});
    expect(map.get(BACKUP_KEY)).toBe('{"state": {"link": "v=1&act');
    // The page keeps working and saves again.
    loadBlockApp(store);
    expect(isComplete(createPersistedAppStore(storage).getState().questionnaire)).toBe(true);
  });

  it('JSON of the wrong shape: wrong-shape, nothing restored', () => {
    const { storage } = memoryStorage({ [STORAGE_KEY]: '[1,2,3]' });
    expect(createPersistedAppStore(storage).getState().storageProblem).toBe('wrong-shape');
  });

  it('a field of the wrong shape is left out and the readable fields are kept', () => {
    const saved = {
      version: 1,
      state: { link: encodeLink({ profile: BLOCK_APP_OUTBOUND }), draft: { title: 5 }, recent: [] },
    };
    const { storage } = memoryStorage({ [STORAGE_KEY]: JSON.stringify(saved) });
    const s = createPersistedAppStore(storage).getState();
    expect(s.storageProblem).toBe('wrong-shape');
    expect(isComplete(s.questionnaire)).toBe(true);
    expect(s.draft.title).toBe('');
  });

  it('unreadable records are dropped, the readable ones kept', () => {
    const good = makeRecord({ profile: BLOCK_APP_OUTBOUND, title: 'good', now: new Date(5) });
    const saved = {
      version: 1,
      state: { link: '', recent: [good, { format: 'something-else' }, 'text'] },
    };
    const { storage } = memoryStorage({ [STORAGE_KEY]: JSON.stringify(saved) });
    const s = createPersistedAppStore(storage).getState();
    expect(s.storageProblem).toBe('bad-records');
    expect(s.recent).toEqual([good]);
  });

  it('data saved by a newer version is set aside untouched, not overwritten', () => {
    const raw = JSON.stringify({ version: PERSIST_VERSION + 1, state: { future: true } });
    const { storage, map } = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createPersistedAppStore(storage);
    expect(store.getState().storageProblem).toBe('newer-version');
    loadBlockApp(store);
    expect(map.get(BACKUP_KEY)).toBe(raw);
  });

  it('a storage that throws on read: unavailable, and the page still works', () => {
    const { storage } = memoryStorage({}, { get: true });
    const store = createPersistedAppStore(storage);
    expect(store.getState().storageProblem).toBe('unavailable');
    loadBlockApp(store);
    expect(isComplete(store.getState().questionnaire)).toBe(true);
  });

  it('a storage that throws on write reports it once, without a loop', () => {
    const { storage, writes } = memoryStorage({}, { set: true });
    const store = createPersistedAppStore(storage);
    loadBlockApp(store);
    expect(store.getState().storageProblem).toBe('write-failed');
    const before = writes();
    store.getState().setTitle('still typing');
    expect(writes() - before).toBeLessThan(3);
    expect(store.getState().draft.title).toBe('still typing');
  });

  it('migrate reads version 1 and refuses versions that never existed', () => {
    expect(migrate({ link: '' }, 1)).toEqual({ state: { link: '' }, problem: null });
    expect(migrate({ link: '' }, 0).problem).toBe('wrong-shape');
    expect(migrate('text', 1).problem).toBe('wrong-shape');
  });

  it('answers that no longer fit are reported and the questionnaire resumes where they break', () => {
    const saved = { version: 1, state: { link: 'v=1&action=allow-block&protocol=nope' } };
    const { storage } = memoryStorage({ [STORAGE_KEY]: JSON.stringify(saved) });
    const s = createPersistedAppStore(storage).getState();
    expect(s.storageProblem).toBe('bad-answers');
    expect(s.questionnaire.answers).toEqual({ action: 'allow-block' });
  });
});
