/**
 * The profile and the proposal under review as the page's first paint reads them, without the
 * review engine (use-review.ts re-exports both beside the review, which loads with its panels).
 */
import { useMemo } from 'react';
import type { Profile } from '@/knowledge/vocabulary';
import { toProfile } from '@/questionnaire/machine';
import { useAppStore } from './app-store';
import type { ProposalDraft } from './records-slice';
import { selectQuestionnaire } from './selectors';

export function useProfile(): Profile | null {
  const questionnaire = useAppStore(selectQuestionnaire);
  return useMemo(() => toProfile(questionnaire), [questionnaire]);
}

/** The proposal when it names at least one layer (a review needs one). */
export function reviewable(proposal: ProposalDraft | null): ProposalDraft | null {
  return proposal !== null && proposal.layers.length > 0 ? proposal : null;
}
