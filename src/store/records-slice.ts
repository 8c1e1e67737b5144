/**
 * The reviewer's part of the store: the record being written (title, notes, ticked
 * checklist items) and what went wrong with saved data. Events only; the record itself, its
 * checklist and the review are derived by the pure core (src/share/record.ts, src/engine/review.ts).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Proposal } from '@/engine/review';
import * as machine from '@/questionnaire/machine';
import { parseRecord, type DecisionRecord, type RecordError } from '@/share/record-format';
import type { AppStore } from './app-store';

/** How many records the recent list keeps (newest first). */
export const MAX_RECENT = 20;

/** Which tool the left panel shows: the questionnaire, or the design under review. */
export type WorkMode = 'recommend' | 'review';

/** The design a reviewer is describing; `layers` may still be empty while it is being entered. */
export type ProposalDraft = Proposal;

/** Why the saved work could not be used in full (words in src/i18n/records-ui.ts). */
export type StorageProblem =
  | 'unavailable'
  | 'unreadable'
  | 'wrong-shape'
  | 'newer-version'
  | 'bad-answers'
  | 'bad-records'
  | 'write-failed'
  /** The remembered language is not one the page knows (it was set aside). */
  | 'bad-language'
  /** The remembered theme is not one the page knows (it was set aside). */
  | 'bad-theme';

export interface RecordDraft {
  readonly title: string;
  readonly notes: string;
  /** Ids of the checklist items the reviewer ticked. */
  readonly checked: readonly string[];
}

export interface RecordsState {
  readonly mode: WorkMode;
  /** The design under review (DESIGN §4 `p-…` keys), null when nobody is reviewing one. */
  readonly proposal: ProposalDraft | null;
  readonly draft: RecordDraft;
  /** Records saved on this machine, newest first, at most MAX_RECENT. */
  readonly recent: readonly DecisionRecord[];
  /** The `r=` of the link that was opened, when it was not the app's rules (for the notice). */
  readonly linkRules: string | null;
  /** The record last opened or imported (its saved result is the "old" side of the notice). */
  readonly openedRecord: DecisionRecord | null;
  /** Why the last file could not be imported; nothing else changed. */
  readonly importError: RecordError | null;
  /** What was wrong with the saved work found at start-up (or when saving), null when fine. */
  readonly storageProblem: StorageProblem | null;
  /** Every storage problem reported since the last dismissal, each once, in order. */
  readonly storageProblems: readonly StorageProblem[];
}

export interface RecordsEvents {
  readonly setMode: (mode: WorkMode) => void;
  readonly setProposal: (proposal: ProposalDraft | null) => void;
  /** Adds a record to the recent list (replacing one with the same creation time). */
  readonly saveRecord: (record: DecisionRecord) => void;
  readonly deleteRecord: (createdAt: string) => void;
  /** Puts a record on the page: answers, proposal, title, notes and ticks. */
  readonly openRecord: (record: DecisionRecord) => void;
  /**
   * Imports a record file's text: a valid record is opened and kept in the recent list; anything
   * else sets `importError` and leaves the page as it was.
   */
  readonly importRecordText: (text: string) => void;
  readonly dismissImportError: () => void;
  readonly dismissRulesNotice: () => void;
  readonly setTitle: (title: string) => void;
  readonly setNotes: (notes: string) => void;
  readonly toggleChecked: (id: string, done: boolean) => void;
  readonly dismissStorageProblem: () => void;
  /** Reports a storage failure; repeated reports of the same problem change nothing. */
  readonly reportStorageProblem: (problem: StorageProblem) => void;
}

/** No storage problem: one shared empty list, so selectors keep a stable reference. */
export const NO_STORAGE_PROBLEMS: readonly StorageProblem[] = [];

export const EMPTY_DRAFT: RecordDraft = { title: '', notes: '', checked: [] };

export function initialRecordsState(): RecordsState {
  return {
    mode: 'recommend',
    proposal: null,
    draft: EMPTY_DRAFT,
    recent: [],
    linkRules: null,
    openedRecord: null,
    importError: null,
    storageProblem: null,
    storageProblems: NO_STORAGE_PROBLEMS,
  };
}

type Set = StoreApi<AppStore>['setState'];
type Get = StoreApi<AppStore>['getState'];

/** The store fields a record puts on the page. */
export function pageOf(record: DecisionRecord): Partial<AppStore> {
  return {
    questionnaire: machine.replayProfile(record.profile).state,
    profileErrors: [],
    proposal: record.proposal,
    mode: record.proposal === null ? 'recommend' : 'review',
    draft: {
      title: record.title,
      notes: record.notes,
      checked: record.checklist.filter((i) => i.done).map((i) => i.id),
    },
    openedRecord: record,
    linkRules: null,
    importError: null,
  };
}

export function withRecent(
  recent: readonly DecisionRecord[],
  record: DecisionRecord,
): readonly DecisionRecord[] {
  return [record, ...recent.filter((r) => r.createdAt !== record.createdAt)].slice(0, MAX_RECENT);
}

export function recordsEvents(set: Set, get: Get): RecordsEvents {
  return {
    setMode: (mode) => set({ mode }),
    setProposal: (proposal) => set({ proposal }),
    saveRecord: (record) => set((s) => ({ recent: withRecent(s.recent, record) })),
    deleteRecord: (createdAt) =>
      set((s) => ({ recent: s.recent.filter((r) => r.createdAt !== createdAt) })),
    openRecord: (record) => set(pageOf(record)),
    importRecordText: (text) => {
      const parsed = parseRecord(text);
      if (!parsed.ok) {
        set({ importError: parsed.error });
        return;
      }
      set((s) => ({ ...pageOf(parsed.record), recent: withRecent(s.recent, parsed.record) }));
    },
    dismissImportError: () => set({ importError: null }),
    dismissRulesNotice: () => set({ linkRules: null, openedRecord: null }),
    setTitle: (title) => set((s) => ({ draft: { ...s.draft, title } })),
    setNotes: (notes) => set((s) => ({ draft: { ...s.draft, notes } })),
    toggleChecked: (id, done) =>
      set((s) => {
        const without = s.draft.checked.filter((c) => c !== id);
        return { draft: { ...s.draft, checked: done ? [...without, id] : without } };
      }),
    dismissStorageProblem: () =>
      set({ storageProblem: null, storageProblems: NO_STORAGE_PROBLEMS }),
    reportStorageProblem: (problem) => {
      const { storageProblem, storageProblems } = get();
      if (storageProblems.includes(problem)) return;
      set({
        storageProblem: storageProblem ?? problem,
        storageProblems: [...storageProblems, problem],
      });
    },
  };
}
