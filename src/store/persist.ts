/**
 * The page's store, saved in localStorage: the answers in progress, the record being
 * written and the recent records survive a reload. zustand's `persist` middleware with a schema
 * `version` and a `migrate`; every saved field is checked on the way in, and what cannot be read
 * is set aside (kept under BACKUP_KEY, never deleted) with a `storageProblem` the page shows, while
 * the fields that could be read are kept. The answers are saved as a share-link fragment, so the
 * share codec — which never throws — is what checks them.
 */
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import * as machine from '@/questionnaire/machine';
import { parseRecord, type DecisionRecord } from '@/share/record-format';
import { decodeLink, encodeLink } from '@/share/url';
import {
  appStoreCreator,
  initialAppState,
  type AppState,
  type AppStore,
  type AppStoreApi,
} from './app-store';
import { writeWhenIdle, type Scheduler } from './idle-writes';
import { MAX_RECENT, type RecordDraft, type StorageProblem, type WorkMode } from './records-slice';

export const STORAGE_KEY = 'wfp-layer-chooser';
/**
 * Where saved data that could not be read is moved, so a fix by hand stays possible. A second
 * unreadable value goes to `BACKUP_KEY:2` and so on up to `MAX_BACKUPS`: one never overwrites another.
 */
export const BACKUP_KEY = 'wfp-layer-chooser:unreadable';
export const MAX_BACKUPS = 5;
/** Version of the saved shape below. Bump it with a step in `migrate` when the shape changes. */
export const PERSIST_VERSION = 1;

/** What is saved (version 1). */
export interface SavedState {
  /** The answers in progress and the design under review, as a share-link fragment without '#'. */
  readonly link: string;
  readonly mode: WorkMode;
  readonly draft: RecordDraft;
  /** The recent records, newest first (each checked with the record parser on the way in). */
  readonly recent: readonly DecisionRecord[];
}

/** The subset of the store that the middleware sees coming back: checked in `merge`. */
type Incoming = Partial<Record<keyof SavedState, unknown>>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The page runs in a browser whose storage is switched off (reading `localStorage` throws a
 * SecurityError, or there is none): nothing can be saved, which the page says.
 */
export function storageBlocked(
  win: unknown = typeof window === 'undefined' ? undefined : window,
): boolean {
  if (win === undefined) return false;
  try {
    return (win as { localStorage?: Storage | null }).localStorage == null;
  } catch {
    return true;
  }
}

/** The storage the page uses; null where there is none (node tests, storage disabled). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage !== undefined
      ? window.localStorage
      : null;
  } catch {
    return null;
  }
}

/** The saved fields of a state. */
export function toSaved(s: AppState): SavedState {
  return {
    link: encodeLink({ profile: s.questionnaire.answers, proposal: s.proposal }),
    mode: s.mode,
    draft: s.draft,
    recent: s.recent,
  };
}

function readDraft(value: unknown): RecordDraft | null {
  if (!isObject(value)) return null;
  const { title, notes, checked } = value;
  if (typeof title !== 'string' || typeof notes !== 'string' || !Array.isArray(checked)) {
    return null;
  }
  if (!checked.every((c) => typeof c === 'string')) return null;
  return { title, notes, checked: checked as string[] };
}

/**
 * Older saved shapes, brought up to the current one (the middleware calls this when the saved
 * `version` is below PERSIST_VERSION). Version 1 is the first shape, so there is no older one to
 * convert yet: anything below it is not this app's data (`wrong-shape`). A newer version, saved by
 * a newer build, never gets here: `safeStorage` sets it aside as `newer-version`.
 */
export function migrate(
  saved: unknown,
  version: number,
): { state: Incoming | null; problem: StorageProblem | null } {
  if (!Number.isInteger(version) || version < 1 || !isObject(saved)) {
    return { state: null, problem: 'wrong-shape' };
  }
  return { state: saved, problem: null };
}

/**
 * The saved fields checked one by one against the current state: each readable field replaces
 * the current one, each unreadable one is left out and named in the problem.
 */
export function restore(
  saved: Incoming | null,
  current: AppStore,
): { state: AppStore; problem: StorageProblem | null; problems: readonly StorageProblem[] } {
  if (saved === null) return { state: current, problem: null, problems: [] };
  const problems: StorageProblem[] = [];
  const note = (p: StorageProblem) => {
    if (!problems.includes(p)) problems.push(p);
  };
  let next: AppStore = current;
  if (typeof saved.link === 'string') {
    const { profile, proposal, errors } = decodeLink(saved.link);
    const replay = machine.replayProfile(profile);
    next = {
      ...next,
      questionnaire: replay.state,
      proposal:
        proposal === undefined
          ? null
          : { ...proposal, layers: proposal.layers ?? [], kind: proposal.kind ?? 'filter' },
    };
    // A spelling notice is not a problem: the answers were read in full.
    const problemErrors = errors.filter((e) => e.code !== 'not-canonical');
    if (problemErrors.length > 0 || replay.stoppedAt !== null) note('bad-answers');
  } else if (saved.link !== undefined) {
    note('bad-answers');
  }
  if (saved.mode === 'recommend' || saved.mode === 'review') next = { ...next, mode: saved.mode };
  if (saved.recent !== undefined) {
    const list = Array.isArray(saved.recent) ? saved.recent : [];
    const good: DecisionRecord[] = [];
    for (const item of list.slice(0, MAX_RECENT)) {
      const parsed = parseRecord(JSON.stringify(item));
      if (parsed.ok) good.push(parsed.record);
    }
    next = { ...next, recent: good };
    if (!Array.isArray(saved.recent) || good.length < Math.min(list.length, MAX_RECENT)) {
      note('bad-records');
    }
  }
  if (saved.draft !== undefined) {
    const draft = readDraft(saved.draft);
    if (draft === null) note('wrong-shape');
    else next = { ...next, draft };
  }
  return { state: next, problem: problems[0] ?? null, problems };
}

/**
 * A PersistStorage over a Web Storage that never throws: a storage that throws, text that is not
 * JSON, or JSON of the wrong shape report a problem, move the text to BACKUP_KEY and read as
 * "nothing saved".
 */
export function setAside(storage: Storage | null, raw: string, key: string = BACKUP_KEY): void {
  try {
    for (let n = 1; n <= MAX_BACKUPS; n += 1) {
      const slot = n === 1 ? key : `${key}:${n}`;
      const kept = storage?.getItem(slot);
      if (kept === raw) return;
      if (kept === null) {
        storage?.setItem(slot, raw);
        return;
      }
    }
    // Every slot holds an earlier value: none is overwritten (the problem is already reported).
  } catch {
    // Nothing more to do: the problem is already reported.
  }
}

export function safeStorage(
  storage: Storage | null,
  report: (problem: StorageProblem) => void,
): PersistStorage<SavedState> {
  let failing = false;
  return {
    getItem: (name) => {
      if (storage === null) return null;
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        report('unavailable');
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        report('unreadable');
        setAside(storage, raw);
        return null;
      }
      if (!isObject(parsed) || typeof parsed.version !== 'number' || !isObject(parsed.state)) {
        report('wrong-shape');
        setAside(storage, raw);
        return null;
      }
      if (parsed.version > PERSIST_VERSION) {
        report('newer-version');
        setAside(storage, raw);
        return null;
      }
      return parsed as unknown as StorageValue<SavedState>;
    },
    setItem: (name, value) => {
      if (storage === null) return;
      try {
        storage.setItem(name, JSON.stringify(value));
        failing = false;
      } catch {
        // Said once per run of failures, so dismissing the message does not bring it straight back.
        if (!failing) report('write-failed');
        failing = true;
      }
    },
    removeItem: (name) => {
      try {
        storage?.removeItem(name);
      } catch {
        report('write-failed');
      }
    },
  };
}

/**
 * The page's store, restored from `storage` (synchronously: the first render already has the saved
 * answers) and saved on every change. A URL fragment, when present, is loaded after this by the URL
 * sync and wins over the saved answers.
 */
export function createPersistedAppStore(
  storage: Storage | null = browserStorage(),
  initial: AppState = initialAppState(),
  /** When to write a change (the page: when idle, see idle-writes.ts); null = at once. */
  saveWhen: Scheduler | null = null,
): AppStoreApi {
  // Problems found while reading come before the store exists; they are applied in `merge`.
  const pending: StorageProblem[] = [];
  if (storage === null && storageBlocked()) pending.push('unavailable');
  let api: AppStoreApi | null = null;
  const report = (problem: StorageProblem) => {
    if (api === null) pending.push(problem);
    else api.getState().reportStorageProblem(problem);
  };
  let migrationProblem: StorageProblem | null = null;
  const store = createStore<AppStore>()(
    persist<AppStore, [], [], SavedState>(appStoreCreator(initial), {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage:
        saveWhen === null
          ? safeStorage(storage, report)
          : writeWhenIdle(safeStorage(storage, report), saveWhen),
      partialize: toSaved,
      migrate: (saved, version) => {
        const { state, problem } = migrate(saved, version);
        migrationProblem = problem;
        return (state ?? {}) as SavedState;
      },
      merge: (saved, current) => {
        const { state, problems } = restore((saved ?? null) as Incoming | null, current);
        if (problems.length > 0 || migrationProblem !== null) {
          setAside(storage, JSON.stringify(saved));
        }
        const all = [
          ...new Set([
            ...pending,
            ...(migrationProblem === null ? [] : [migrationProblem]),
            ...problems,
          ]),
        ];
        return all.length === 0
          ? state
          : { ...state, storageProblem: all[0] ?? null, storageProblems: all };
      },
    }),
  );
  api = store;
  return store;
}
