/**
 * The recommendation, derived from the questionnaire state and never stored: the selector picks
 * the stable state object, `useMemo` runs the pure engine once per change.
 */
import { useMemo } from 'react';
import { recommend } from '@/engine/recommend';
import type { Recommendation } from '@/engine/types';
import { toProfile } from '@/questionnaire/machine';
import type { QuestionnaireState } from '@/questionnaire/types';
import { useAppStore } from './app-store';
import { selectQuestionnaire } from './selectors';

/** The engine's result for a complete questionnaire, null while questions are open. */
export function recommendationFor(questionnaire: QuestionnaireState): Recommendation | null {
  const profile = toProfile(questionnaire);
  return profile === null ? null : recommend(profile);
}

export function useRecommendation(): Recommendation | null {
  const questionnaire = useAppStore(selectQuestionnaire);
  return useMemo(() => recommendationFor(questionnaire), [questionnaire]);
}
