/** Module-level selectors for the reviewer's part of the store (stable references, see selectors.ts). */
import type { AppStore } from './app-store';

export const selectDraft = (s: AppStore) => s.draft;
export const selectStorageProblem = (s: AppStore) => s.storageProblem;
export const selectStorageProblems = (s: AppStore) => s.storageProblems;

export const selectSetTitle = (s: AppStore) => s.setTitle;
export const selectSetNotes = (s: AppStore) => s.setNotes;
export const selectToggleChecked = (s: AppStore) => s.toggleChecked;
export const selectDismissStorageProblem = (s: AppStore) => s.dismissStorageProblem;
export const selectMode = (s: AppStore) => s.mode;
export const selectProposal = (s: AppStore) => s.proposal;
export const selectRecent = (s: AppStore) => s.recent;
export const selectLinkRules = (s: AppStore) => s.linkRules;
export const selectOpenedRecord = (s: AppStore) => s.openedRecord;
export const selectImportError = (s: AppStore) => s.importError;

export const selectSetMode = (s: AppStore) => s.setMode;
export const selectSetProposal = (s: AppStore) => s.setProposal;
export const selectSaveRecord = (s: AppStore) => s.saveRecord;
export const selectDeleteRecord = (s: AppStore) => s.deleteRecord;
export const selectOpenRecord = (s: AppStore) => s.openRecord;
export const selectImportRecordText = (s: AppStore) => s.importRecordText;
export const selectDismissImportError = (s: AppStore) => s.dismissImportError;
export const selectDismissRulesNotice = (s: AppStore) => s.dismissRulesNotice;
