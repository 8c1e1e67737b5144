// @vitest-environment jsdom
/**
 * Storage faults (issue 13 §4): storage disabled, quota exceeded, corrupt saved data (answers,
 * records, language, theme). The page keeps working, says what happened (coded problems with words
 * in both languages), and loses nothing else: unreadable data is set aside, never overwritten.
 */
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { ja } from '@/i18n/ja';
import { isComplete } from '@/questionnaire/machine';
import { makeRecord } from '@/share/record';
import { encodeLink } from '@/share/url';
import {
  BACKUP_KEY,
  MAX_BACKUPS,
  STORAGE_KEY,
  createPersistedAppStore,
  setAside,
  storageBlocked,
} from '@/store/persist';
import { initLanguage, LANGUAGE_STORAGE_KEY } from '@/app/language';
import { initTheme, THEME_STORAGE_KEY } from '@/app/theme';
import { preferenceProblems, readPreference } from '@/store/preference-storage';
import type { StorageProblem } from '@/store/records-slice';
import { BLOCK_APP_OUTBOUND } from '../fixtures/profiles';

/** A Web Storage in a Map; `fail` makes reads or writes throw as a blocked or full storage does. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail: { get?: boolean; set?: 'quota' | 'security' } = {},
) {
  const map = new Map(Object.entries(initial));
  const storage = {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => {
      if (fail.get) throw new DOMException('The operation is insecure.', 'SecurityError');
      return map.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail.set === 'quota') throw new DOMException('quota', 'QuotaExceededError');
      if (fail.set === 'security') throw new DOMException('denied', 'SecurityError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  } satisfies Storage;
  return { storage, map };
}

const link = `#${encodeLink({ profile: BLOCK_APP_OUTBOUND })}`;
const record = (title: string, ms: number) =>
  makeRecord({ profile: BLOCK_APP_OUTBOUND, title, now: new Date(ms) });

function words(problem: StorageProblem): readonly string[] {
  return [en.recordsUi.storage.problems[problem], ja.recordsUi.storage.problems[problem]];
}

describe('storage faults (issue 13 §4)', () => {
  it('every storage problem has its own words in both languages', () => {
    const problems = Object.keys(en.recordsUi.storage.problems) as StorageProblem[];
    expect(problems).toEqual(expect.arrayContaining(['bad-language', 'bad-theme']));
    const english = new Set(problems.map((p) => en.recordsUi.storage.problems[p]));
    expect(english.size).toBe(problems.length);
    for (const p of problems) {
      const [e, j] = words(p);
      expect(e?.length, p).toBeGreaterThan(20);
      expect(j, p).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
  });

  it('storage disabled (reading localStorage throws): the page says so and works in memory', () => {
    const blocked = {};
    Object.defineProperty(blocked, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(storageBlocked(blocked)).toBe(true);
    expect(storageBlocked({ localStorage: null })).toBe(true);
    // No window (node tools) or a working localStorage (jsdom): no false alarm.
    expect(storageBlocked(undefined)).toBe(false);
    expect(storageBlocked()).toBe(false);

    const { storage } = memoryStorage({}, { get: true, set: 'security' });
    const store = createPersistedAppStore(storage);
    expect(store.getState().storageProblems).toEqual(['unavailable']);
    store.getState().loadFragment(link);
    store.getState().saveRecord(record('in memory', 1));
    expect(isComplete(store.getState().questionnaire)).toBe(true);
    expect(store.getState().recent.map((r) => r.title)).toEqual(['in memory']);
    // The failed save is said too, once.
    expect(store.getState().storageProblems).toEqual(['unavailable', 'write-failed']);
  });

  it('quota exceeded: the work stays on the page, the problem is said, the saved copy is untouched', () => {
    const older = JSON.stringify({
      version: 1,
      state: { link: '', mode: 'recommend', recent: [record('older', 2)] },
    });
    const { storage, map } = memoryStorage({ [STORAGE_KEY]: older }, { set: 'quota' });
    const store = createPersistedAppStore(storage);
    expect(store.getState().recent.map((r) => r.title)).toEqual(['older']);
    store.getState().saveRecord(record('newer', 3));
    expect(store.getState().storageProblems).toEqual(['write-failed']);
    expect(store.getState().recent.map((r) => r.title)).toEqual(['newer', 'older']);
    // The older saved data was neither cleared nor half-written.
    expect(map.get(STORAGE_KEY)).toBe(older);
    // Dismissed, it stays dismissed while saving keeps failing (no message loop); a save that
    // fails again after one that worked is said again.
    store.getState().dismissStorageProblem();
    store.getState().setTitle('still typing');
    expect(store.getState().storageProblems).toEqual([]);
    expect(store.getState().storageProblem).toBeNull();
    expect(store.getState().draft.title).toBe('still typing');
  });

  it('a corrupt records entry drops only itself: the other records and the answers are kept, the raw data set aside', () => {
    const good = record('good', 5);
    const raw = JSON.stringify({
      version: 1,
      state: {
        link: link.slice(1),
        mode: 'recommend',
        recent: [good, { ...good, result: { verdict: 42 } }, record('also good', 6)],
        draft: { title: 'draft', notes: '', checked: [] },
      },
    });
    const { storage, map } = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createPersistedAppStore(storage);
    const s = store.getState();
    expect(s.storageProblems).toEqual(['bad-records']);
    expect(s.recent.map((r) => r.title)).toEqual(['good', 'also good']);
    expect(isComplete(s.questionnaire)).toBe(true);
    expect(s.draft.title).toBe('draft');
    expect(JSON.parse(map.get(BACKUP_KEY) ?? 'null')).toEqual(JSON.parse(raw).state);
  });

  it('several problems at once are all said, each once', () => {
    const raw = JSON.stringify({
      version: 1,
      state: { link: 'v=1&action=nope', recent: ['junk'], draft: 7 },
    });
    const { storage } = memoryStorage({ [STORAGE_KEY]: raw });
    const s = createPersistedAppStore(storage).getState();
    expect(s.storageProblems).toEqual(['bad-answers', 'bad-records', 'wrong-shape']);
    expect(s.storageProblem).toBe('bad-answers');
  });

  it('a second unreadable value is set aside beside the first, never over it', () => {
    const { storage, map } = memoryStorage();
    setAside(storage, 'first');
    setAside(storage, 'second');
    setAside(storage, 'second');
    expect(map.get(BACKUP_KEY)).toBe('first');
    expect(map.get(`${BACKUP_KEY}:2`)).toBe('second');
    for (let n = 3; n <= MAX_BACKUPS + 2; n += 1) setAside(storage, `value ${n}`);
    expect(map.get(BACKUP_KEY)).toBe('first');
    expect([...map.keys()].filter((k) => k.startsWith(BACKUP_KEY))).toHaveLength(MAX_BACKUPS);

    // Corrupt text on two visits: both copies are kept.
    const twice = memoryStorage({ [STORAGE_KEY]: '{not json' });
    createPersistedAppStore(twice.storage);
    twice.map.set(STORAGE_KEY, '{"version": 1, "state": 5}');
    expect(createPersistedAppStore(twice.storage).getState().storageProblems).toEqual([
      'wrong-shape',
    ]);
    expect(twice.map.get(BACKUP_KEY)).toBe('{not json');
    expect(twice.map.get(`${BACKUP_KEY}:2`)).toBe('{"version": 1, "state": 5}');
  });

  it('a corrupt language or theme is set aside and noted; a valid one is read; a blocked storage is no crash', () => {
    const isColour = (v: string): v is 'red' | 'blue' => v === 'red' || v === 'blue';
    const { storage, map } = memoryStorage({ 'pref.a': 'blue', 'pref.b': '{"x":1}' });
    expect(readPreference('pref.a', isColour, 'bad-theme', storage)).toBe('blue');
    expect(readPreference('pref.b', isColour, 'bad-language', storage)).toBeNull();
    expect(map.get('pref.b:unreadable')).toBe('{"x":1}');
    expect(map.get('pref.b')).toBe('{"x":1}');
    expect(preferenceProblems()).toContain('bad-language');
    expect(readPreference('pref.missing', isColour, 'bad-theme', storage)).toBeNull();
    const blocked = memoryStorage({}, { get: true });
    expect(readPreference('pref.a', isColour, 'bad-theme', blocked.storage)).toBeNull();
    expect(readPreference('pref.a', isColour, 'bad-theme', null)).toBeNull();
  });

  it('the page with a corrupt remembered theme and language: defaults, both noted, both raw values kept', async () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'purple<script>');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, '"ja"');
    const stop = initTheme();
    await initLanguage();
    stop();
    expect(document.documentElement.dataset.themeChoice).toBe('system');
    expect(document.documentElement.lang).toBe('en');
    expect(preferenceProblems()).toEqual(expect.arrayContaining(['bad-theme', 'bad-language']));
    expect(window.localStorage.getItem(`${THEME_STORAGE_KEY}:unreadable`)).toBe('purple<script>');
    expect(window.localStorage.getItem(`${LANGUAGE_STORAGE_KEY}:unreadable`)).toBe('"ja"');
    window.localStorage.clear();
  });
});
