/**
 * What the reviewer's panels derive from the store, never stored: the profile, the review of the
 * design under review and the checklist (all computed by the pure core, once per change).
 */
import { useMemo } from 'react';
import { reviewDesign, type Review } from '@/engine/review';
import { toProfile } from '@/questionnaire/machine';
import { checklistFor, makeRecord, type ChecklistItem, type DecisionRecord } from '@/share/record';
import { useAppStore, type AppState } from './app-store';
import { selectDraft, selectProposal } from './records-selectors';
import type { RecordDraft } from './records-slice';
import { reviewable, useProfile } from './use-profile';

export { reviewable, useProfile } from './use-profile';

export function useReview(): Review | null {
  const profile = useProfile();
  const proposal = reviewable(useAppStore(selectProposal));
  return useMemo(
    () => (profile === null || proposal === null ? null : reviewDesign(profile, proposal)),
    [profile, proposal],
  );
}

function ticks(draft: RecordDraft): ChecklistItem[] {
  return draft.checked.map((id) => ({ id, kind: 'finding', done: true }));
}

export function useChecklist(): readonly ChecklistItem[] {
  const profile = useProfile();
  const proposal = reviewable(useAppStore(selectProposal));
  const draft = useAppStore(selectDraft);
  return useMemo(
    () => (profile === null ? [] : checklistFor(profile, proposal, ticks(draft))),
    [profile, proposal, draft],
  );
}

/** The record of what is on the page now, or null while the task is incomplete. */
export function recordOf(state: AppState, now: Date = new Date()): DecisionRecord | null {
  const profile = toProfile(state.questionnaire);
  if (profile === null) return null;
  return makeRecord({
    profile,
    proposal: reviewable(state.proposal),
    title: state.draft.title,
    notes: state.draft.notes,
    checklist: ticks(state.draft),
    now,
  });
}
