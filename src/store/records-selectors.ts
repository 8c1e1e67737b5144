/** Module-level selectors for the reviewer's part of the store (stable references, see selectors.ts). */
import type { AppStore } from './app-store';

export const selectDraft = (s: AppStore) => s.draft;
export const selectStorageProblem = (s: AppStore) => s.storageProblem;

export const selectSetTitle = (s: AppStore) => s.setTitle;
export const selectSetNotes = (s: AppStore) => s.setNotes;
export const selectToggleChecked = (s: AppStore) => s.toggleChecked;
export const selectDismissStorageProblem = (s: AppStore) => s.dismissStorageProblem;
