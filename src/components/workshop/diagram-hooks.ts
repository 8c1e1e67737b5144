/**
 * What the page's diagram shows while a workshop mode is open (loaded with the page; small): the
 * recommendation — none while a packet path is shown or a quiz question is open (its answer must
 * not be readable before the learner commits), the quiz answer's once committed and shown in
 * full (after its verdict's frame, `revealedAnswer`) — and where a click on a node goes.
 */
import { useMemo } from 'react';
import { useWords } from '@/app/language';
import { revealedAnswer, useWorkshop, workshopUi } from '@/app/workshop-state';
import { wordRecommendation, type WordedRecommendation } from '@/i18n/word';
import type { LayerId } from '@/knowledge/types';

export function useDiagramRecommendation(
  page: WordedRecommendation | null,
): WordedRecommendation | null {
  const words = useWords();
  const panel = useWorkshop((s) => s.panel);
  const answered = useWorkshop((s) =>
    s.panel === 'quiz' ? (revealedAnswer(s.quiz)?.recommendation ?? null) : null,
  );
  const worded = useMemo(
    () => (answered === null ? null : wordRecommendation(answered, words)),
    [answered, words],
  );
  if (panel === 'paths') return null;
  if (panel === 'quiz') return worded;
  return page;
}

/** A click on a node: the quiz pick while the quiz is open, else the layer details. */
export function useDiagramSelect(select: (layerId: LayerId) => void): (layerId: LayerId) => void {
  const panel = useWorkshop((s) => s.panel);
  return panel === 'quiz' ? workshopUi.quizPickLayer : select;
}
