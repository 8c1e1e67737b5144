import { useWords } from '@/app/language';
import { diagramText } from '@/i18n/diagram';
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
  const t = diagramText.narrowing;
  const questionWords = useWords().questions;
  const { candidates, step, last } = narrowing;
  let text: string;
  if (!candidates.started || step === null || last === null) {
    text = t.start;
  } else {
    const answer = answerLabels(questionWords, last.question.id, answerValues(last.value)).join(
      ', ',
    );
    const reasons = step.byCode
      .slice(0, REASONS_SHOWN)
      .map((r) => t.why(r.count, diagramText.exclusionWords[r.code] ?? diagramText.otherReasons));
    const parts = [
      `${t.step(answer, step.ruledOut.length)}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`,
      complete ? t.done(candidates.candidateIds.length) : t.left(candidates.candidateIds.length),
    ];
    if (!complete && candidates.likelyRung !== null) {
      parts.push(t.likely(diagramText.rungNames[candidates.likelyRung] ?? ''));
    }
    text = parts.join(' · ');
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
