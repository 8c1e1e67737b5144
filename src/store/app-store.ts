/**
 * The app store: thin by design (STYLE §2.2 rules 12–15). It holds the questionnaire state, the
 * problems found in the last opened link, and which layer's details are open. Events go in; the
 * pure questionnaire machine and share codec do the work. The recommendation and node states are
 * derived from `questionnaire` (see use-recommendation.ts), never stored here.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { knownLayerId } from '@/knowledge/layers';
import type { LayerId } from '@/knowledge/types';
import * as machine from '@/questionnaire/machine';
import type { AnswerValue, QuestionId, QuestionnaireState } from '@/questionnaire/types';
import { NO_LINK_ERRORS, openLink } from '@/share/link-policy';
import type { ProfileError } from '@/share/url';
import {
  initialRecordsState,
  recordsEvents,
  type RecordsEvents,
  type RecordsState,
} from './records-slice';

export interface AppState extends RecordsState {
  readonly questionnaire: QuestionnaireState;
  /** What was wrong with the last link that was opened (empty when it was fine). */
  readonly profileErrors: readonly ProfileError[];
  /**
   * What opening that link did: its valid part replaced the answers, or it had nothing usable
   * and the answers were kept. Recorded with the errors because it cannot be derived afterwards.
   */
  readonly linkOutcome: 'loaded' | 'kept';
  /** The layer whose details sheet is open. */
  readonly selectedLayerId: LayerId | null;
}

export interface AppEvents extends RecordsEvents {
  /** Answers the current question, or re-answers an earlier one. */
  readonly answer: (id: QuestionId, value: AnswerValue) => void;
  readonly back: () => void;
  /** Starts over: no answers, no link problems. */
  readonly reset: () => void;
  /** Opens a layer's details; an id the knowledge base does not know closes them. */
  readonly selectLayer: (layerId: string | null) => void;
  /**
   * Opens a share-link fragment (with or without '#') by the link policy (`openLink`,
   * src/share/link-policy.ts): the valid part replaces the answers and what was wrong is kept in
   * `profileErrors`; a fragment with nothing valid in it leaves the current answers alone, so a
   * mistyped link never wipes what the user had; an empty fragment is the start page.
   */
  readonly loadFragment: (fragment: string) => void;
  readonly dismissProfileErrors: () => void;
}

export type AppStore = AppState & AppEvents;
export type AppStoreApi = StoreApi<AppStore>;

const NO_ERRORS = NO_LINK_ERRORS;

/** Starting over: no answers, no link problems. Pure. */
export function startOver(): Pick<AppState, 'questionnaire' | 'profileErrors' | 'linkOutcome'> {
  return { questionnaire: machine.start(), profileErrors: NO_ERRORS, linkOutcome: 'loaded' };
}

export function initialAppState(): AppState {
  return {
    questionnaire: machine.start(),
    profileErrors: NO_ERRORS,
    linkOutcome: 'loaded',
    selectedLayerId: null,
    ...initialRecordsState(),
  };
}

/** The store's state and events, for createAppStore and for the persisted page store (persist.ts). */
export function appStoreCreator(initial: AppState = initialAppState()): StateCreator<AppStore> {
  return (set, get) => ({
    ...initial,
    answer: (id, value) =>
      set((s) => ({ questionnaire: machine.answer(s.questionnaire, id, value) })),
    back: () => set((s) => ({ questionnaire: machine.back(s.questionnaire) })),
    reset: () => set(startOver()),
    selectLayer: (layerId) => set({ selectedLayerId: knownLayerId(layerId) }),
    loadFragment: (fragment) => set(openLink(fragment)),
    dismissProfileErrors: () => set({ profileErrors: NO_ERRORS }),
    ...recordsEvents(set, get),
  });
}

export function createAppStore(initial: AppState = initialAppState()): AppStoreApi {
  return createStore<AppStore>()(appStoreCreator(initial));
}

/** The page's one store. Tests and embedded views make their own with createAppStore(). */
export const appStore: AppStoreApi = createAppStore();

/** Which store the components below read; tests provide a fresh one per render. */
export const AppStoreContext = createContext<AppStoreApi>(appStore);

/**
 * Reads the store through a selector. Selectors must return stable references (zustand v5
 * re-renders forever on a fresh object each call): use the module-level ones in selectors.ts.
 */
export function useAppStore<T>(selector: (s: AppStore) => T): T {
  return useStore(useContext(AppStoreContext), selector);
}

/** The store itself, for effects that subscribe outside React's render (URL sync, focus). */
export function useAppStoreApi(): AppStoreApi {
  return useContext(AppStoreContext);
}
