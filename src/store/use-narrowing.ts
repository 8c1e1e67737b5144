/**
 * Live narrowing, derived from the questionnaire state and never stored: the candidates for the
 * answers so far, and what the last answer changed (the candidates before it, diffed).
 */
import { useMemo } from 'react';
import {
  candidates,
  narrowingStep,
  type Candidates,
  type NarrowingStep,
} from '@/engine/candidates';
import * as machine from '@/questionnaire/machine';
import type { AnsweredQuestion } from '@/questionnaire/machine';
import type { QuestionnaireState } from '@/questionnaire/types';
import { useAppStore } from './app-store';
import { selectQuestionnaire } from './selectors';

export interface Narrowing {
  readonly candidates: Candidates;
  /** What the last answer (in asking order) ruled out; null before the first answer. */
  readonly step: NarrowingStep | null;
  /** That answer. */
  readonly last: AnsweredQuestion | null;
}

export function narrowingFor(questionnaire: QuestionnaireState): Narrowing {
  const now = candidates(machine.profileSoFar(questionnaire));
  const answered = machine.answeredQuestions(questionnaire);
  const last = answered[answered.length - 1] ?? null;
  if (last === null || !now.started) return { candidates: now, step: null, last: null };
  const before = candidates(machine.profileSoFar(machine.back(questionnaire)));
  return { candidates: now, step: narrowingStep(before, now), last };
}

export function useNarrowing(): Narrowing {
  const questionnaire = useAppStore(selectQuestionnaire);
  return useMemo(() => narrowingFor(questionnaire), [questionnaire]);
}
