import { useWords } from '@/app/language';
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
  const t = useWords().diagram.narrowing;
  const { candidates, step, last } = narrowing;
  let text: string;
  if (!candidates.started || step === null || last === null) {
    text = t.start;
  } else {
    const value = Array.isArray(last.value) ? last.value : [last.value as string];
    text = t.line({
      answer: value.map((v) => last.question.options.find((o) => o.value === v)?.label ?? v),
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
