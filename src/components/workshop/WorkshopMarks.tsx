import { useWorkshopWords } from './use-workshop-words';
import { useEffect, useMemo } from 'react';
import { useWorkshop, workshopActions } from '@/app/workshop';
import { revealedAnswer, workshopUi } from '@/app/workshop-state';
import type { WorkshopNodeMark } from '@/components/diagram/workshop-context';
import { getWorkshopPath } from '@/knowledge/packet-paths';
import type { LayerId } from '@/knowledge/types';

/** Time a played path stays on each step. */
const PLAY_STEP_MS = 1800;

/**
 * While a workshop panel is open: puts its marks on the diagram's nodes — the packet path's step
 * numbers, the quiz's pick and answer once a question is committed and shown in full (nothing
 * before) — and plays a path. The marks go through the workshop state to the diagram's context.
 */
export function useWorkshopMarks(): void {
  const t = useWorkshopWords();
  const panel = useWorkshop((s) => s.panel);
  const pathId = useWorkshop((s) => s.pathId);
  const step = useWorkshop((s) => s.step);
  const playing = useWorkshop((s) => s.playing);
  const quiz = useWorkshop((s) => s.quiz);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => workshopActions.stepBy(1), PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing]);

  const marks = useMemo(() => {
    const map = new Map<LayerId, WorkshopNodeMark>();
    if (panel === 'paths') {
      const path = getWorkshopPath(pathId);
      const total = path?.steps.length ?? 0;
      path?.steps.forEach((s, i) => {
        if (map.has(s.layerId)) return;
        const inferred = s.confidence === 'inferred';
        map.set(s.layerId, {
          step: i + 1,
          current: i === step,
          inferred,
          label: t.paths.stepLabel(i + 1, total, inferred),
        });
      });
    }
    const answer = revealedAnswer(quiz);
    if (panel === 'quiz' && answer !== undefined) {
      const primary = answer.grade.answer.primary;
      if (answer.layerId === primary) {
        map.set(primary, { quiz: 'picked-answer', label: t.quiz.markPickedAnswer });
      } else {
        map.set(answer.layerId, { quiz: 'picked', label: t.quiz.markPicked });
        map.set(primary, { quiz: 'answer', label: t.quiz.markAnswer });
      }
    }
    return map;
  }, [panel, pathId, step, quiz, t]);

  useEffect(() => workshopUi.setMarks(marks), [marks]);
  useEffect(() => () => workshopUi.setMarks(new Map()), []);
}
