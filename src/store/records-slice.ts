/**
 * The reviewer's part of the store (issue 10): the record being written (title, notes, ticked
 * checklist items) and what went wrong with saved data. Events only; the record itself, its
 * checklist and the review are derived by the pure core (src/share/record.ts, src/engine/review.ts).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AppStore } from './app-store';

/** Why the saved work could not be used in full (words in src/i18n/records-ui.ts). */
export type StorageProblem =
  | 'unavailable'
  | 'unreadable'
  | 'wrong-shape'
  | 'newer-version'
  | 'bad-answers'
  | 'bad-records'
  | 'write-failed';

export interface RecordDraft {
  readonly title: string;
  readonly notes: string;
  /** Ids of the checklist items the reviewer ticked. */
  readonly checked: readonly string[];
}

export interface RecordsState {
  readonly draft: RecordDraft;
  /** What was wrong with the saved work found at start-up (or when saving), null when fine. */
  readonly storageProblem: StorageProblem | null;
}

export interface RecordsEvents {
  readonly setTitle: (title: string) => void;
  readonly setNotes: (notes: string) => void;
  readonly toggleChecked: (id: string, done: boolean) => void;
  readonly dismissStorageProblem: () => void;
  /** Reports a storage failure; repeated reports of the same problem change nothing. */
  readonly reportStorageProblem: (problem: StorageProblem) => void;
}

export const EMPTY_DRAFT: RecordDraft = { title: '', notes: '', checked: [] };

export function initialRecordsState(): RecordsState {
  return { draft: EMPTY_DRAFT, storageProblem: null };
}

type Set = StoreApi<AppStore>['setState'];
type Get = StoreApi<AppStore>['getState'];

export function recordsEvents(set: Set, get: Get): RecordsEvents {
  return {
    setTitle: (title) => set((s) => ({ draft: { ...s.draft, title } })),
    setNotes: (notes) => set((s) => ({ draft: { ...s.draft, notes } })),
    toggleChecked: (id, done) =>
      set((s) => {
        const without = s.draft.checked.filter((c) => c !== id);
        return { draft: { ...s.draft, checked: done ? [...without, id] : without } };
      }),
    dismissStorageProblem: () => set({ storageProblem: null }),
    reportStorageProblem: (problem) => {
      if (get().storageProblem === problem) return;
      set({ storageProblem: problem });
    },
  };
}
