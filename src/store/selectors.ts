/**
 * Module-level selectors: each returns a value already in the state (a stable reference), so
 * components re-render only when that value changes.
 */
import { isLinkNotice } from '@/share/url';
import type { AppStore } from './app-store';

export const selectQuestionnaire = (s: AppStore) => s.questionnaire;
export const selectProfileErrors = (s: AppStore) => s.profileErrors;
export const selectLinkOutcome = (s: AppStore) => s.linkOutcome;
/** The opened link was read in full: what it shows are notices only (see `isLinkNotice`). */
export const selectLinkReadInFull = (s: AppStore) => s.profileErrors.every(isLinkNotice);
export const selectSelectedLayerId = (s: AppStore) => s.selectedLayerId;

export const selectAnswer = (s: AppStore) => s.answer;
export const selectBack = (s: AppStore) => s.back;
export const selectReset = (s: AppStore) => s.reset;
export const selectSelectLayer = (s: AppStore) => s.selectLayer;
export const selectDismissProfileErrors = (s: AppStore) => s.dismissProfileErrors;
