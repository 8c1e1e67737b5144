import { useWordsNow } from '@/app/language';
import { answerLabels } from '@/i18n/question-words';
import { answerValues } from '@/questionnaire/machine';
import type { Narrowing } from '@/store/use-narrowing';

/** How many reason groups the line names; the nodes carry every reason. */
const REASONS_SHOWN = 2;

/**
 * The line above the diagram: what the last answer ruled out and how many candidates are left,
 * and the likely answer once only one rung remains. Announced politely to screen readers.
 */
export function NarrowingLine({
  narrowing,
  complete,
}: {
  readonly narrowing: Narrowing;
  readonly complete: boolean;
}) {
  const words = useWordsNow();
  const t = words.diagram.narrowing;
  const { candidates, step, last } = narrowing;
  let text: string;
  if (!candidates.started || step === null || last === null) {
    text = t.start;
  } else {
    text = t.line({
      answer: answerLabels(words.questions, last.question.id, answerValues(last.value)),
      ruledOut: step.ruledOut.length,
      reasons: step.byCode.slice(0, REASONS_SHOWN),
      left: candidates.candidateIds.length,
      complete,
      likelyRung: candidates.likelyRung,
    });
  }
  return (
    <p
      className="stack-diagram__narrowing"
      data-testid="narrowing"
      data-candidates={candidates.started ? candidates.candidateIds.length : undefined}
      data-ruled-out={step?.ruledOut.length}
      aria-live="polite"
    >
      {text}
    </p>
  );
}
